import type { MessageKey } from '@shared/i18n';
import type { PrecinctSummary } from '@shared/supervisor/supervisor-contract';
import type { PrecinctSort } from '@shared/supervisor/precinct-list-contract';
import { SortHeads, type SortOrder } from '../../../ui/SortHeads';
import { useLanguage, useNumbers, useT } from '../../../i18n/use-t';
import { formatInstant, zoneLabel } from '../../../ui/date-time-format';

/** The columns, the key figures first so they stay in view on a narrow screen in any language. */
const COLUMNS: readonly { key: MessageKey; sort: PrecinctSort | null }[] = [
  { key: 'supervisor.col.number', sort: 'number' },
  { key: 'supervisor.col.name', sort: 'name' },
  { key: 'supervisor.col.region', sort: 'region' },
  { key: 'supervisor.col.lastSync', sort: 'lastSync' },
  { key: 'supervisor.col.voters', sort: 'voters' },
  { key: 'supervisor.col.ballots', sort: 'ballots' },
  { key: 'supervisor.col.turnout', sort: 'turnout' },
  { key: 'supervisor.col.openAlarms', sort: 'openAlarms' },
  { key: 'supervisor.col.devices', sort: null },
  { key: 'supervisor.col.requests', sort: null },
  { key: 'supervisor.col.logEntries', sort: null },
  { key: 'supervisor.col.corrections', sort: null },
];

/**
 * One page of the precincts with their figures, sortable by its key columns (the main process
 * sorts and cuts the page); a precinct's number opens its own page. Counts with the
 * language's thousands separator, turnout as a share of the list, and the last sync on this
 * computer's clock, its zone named beside it (precincts report turnout on their own clocks).
 */
export function PrecinctsTable({
  precincts,
  order,
  onSort,
  onOpen,
}: {
  precincts: PrecinctSummary[];
  order: SortOrder<PrecinctSort>;
  onSort: (order: SortOrder<PrecinctSort>) => void;
  onOpen: (precinctId: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const numbers = useNumbers();
  return (
    <div className="table-scroll">
      <table className="data-table precincts-table" data-testid="precincts-table">
        <caption>{t('supervisor.dashboard.precinctsCaption')}</caption>
        <SortHeads
          columns={COLUMNS.map((column) => ({ label: t(column.key), sort: column.sort }))}
          order={order}
          onSort={onSort}
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
