import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { PrecinctSummary } from '@shared/supervisor/supervisor-contract';
import { useLanguage, useNumbers, useT } from '../../../i18n/use-t';
import { formatInstant, zoneLabel } from '../../../ui/date-time-format';

/**
 * Every known precinct with its figures; its number opens its own page. Counts with the
 * language's thousands separator, turnout as a share of the list, and the last sync on this
 * computer's clock, its zone named beside it (precincts report turnout on their own clocks).
 */
export function PrecinctsTable({
  precincts,
  onOpen,
}: {
  precincts: PrecinctSummary[];
  onOpen: (precinctId: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const numbers = useNumbers();
  return (
    <div className="table-scroll">
      <table className="data-table precincts-table" data-testid="precincts-table">
        <caption>{t('supervisor.dashboard.precinctsCaption')}</caption>
        <ColumnHeads
          prefix="supervisor.col"
          columns={[
            'number',
            'name',
            'region',
            // The key figures first, so they stay in view on a narrow screen in any language.
            'lastSync',
            'voters',
            'ballots',
            'turnout',
            'openAlarms',
            'devices',
            'requests',
            'logEntries',
            'corrections',
          ]}
        />
        <tbody>
          {precincts.map((precinct) => (
            <tr key={precinct.precinctId} className={precinct.lastSyncAt ? undefined : 'silent'}>
              <th scope="row">
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('supervisor.dashboard.open', { number: precinct.number })}
                  onClick={() => onOpen(precinct.precinctId)}
                >
                  {precinct.number}
                </button>
              </th>
              <td>{precinct.name}</td>
              <td>
                {precinct.region}
                {precinct.district ? `, ${precinct.district}` : ''}
              </td>
              <td>
                {precinct.lastSyncAt
                  ? `${formatInstant(precinct.lastSyncAt, undefined, language)} (${zoneLabel(undefined, new Date(precinct.lastSyncAt))})`
                  : t('supervisor.never')}
              </td>
              <td>{numbers.number(precinct.voters)}</td>
              <td>{numbers.number(precinct.ballots)}</td>
              <td>
                {precinct.voters > 0
                  ? numbers.percent((precinct.ballots / precinct.voters) * 100)
                  : '—'}
              </td>
              <td>{numbers.number(precinct.openAlarms)}</td>
              <td>{numbers.number(precinct.devices)}</td>
              <td>{numbers.number(precinct.requests)}</td>
              <td>{numbers.number(precinct.logEntries)}</td>
              <td>{numbers.number(precinct.listCorrections)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
