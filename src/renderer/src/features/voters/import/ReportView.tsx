import { ColumnHeads } from '../../../ui/ColumnHeads';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '@shared/result';
import type { ListReport } from '@shared/voters/voter-api';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useSessionStore } from '../../../app-state/session-store';
import { useVoterSearchStore } from '../find/voter-search-store';
import { Facts } from '../../../ui/form-fields';
import { usePermission } from '../../../app-state/use-permission';
import { useVoterErrorText } from '../voter-error';
import { formatCount } from '../../../ui/voter-text';
import { ExportReportButton } from './ExportReportButton';
import { useImportStore } from './voter-import-store';
import { ISSUE_CODES, ISSUE_SEVERITY } from '../voters-text';
import { issueTitleKey } from './issue-text';
import { ReportIssues } from './ReportIssues';
import { LostLettersNotice, confirmExplanation } from './LostLettersNotice';

/**
 * One check report: what was read, how many rows are valid, the problems by kind and one by
 * one; for a file not yet imported, the import of its valid rows after a confirmation.
 */
export function ReportView({ report, focusRequest }: { report: ListReport; focusRequest: number }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const canImport = usePermission('voters.import');
  const importShown = useImportStore((state) => state.importShown);
  const work = useImportStore((state) => state.work);
  const refreshSearch = useVoterSearchStore((state) => state.refresh);
  const errorText = useVoterErrorText();
  const [confirming, setConfirming] = useState(false);
  const [lostAccepted, setLostAccepted] = useState(false);
  const [importError, setImportError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After the import the button is gone: focus goes to the report's heading instead.
  const afterConfirm = useRef<HTMLElement | null>(null);
  const count = (n: number) => formatCount(n, language);

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  const rejected = report.rows - report.valid;
  const importable =
    canImport && report.kind === 'file' && report.importedAt === null && report.valid > 0;
  // Names that may have lost letters block the import until the commission chooses to go on.
  const lost = report.countsByCode.lossy_encoding ?? 0;
  const blocked = importable && lost > 0 && !lostAccepted;

  async function confirmImport() {
    setImportError(null);
    const problem = await importShown(lost > 0 && lostAccepted);
    if (problem) {
      setImportError(problem);
      return;
    }
    afterConfirm.current = headingRef.current;
    setConfirming(false);
    void refreshSearch();
  }

  const format = [
    report.format?.toUpperCase(),
    report.encoding?.toUpperCase(),
    report.delimiter ? t('voters.report.delimiter', { delimiter: report.delimiter }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const facts: [string, string][] = [
    [t('voters.report.rows'), count(report.rows)],
    [t('voters.report.valid'), count(report.valid)],
    [t('voters.report.rejected'), count(rejected)],
    [t('voters.report.errors'), count(report.errorCount)],
    [t('voters.report.warnings'), count(report.warningCount)],
  ];
  if (format) facts.push([t('voters.report.format'), format]);
  if (report.sha256) facts.push([t('voters.report.sha256'), report.sha256]);
  if (report.skippedChecks.length > 0) {
    facts.push([
      t('voters.report.skipped'),
      report.skippedChecks.map((code) => t(issueTitleKey(code))).join(', '),
    ]);
  }
  const codes = ISSUE_CODES.filter((code) => (report.countsByCode[code] ?? 0) > 0);

  return (
    <section
      className="voters-part report"
      aria-labelledby="report-heading"
      data-testid="list-report"
    >
      <h3 id="report-heading" ref={headingRef} tabIndex={-1}>
        {report.kind === 'file'
          ? t('voters.report.fileTitle', { file: report.fileName ?? '' })
          : t('voters.report.listTitle')}
      </h3>
      <p>
        {t('voters.report.checkedAt', { at: formatInstant(report.createdAt, timeZone, language) })}
      </p>
      <Facts label={t('voters.report.summary')} items={facts} />
      {report.skippedChecks.includes('under_age') ? (
        <p className="message message-warning">{t('voters.report.noVotingDay')}</p>
      ) : null}
      {report.importedAt ? (
        <p className="message message-success">
          {tp('voters.report.importedOn', report.imported ?? 0, {
            at: formatInstant(report.importedAt, timeZone, language),
          })}
        </p>
      ) : null}
      {codes.length > 0 ? (
        <table className="data-table report-codes" data-testid="report-codes">
          <caption>{t('voters.report.byCode')}</caption>
          <ColumnHeads
            prefix="voters"
            columns={['csv.message', 'csv.code', 'csv.severity', 'report.count']}
          />
          <tbody>
            {codes.map((code) => (
              <tr key={code}>
                <th scope="row">{t(issueTitleKey(code))}</th>
                <td>
                  <code className="issue-code">{code}</code>
                </td>
                <td>
                  {t(
                    ISSUE_SEVERITY[code] === 'error'
                      ? 'voters.severity.error'
                      : 'voters.severity.warning',
                  )}
                </td>
                <td>{count(report.countsByCode[code] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="message message-success">{t('voters.report.clean')}</p>
      )}
      {importable && lost > 0 ? (
        <LostLettersNotice
          count={lost}
          accepted={lostAccepted}
          onAcceptedChange={setLostAccepted}
        />
      ) : null}
      <div className="button-row">
        {importable ? (
          <button
            type="button"
            className={lost > 0 ? undefined : 'button-primary'}
            aria-disabled={work !== null || blocked || undefined}
            aria-describedby={blocked ? 'lost-letters-blocked' : undefined}
            onClick={() => {
              if (work || blocked) return;
              afterConfirm.current = null;
              setImportError(null);
              setConfirming(true);
            }}
          >
            {tp('voters.import.importButton', report.valid)}
          </button>
        ) : null}
      </div>
      <ExportReportButton report={report} />
      <ReportIssues report={report} />
      {confirming ? (
        <ConfirmDialog
          title={tp('voters.import.confirmTitle', report.valid)}
          explanation={confirmExplanation(t, rejected, report.warningCount, count)}
          confirmLabel={tp('voters.import.confirm', report.valid)}
          busy={work?.kind === 'importing'}
          error={errorText(importError)}
          onConfirm={() => void confirmImport()}
          onCancel={() => setConfirming(false)}
          returnFocusRef={afterConfirm}
        />
      ) : null}
    </section>
  );
}
