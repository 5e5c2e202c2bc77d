import { ColumnHeads } from '../../../ui/ColumnHeads';
import { useEffect, useId, useState } from 'react';
import { formatPercent as formatPercentIn } from '@shared/i18n/number-format';
import type { ApiError } from '@shared/result';
import type { Turnout } from '@shared/voters/voter-api';
import { callApi } from '../../../api/precinct-client';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatCalendarDate } from '../../../ui/date-time-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Facts } from '../../../ui/form-fields';
import { useVoterErrorText } from '../voter-error';
import { formatCount } from '../../../ui/voter-text';
import { VotedListPanel } from '../voted/VotedListPanel';

/** The live figures are read again this often while the screen is open. */
const REFRESH_MS = 30_000;

/**
 * Turnout from the ballots recorded: live, as a count and a share of the list, and at the
 * fixed reporting hours (precinct time); ballots from the portable box counted apart.
 */
export function TurnoutArea() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const errorText = useVoterErrorText();
  const [turnout, setTurnout] = useState<Turnout | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  // Bumped by the timer and the Refresh button to read the figures again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void callApi('getTurnout', {}).then((result) => {
      if (!current) return;
      if (result.ok) {
        setTurnout(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    const timer = setInterval(() => setVersion((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const count = (n: number) => formatCount(n, language);
  const formatPercent = (percent: number) => formatPercentIn(percent, language, 2);

  return (
    <section className="voters-area" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('voters.turnout.title')}</h2>
      <ErrorAlert message={errorText(error)} />
      {turnout ? (
        <>
          <p>{t('voters.turnout.day', { day: formatCalendarDate(turnout.votingDay, language) })}</p>
          <div className="turnout-live" data-testid="turnout-live">
            <p className="turnout-figure">
              {t('voters.turnout.live', {
                count: count(turnout.total),
                percent: formatPercent(turnout.percent),
                listed: count(turnout.listed),
              })}
            </p>
            <Facts
              label={t('voters.turnout.liveLabel')}
              items={[
                [t('voters.turnout.station'), count(turnout.station)],
                [t('voters.turnout.portableBox'), count(turnout.portableBox)],
                [t('voters.turnout.listed'), count(turnout.listed)],
              ]}
            />
          </div>
          <table className="data-table turnout-table" data-testid="turnout-table">
            <caption>{t('voters.turnout.caption')}</caption>
            <ColumnHeads
              prefix="voters.turnout"
              columns={['time', 'station', 'portableBox', 'total', 'percent']}
            />
            <tbody>
              {turnout.figures.map((figure) => (
                <tr key={figure.time}>
                  <th scope="row">{figure.time}</th>
                  {figure.reached ? (
                    <>
                      <td>{count(figure.station)}</td>
                      <td>{count(figure.portableBox)}</td>
                      <td>{count(figure.total)}</td>
                      <td>{formatPercent(figure.percent)}</td>
                    </>
                  ) : (
                    <td colSpan={4} className="turnout-pending">
                      {t('voters.turnout.notReached')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button-secondary"
            onClick={() => setVersion((n) => n + 1)}
          >
            {t('voters.turnout.refresh')}
          </button>
        </>
      ) : null}
      <VotedListPanel />
    </section>
  );
}
