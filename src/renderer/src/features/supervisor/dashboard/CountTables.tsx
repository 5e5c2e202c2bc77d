import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { Dashboard } from '@shared/supervisor/supervisor-contract';
import { useT } from '../../../i18n/use-t';
import { logKindText, requestKindText, requestStatusText } from '../supervisor-text';

/** Accommodation requests by kind and status. */
export function RequestsTable({ requests }: { requests: Dashboard['requests'] }) {
  const t = useT();
  if (requests.length === 0) return <p>{t('supervisor.requests.empty')}</p>;
  return (
    <table className="data-table" data-testid="requests-table">
      <caption>{t('supervisor.requests.title')}</caption>
      <ColumnHeads prefix="supervisor.col" columns={['kind', 'status', 'count']} />
      <tbody>
        {requests.map((row) => (
          <tr key={`${row.kind}/${row.status}`}>
            <th scope="row">{requestKindText(t, row.kind)}</th>
            <td>{requestStatusText(t, row.status)}</td>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Information log entries by kind. */
export function InfologTable({ infolog }: { infolog: Dashboard['infolog'] }) {
  const t = useT();
  if (infolog.length === 0) return <p>{t('supervisor.infolog.empty')}</p>;
  return (
    <table className="data-table" data-testid="infolog-table">
      <caption>{t('supervisor.infolog.title')}</caption>
      <ColumnHeads prefix="supervisor.col" columns={['kind', 'count']} />
      <tbody>
        {infolog.map((row) => (
          <tr key={row.kind}>
            <th scope="row">{logKindText(t, row.kind)}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
