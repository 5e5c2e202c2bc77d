import type { MessageKey } from '@shared/i18n';
import type { PrecinctResult, ResultSort } from '@shared/supervisor/results-contract';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { TURNOUT_REPORT_HOURS } from '@shared/protocol/protocol-settings';
import { SortHeads, type SortOrder } from '../../../ui/SortHeads';

export type SortState = SortOrder<ResultSort>;

type Column = { key: MessageKey; sort: ResultSort | null };

const COLUMNS: Column[] = [
  { key: 'results.col.number', sort: 'number' },
  { key: 'results.col.name', sort: null },
  { key: 'results.col.region', sort: 'region' },
  { key: 'results.col.status', sort: 'status' },
  { key: 'results.col.version', sort: null },
  { key: 'results.col.signedAt', sort: null },
  { key: 'results.col.issued', sort: 'issued' },
  { key: 'results.col.valid', sort: 'valid' },
  { key: 'results.col.failing', sort: null },
  { key: 'results.col.alarms', sort: null },
  { key: 'results.col.reports', sort: null },
];

/**
 * One page of the precincts' results. A sortable column's header is a button (aria-sort says
 * the order in force); a precinct's number opens its protocol versions.
 */
export function ResultsTable({
  precincts,
  order,
  onSort,
  onOpen,
}: {
  precincts: PrecinctResult[];
  order: SortState;
  onSort: (order: SortState) => void;
  onOpen: (precinctId: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="results-table">
        <caption>{t('results.precinctsCaption')}</caption>
        <SortHeads
          columns={COLUMNS.map((column) => ({ label: t(column.key), sort: column.sort }))}
          order={order}
          onSort={onSort}
        />
        <tbody>
          {precincts.map((p) => (
            <tr key={p.precinctId} className={`result-${p.status}`}>
              <th scope="row">
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('results.open', { number: p.number })}
                  onClick={() => onOpen(p.precinctId)}
                >
                  {p.number}
                </button>
              </th>
              <td>{p.name}</td>
              <td>{p.region}</td>
              <td>{t(`results.status.${p.status}`)}</td>
              <td>{p.version ?? '—'}</td>
              <td>{p.signedAt ? formatInstant(p.signedAt, undefined, language) : '—'}</td>
              <td>{p.issued ?? '—'}</td>
              <td>{p.valid ?? '—'}</td>
              <td>{p.failing.length > 0 ? p.failing.join(', ') : t('results.none')}</td>
              <td>{p.openAlarms}</td>
              <td>
                {t('results.reportsSent', {
                  sent: p.reportsSent,
                  hours: TURNOUT_REPORT_HOURS.length,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
