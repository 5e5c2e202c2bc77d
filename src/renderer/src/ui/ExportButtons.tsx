import { useState } from 'react';
import type { Result } from '@shared/result';
import type { Language } from '@shared/roles';
import { useLanguage, useT } from '../i18n/use-t';
import { toCsv } from '@shared/csv';
import { BusyActionButton } from './BusyButton';
import { CSV_FILTER, saveHtmlAsPdf, saveTextAsFile } from './save-file';
import { SaveStatus, useFileSave } from './use-file-save';
import { useSessionStore } from '../app-state/session-store';
import { printDocumentHtml, type PrintHeading, type TableLayout } from './print-document';
import type { MomentStyle, PlainTable } from './plain-table';
import { PrintLanguageDialog } from './PrintLanguageDialog';

export interface ExportContent {
  heading: PrintHeading;
  table: PlainTable;
  /** How the table prints (orientation, column widths); the CSV ignores it. */
  layout: TableLayout;
}

interface ExportButtonsProps {
  /** File name without extension, such as `information-log-precinct-412`. */
  baseName: string;
  /**
   * Reads everything the view shows (all pages) and lays it out for a file, in `language`:
   * the screen's for the CSV, the one chosen for a printout.
   */
  content: (style: MomentStyle, language: Language) => Promise<Result<ExportContent>>;
}

/**
 * "Save as CSV" and "Print / save as PDF" for a view, with one status line for both. A printout
 * first asks its language (`PrintLanguageDialog`).
 */
export function ExportButtons({ baseName, content }: ExportButtonsProps) {
  const t = useT();
  const screenLanguage = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const { run, busy, ...status } = useFileSave();
  const [choosing, setChoosing] = useState(false);

  const saveCsv = () =>
    run(async (onWriting) => {
      const made = await content('sheet', screenLanguage);
      if (!made.ok) return made.error;
      const { table } = made.value;
      const csv = toCsv(table.headers, table.rows);
      return saveTextAsFile(nativeDialogs, `${baseName}.csv`, CSV_FILTER, csv, onWriting);
    });

  const savePdf = (language: Language) =>
    run(async (onWriting) => {
      const made = await content('print', language);
      if (!made.ok) return made.error;
      const { heading, table, layout } = made.value;
      const html = printDocumentHtml(heading, table, layout, language);
      return saveHtmlAsPdf(nativeDialogs, `${baseName}.pdf`, html, onWriting);
    });

  return (
    <div className="export-buttons">
      <div className="button-row">
        <BusyActionButton busy={busy} onPress={() => void saveCsv()}>
          {t('infolog.saveCsv')}
        </BusyActionButton>
        <BusyActionButton busy={busy} onPress={() => setChoosing(true)}>
          {t('print.savePdf')}
        </BusyActionButton>
      </div>
      <SaveStatus {...status} />
      {choosing ? (
        <PrintLanguageDialog
          onChoose={(language) => {
            setChoosing(false);
            void savePdf(language);
          }}
          onCancel={() => setChoosing(false)}
        />
      ) : null}
    </div>
  );
}
