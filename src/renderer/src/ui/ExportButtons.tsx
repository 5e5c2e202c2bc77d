import type { Result } from '@shared/result';
import { useLanguage, useT } from '../i18n/use-t';
import { toCsv } from '@shared/csv';
import { BusyActionButton } from './BusyButton';
import { CSV_FILTER, saveHtmlAsPdf, saveTextAsFile } from './save-file';
import { SaveStatus, useFileSave } from './use-file-save';
import { useSessionStore } from '../app-state/session-store';
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
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const { run, busy, ...status } = useFileSave();

  const save = (format: 'csv' | 'pdf') =>
    run(async (onWriting) => {
      const made = await content(format === 'csv' ? 'sheet' : 'print');
      if (!made.ok) return made.error;
      const { heading, table } = made.value;
      return format === 'csv'
        ? saveTextAsFile(
            nativeDialogs,
            `${baseName}.csv`,
            CSV_FILTER,
            toCsv(table.headers, table.rows),
            onWriting,
          )
        : saveHtmlAsPdf(
            nativeDialogs,
            `${baseName}.pdf`,
            printDocumentHtml(heading, table, language),
            onWriting,
          );
    });

  return (
    <div className="export-buttons">
      <div className="button-row">
        <BusyActionButton busy={busy} onPress={() => void save('csv')}>
          {t('infolog.saveCsv')}
        </BusyActionButton>
        <BusyActionButton busy={busy} onPress={() => void save('pdf')}>
          {t('print.savePdf')}
        </BusyActionButton>
      </div>
      <SaveStatus {...status} />
    </div>
  );
}
