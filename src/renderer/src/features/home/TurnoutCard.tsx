import { useId } from 'react';
import type { Turnout } from '@shared/voters/voter-api';
import { ColumnHeads } from '../../ui/ColumnHeads';
import { useNumbers, useT } from '../../i18n/use-t';
import { HomeCard } from './HomeCard';
import { TurnoutChart } from './TurnoutChart';

/**
 * Turnout now as a progress bar over the list, the hourly curve, and the same figures as a
 * table for whoever prefers (or needs) them in rows.
 */
export function TurnoutCard({ turnout, onOpen }: { turnout: Turnout; onOpen: () => void }) {
  const t = useT();
  const numbers = useNumbers();
  const id = useId();
  const percent = numbers.percent(turnout.percent);
  return (
    <HomeCard
      title={t('home.turnout.title')}
      className="home-card-wide"
      testId="home-turnout"
      action={t('home.turnout.open')}
      onAction={onOpen}
    >
      <p className="home-figure">
        {t('home.turnout.figure', {
          count: numbers.number(turnout.total),
          listed: numbers.number(turnout.listed),
          percent,
        })}
      </p>
      <div className="turnout-bar">
        <span id={`${id}-bar`} className="visually-hidden">
          {t('home.turnout.progress')}
        </span>
        <div
          role="progressbar"
          aria-labelledby={`${id}-bar`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(turnout.percent * 100) / 100}
          aria-valuetext={percent}
          className="turnout-bar-track"
        >
          <div
            className="turnout-bar-fill"
            style={{ width: `${Math.min(100, Math.max(0, turnout.percent))}%` }}
          />
        </div>
        <span aria-hidden="true" className="turnout-bar-value">
          {percent}
        </span>
      </div>
      <p>
        {t('home.turnout.split', {
          station: numbers.number(turnout.station),
          portableBox: numbers.number(turnout.portableBox),
        })}
      </p>
      <TurnoutChart figures={turnout.figures} />
      <details className="home-details">
        <summary>{t('home.turnout.table')}</summary>
        <table className="data-table" data-testid="home-turnout-table">
          <caption className="visually-hidden">{t('home.turnout.chartTitle')}</caption>
          <ColumnHeads prefix="voters.turnout" columns={['time', 'total', 'percent']} />
          <tbody>
            {turnout.figures.map((figure) => (
              <tr key={figure.time}>
                <th scope="row">{figure.time}</th>
                {figure.reached ? (
                  <>
                    <td>{numbers.number(figure.total)}</td>
                    <td>{numbers.percent(figure.percent)}</td>
                  </>
                ) : (
                  <td colSpan={2}>{t('voters.turnout.notReached')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </HomeCard>
  );
}
