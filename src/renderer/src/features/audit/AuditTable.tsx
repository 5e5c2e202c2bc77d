import { ColumnHeads } from '../../ui/ColumnHeads';
import { Pager, pageCount } from '../../ui/Pager';
import type { AuditEntry } from '@shared/api';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { useSessionStore } from '../../app-state/session-store';
import { AUDIT_PAGE_SIZE, useAuditStore } from './audit-store';
import type { SummarizeEvent } from './event-summary';
import { eventTypeLabel } from '../../i18n/event-type-label';

/** One page of events, newest first, with times in the precinct's own zone. */
export function AuditTable({ summarize }: { summarize: SummarizeEvent }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const data = useAuditStore((state) => state.data);
  const page = useAuditStore((state) => state.page);
  const knownNames = useAuditStore((state) => state.knownNames);
  const setPage = useAuditStore((state) => state.setPage);
  if (!data) return null;

  const pages = pageCount(data.total, AUDIT_PAGE_SIZE);
  const context = { t, language, timeZone, knownNames };
  const rowKey = (entry: AuditEntry) => `${entry.deviceId}:${entry.seq}`;

  return (
    <>
      <table className="data-table" data-testid="audit-table">
        <caption>{tp('audit.caption', data.total, { page: page + 1, pages })}</caption>
        <ColumnHeads
          prefix="audit"
          columns={['colSeq', 'colTime', 'colMember', 'colEvent', 'colDetails']}
        />
        <tbody>
          {data.entries.map((entry) => (
            <tr key={rowKey(entry)}>
              <td>{entry.seq}</td>
              <td>{formatInstant(entry.at, timeZone, language, true)}</td>
              <td>{entry.actorName ?? t('audit.system')}</td>
              <td>{eventTypeLabel(entry.type, t)}</td>
              <td>{summarize(entry, context)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.entries.length === 0 ? <p>{t('audit.empty')}</p> : null}
      <Pager label={t('audit.pagination')} page={page} pages={pages} onPage={setPage} />
    </>
  );
}
