import { ACCOMMODATION_KINDS, ITEM_STATUSES } from '@shared/accommodations/accommodation-kinds';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { kindKey, statusKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';
import { CutoffSettings } from './CutoffSettings';

/**
 * Counts by kind and status, the requests open and closed, voting day's home-voting ballots
 * (the figure the turnout report uses), and the home-voting cut-off.
 */
export function SummaryView() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const summary = useAccommodationsStore((state) => state.summary);
  const countOf = (kind: string, status: string) =>
    summary?.byKindStatus.find((row) => row.kind === kind && row.status === status)?.count ?? 0;
  // Only statuses something has reached, so the table stays readable.
  const statuses = ITEM_STATUSES.filter((status) =>
    summary?.byKindStatus.some((row) => row.status === status && row.count > 0),
  );

  return (
    <section aria-labelledby="accommodations-summary-heading">
      <h2 id="accommodations-summary-heading">{t('accommodations.summaryTitle')}</h2>
      {summary ? (
        <>
          <section aria-labelledby="summary-home-heading" data-testid="home-voting-summary">
            <h3 id="summary-home-heading">
              {t('accommodations.summary.homeHeading', {
                date: formatCalendarDate(summary.homeVoting.votingDay, language),
              })}
            </h3>
            <p className="message message-info" data-testid="home-voting-ballots">
              {tp('accommodations.summary.ballots', summary.homeVoting.ballotsIssued)}
            </p>
            <p>
              {t('accommodations.summary.home', {
                fulfilled: summary.homeVoting.fulfilled,
                pending: summary.homeVoting.pending,
                late: summary.homeVoting.declinedLate,
              })}
            </p>
          </section>
          <p data-testid="requests-summary">
            {t('accommodations.summary.requests', {
              total: summary.requests.total,
              open: summary.requests.open,
              closed: summary.requests.closed,
              notOnList: summary.requests.notOnList,
            })}
          </p>
          {statuses.length === 0 ? (
            <p>{t('accommodations.summary.empty')}</p>
          ) : (
            <table className="data-table" data-testid="summary-table">
              <caption>{t('accommodations.summary.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('accommodations.col.kind')}</th>
                  {statuses.map((status) => (
                    <th key={status} scope="col">
                      {t(statusKey(status))}
                    </th>
                  ))}
                  <th scope="col">{t('accommodations.col.total')}</th>
                </tr>
              </thead>
              <tbody>
                {ACCOMMODATION_KINDS.map((kind) => {
                  const counts = statuses.map((status) => countOf(kind, status));
                  const total = counts.reduce((sum, count) => sum + count, 0);
                  return (
                    <tr key={kind}>
                      <th scope="row">{t(kindKey(kind))}</th>
                      {counts.map((count, index) => (
                        <td key={statuses[index]}>{count}</td>
                      ))}
                      <td>{total}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      <CutoffSettings />
    </section>
  );
}
