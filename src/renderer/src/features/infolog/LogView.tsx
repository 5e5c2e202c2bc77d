import { ColumnHeads } from '../../ui/ColumnHeads';
import { Pager, pageCount } from '../../ui/Pager';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { useSessionStore } from '../../app-state/session-store';
import { kindKey, summarizeDetails } from './infolog-text';
import { EntryRowEnd } from './EntryActions';
import { ExportButtons } from '../../ui/ExportButtons';
import { LOG_PAGE_SIZE, useInfoLogStore } from './infolog-store';
import { LogFilters } from './LogFilters';
import { useExportContent, useExportName } from './use-export-content';

/** Every entry, newest first, with filters; corrections and withdrawals shown with each. */
export function LogView({ canRecord }: { canRecord: boolean }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const log = useInfoLogStore((state) => state.log);
  const page = useInfoLogStore((state) => state.page);
  const setPage = useInfoLogStore((state) => state.setPage);
  const content = useExportContent('log');
  const exportName = useExportName('log');
  const context = { t, language, timeZone };
  const pages = pageCount(log?.total ?? 0, LOG_PAGE_SIZE);

  return (
    <section aria-labelledby="infolog-log-heading">
      <h2 id="infolog-log-heading">{t('infolog.view.log')}</h2>
      <LogFilters />
      <ExportButtons baseName={exportName} content={content} />
      {log ? (
        <>
          <table className="data-table infolog-table" data-testid="infolog-log">
            <caption>{tp('infolog.logCaption', log.total, { page: page + 1, pages })}</caption>
            <ColumnHeads
              prefix="infolog.col"
              columns={[
                'time',
                'kind',
                'number',
                'details',
                'recordedBy',
                'status',
                canRecord ? 'actions' : null,
              ]}
            />
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className={entry.withdrawn ? 'entry-withdrawn' : undefined}>
                  <td>{formatInstant(entry.occurredAt, timeZone, language)}</td>
                  <td>{t(kindKey(entry.kind))}</td>
                  <td>{entry.number}</td>
                  <td className="entry-details">{summarizeDetails(entry.details, context)}</td>
                  <EntryRowEnd entry={entry} canRecord={canRecord} />
                </tr>
              ))}
            </tbody>
          </table>
          {log.entries.length === 0 ? <p>{t('infolog.empty')}</p> : null}
          <Pager label={t('infolog.pagination')} page={page} pages={pages} onPage={setPage} />
        </>
      ) : null}
    </section>
  );
}
