import { useEffect, useId, useState } from 'react';
import { useRefreshOn } from '../../../api/queries';
import type { ApiError } from '@shared/result';
import { useLanguage, useT, useTPlural, type TranslatePlural } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSessionStore } from '../../../app-state/session-store';
import { usePermission } from '../../../app-state/use-permission';
import { describeVoterError } from '../voter-error';
import { chooseFiles } from '../../../ui/choose-files';
import { useImportStore, type ImportWork } from './voter-import-store';
import { ReportHistory } from './ReportHistory';
import { ReportView } from './ReportView';

/** What a voter list file may be: CSV (also saved as .txt) or an Excel workbook. */
const LIST_FILE_EXTENSIONS = ['csv', 'txt', 'xlsx'];

const LIST_FILE_TEXTS = {
  title: 'voters.open.title',
  filesHeading: 'voters.open.files',
  noFiles: 'voters.open.noFiles',
  pathHint: 'voters.open.pathHint',
  open: 'voters.open.open',
} as const;

/**
 * Importing a list: choose the file, read the check report, then confirm the import of the
 * valid rows. Also the list re-checked as it stands, and every report kept before.
 */
export function ImportArea() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const id = useId();
  const canImport = usePermission('voters.import');
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const report = useImportStore((state) => state.report);
  const work = useImportStore((state) => state.work);
  const error = useImportStore((state) => state.error);
  const imported = useImportStore((state) => state.imported);
  const reportsError = useImportStore((state) => state.reportsError);
  const check = useImportStore((state) => state.check);
  const recheck = useImportStore((state) => state.recheck);
  const loadReports = useImportStore((state) => state.loadReports);
  const [chooseError, setChooseError] = useState<ApiError | null>(null);
  // Bumped when a report comes on screen by the member's act: its heading then takes focus.
  const [focusRequest, setFocusRequest] = useState(0);
  const reportShown = () => {
    if (useImportStore.getState().report) setFocusRequest((n) => n + 1);
  };

  useEffect(() => {
    void loadReports();
  }, [loadReports]);
  useRefreshOn(['voter-reports'], loadReports);

  async function chooseAndCheck() {
    if (work) return;
    setChooseError(null);
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'file',
      extensions: LIST_FILE_EXTENSIONS,
      filterName: t('voters.import.filterName'),
      texts: LIST_FILE_TEXTS,
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setChooseError(chosen.error);
      return;
    }
    const file = chosen.files[0];
    if (file) await check(file);
    reportShown();
  }

  const refusal = error ?? chooseError;
  const wholeFile = refusal?.code.startsWith('list_') ?? false;

  return (
    <section className="voters-area" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('voters.import.title')}</h2>
      <p>{t('voters.import.intro')}</p>
      <div className="button-row">
        {canImport ? (
          <button
            type="button"
            className="button-primary"
            aria-disabled={work !== null || undefined}
            onClick={() => void chooseAndCheck()}
          >
            {t('voters.import.choose')}
          </button>
        ) : null}
        <button
          type="button"
          className="button-secondary"
          aria-disabled={work !== null || undefined}
          onClick={() => {
            if (!work) void recheck().then(reportShown);
          }}
        >
          {t('voters.import.recheck')}
        </button>
      </div>
      {canImport ? null : <p className="field-hint">{t('voters.import.notAllowed')}</p>}
      <div role="status">
        {work ? <p className="message message-info">{workText(work, t, tp)}</p> : null}
        {imported && !work ? (
          <p className="message message-success">
            {tp('voters.import.done', imported.imported ?? 0, {
              file: imported.fileName ?? '',
              rejected: tp('voters.import.rowsLeftOut', imported.rows - imported.valid),
            })}
          </p>
        ) : null}
      </div>
      {refusal ? (
        <ErrorAlert
          message={[
            describeVoterError(refusal, language, timeZone),
            wholeFile ? t('voters.import.nothingWritten') : null,
          ]
            .filter(Boolean)
            .join(' ')}
        />
      ) : null}
      {/* Busy while a check or an import runs; the status message above stays outside it. */}
      <div aria-busy={work !== null}>
        {report ? (
          <ReportView key={report.reportId} report={report} focusRequest={focusRequest} />
        ) : null}
        <ErrorAlert
          message={reportsError ? describeVoterError(reportsError, language, timeZone) : null}
        />
        <ReportHistory onShown={() => setFocusRequest((n) => n + 1)} />
      </div>
    </section>
  );
}

function workText(work: ImportWork, t: ReturnType<typeof useT>, tp: TranslatePlural): string {
  switch (work.kind) {
    case 'checking':
      return t('voters.import.checking', { file: work.fileName });
    case 'importing':
      return tp('voters.import.importing', work.count);
    case 'rechecking':
      return t('voters.import.rechecking');
  }
}
