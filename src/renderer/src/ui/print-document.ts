import {
  printDocumentHtml as kitDocumentHtml,
  type PrintOrientation,
  type PrintSigner,
} from '@shared/print/print-kit';
import type { Language } from '@shared/roles';
import type { PlainTable } from './plain-table';

/** What a printed register says around its table, in the document's language. */
export interface PrintHeading {
  title: string;
  /** Lines under the title: precinct, election, filters, who printed it and when. */
  lines: string[];
  emptyText: string;
  /** Who signs it (the chair, the secretary); the kit adds the date line and the stamp. */
  signers: PrintSigner[];
}

/** How a register's columns print: its share of the width, and whether its cells read whole. */
export interface ColumnLayout {
  width: number;
  /** Numbers, dates, times: never broken mid-word (the width must hold the longest). */
  keep?: boolean;
  numeric?: boolean;
}

/** A register's print layout, beside its plain table (the screen and the CSV ignore it). */
export interface TableLayout {
  orientation: PrintOrientation;
  columns: ColumnLayout[];
}

/**
 * A register or the log as one self-contained HTML document through the print-document kit
 * (src/shared/print/print-kit.ts, docs/printouts.md): the table's columns at the layout's
 * widths, the precinct's line repeated at the top of every page.
 */
export function printDocumentHtml(
  heading: PrintHeading,
  table: PlainTable,
  layout: TableLayout,
  language: Language,
): string {
  return kitDocumentHtml({
    language,
    orientation: layout.orientation,
    title: heading.title,
    running: [heading.title, heading.lines[0]].filter(Boolean).join(' — '),
    lines: heading.lines,
    parts: [
      {
        columns: table.headers.map((header, at) => ({ header, width: 1, ...layout.columns[at] })),
        rows: table.rows,
        emptyText: heading.emptyText,
      },
    ],
    signers: heading.signers,
  });
}
