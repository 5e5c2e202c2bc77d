import { useState } from 'react';
import type { ApiError, Result } from '../../../shared/result';
import { useLanguage, useT } from '../i18n/use-t';
import { toCsv } from '../../../shared/csv';
import { ErrorAlert } from './ErrorAlert';
import { CSV_FILTER, saveHtmlAsPdf, saveTextAsFile, type SaveOutcome } from './save-file';
import { useSessionStore } from '../app-state/session-store';
import { useErrorText } from '../app-state/use-error-text';
import { printDocumentHtml, type PrintHeading } from './print-document';
import type { MomentStyle, PlainTable } from './plain-table';

export interface ExportContent {
  heading: PrintHeading;
  table: PlainTable;
}

interface ExportButtonsProps {
  /** File name without extension, such as `information-log-precinct-412`. */
  baseName: string;
  /** Reads everything the view shows (all pages) and lays it out for a file. */
  content: (style: MomentStyle) => Promise<Result<ExportContent>>;
}

/** "Save as CSV" and "Print / save as PDF" for a view, with one status line for both. */
export function ExportButtons({ baseName, content }: ExportButtonsProps) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const [busy, setBusy] = useState(false);
  const [writing, setWriting] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(format: 'csv' | 'pdf') {
    // aria-disabled rather than disabled: a disabled button would lose focus while saving.
    if (busy) return;
    setBusy(true);
    setError(null);
    setSavedPath(null);
    try {
      const made = await content(format === 'csv' ? 'sheet' : 'print');
      if (!made.ok) {
        setError(made.error);
        return;
      }
      const { heading, table } = made.value;
      const outcome: SaveOutcome =
        format === 'csv'
          ? await saveTextAsFile(
              nativeDialogs,
              `${baseName}.csv`,
              CSV_FILTER,
              toCsv(table.headers, table.rows),
              setWriting,
            )
          : await saveHtmlAsPdf(
              nativeDialogs,
              `${baseName}.pdf`,
              printDocumentHtml(heading, table, language),
              setWriting,
            );
      if (outcome.saved) setSavedPath(outcome.path);
      else setError(outcome.error);
    } finally {
      setBusy(false);
      setWriting(false);
    }
  }

  return (
    <div className="export-buttons">
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy || undefined}
          onClick={() => void save('csv')}
        >
          {t('infolog.saveCsv')}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy || undefined}
          onClick={() => void save('pdf')}
        >
          {t('print.savePdf')}
        </button>
      </div>
      {/* Always on the page, so screen readers hear each change of its text. */}
      <div role="status">
        {writing ? <p className="message message-info">{t('common.saving')}</p> : null}
        {savedPath && !writing ? (
          <p className="message message-success">{t('print.savedTo', { path: savedPath })}</p>
        ) : null}
      </div>
      <ErrorAlert message={errorText(error)} />
    </div>
  );
}
