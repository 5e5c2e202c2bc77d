import type { BallotFlow } from '@shared/supervisor/results-contract';
import { TURNOUT_REPORT_HOURS } from '@shared/protocol/protocol-settings';
import { useLanguage, useT } from '../../../i18n/use-t';
import { TextHeads } from '../../../ui/ColumnHeads';
import { formatInstant } from '../../../ui/date-time-format';
import { StatusMessage } from '../../../ui/StatusMessage';

/**
 * A precinct's ballots passed between its members (with a warning for a side that passed on
 * more than it was given) and its turnout reports marked sent, hour by hour.
 */
export function BallotFlowView({ flow }: { flow: BallotFlow }) {
  const t = useT();
  const language = useLanguage();
  const side = (name: string | null) => name ?? t('resultsDay.stock');
  const sent = new Map(flow.turnoutReports.map((r) => [r.hour, r]));
  return (
    <>
      <h2>{t('resultsDay.movesHeading')}</h2>
      {flow.overdrawn.map((o) => (
        <StatusMessage key={o.member ?? ''} tone="warning">
          {t('resultsDay.overdrawn', { member: side(o.member), balance: o.balance })}
        </StatusMessage>
      ))}
      {flow.moves.length === 0 ? (
        <p>{t('resultsDay.noMoves')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="ballot-moves">
            <caption>{t('resultsDay.movesCaption')}</caption>
            <TextHeads
              headers={[
                t('resultsDay.col.at'),
                t('resultsDay.col.from'),
                t('resultsDay.col.to'),
                t('resultsDay.col.ballots'),
              ]}
            />
            <tbody>
              {flow.moves.map((m, index) => (
                <tr key={index}>
                  <td>{formatInstant(m.at, undefined, language)}</td>
                  <td>{side(m.from)}</td>
                  <td>{side(m.to)}</td>
                  <td>{m.ballots}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="table-scroll">
        <table className="data-table" data-testid="turnout-reports">
          <caption>{t('resultsDay.reportsCaption')}</caption>
          <TextHeads
            headers={[
              t('resultsDay.col.hour'),
              t('resultsDay.col.sentAt'),
              t('resultsDay.col.voters'),
            ]}
          />
          <tbody>
            {TURNOUT_REPORT_HOURS.map((hour) => {
              const report = sent.get(hour);
              return (
                <tr key={hour}>
                  <th scope="row">{hour}</th>
                  <td>
                    {report
                      ? formatInstant(report.sentAt, undefined, language)
                      : t('resultsDay.notSent')}
                  </td>
                  <td>{report ? report.votersVoted : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
