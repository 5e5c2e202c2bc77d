import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { ListReport } from '@shared/voters/voter-api';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { useSessionStore } from '../../../app-state/session-store';
import { formatCount } from '../../../ui/voter-text';
import { useImportStore } from './voter-import-store';

/** Every check kept, newest first; any can be shown again (and exported). */
export function ReportHistory({ onShown }: { onShown: () => void }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const reports = useImportStore((state) => state.reports);
  const show = useImportStore((state) => state.show);
  if (!reports) return null;
  const count = (n: number) => formatCount(n, language);
  const what = (report: ListReport) =>
    report.kind === 'file' ? (report.fileName ?? '') : t('voters.reports.listRecheck');

  return (
    <section className="voters-part" aria-labelledby="report-history-heading">
      <h3 id="report-history-heading">{t('voters.reports.title')}</h3>
      {reports.length === 0 ? (
        <p>{t('voters.reports.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('voters.reports.title')}</caption>
          <ColumnHeads
            columns={[
              'voters.reports.checkedAt',
              'voters.reports.what',
              'voters.report.rows',
              'voters.report.valid',
              'voters.report.errors',
              'voters.report.warnings',
              'voters.reports.imported',
              'members.colActions',
            ]}
          />
          <tbody>
            {reports.map((report) => (
              <tr key={report.reportId}>
                <td>{formatInstant(report.createdAt, timeZone, language)}</td>
                <th scope="row">{what(report)}</th>
                <td>{count(report.rows)}</td>
                <td>{count(report.valid)}</td>
                <td>{count(report.errorCount)}</td>
                <td>{count(report.warningCount)}</td>
                <td>
                  {report.importedAt
                    ? count(report.imported ?? 0)
                    : report.kind === 'file'
                      ? t('voters.reports.notImported')
                      : '—'}
                </td>
                <td>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('voters.reports.showFor', {
                      what: what(report),
                      at: formatInstant(report.createdAt, timeZone, language),
                    })}
                    onClick={() => {
                      show(report);
                      onShown();
                    }}
                  >
                    {t('voters.reports.show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
