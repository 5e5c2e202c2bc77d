/**
 * The print-document kit: every register, log, trip sheet and report the commission prints and
 * signs is one `PrintDocument`, laid out here into a self-contained HTML page that a host prints
 * to PDF (docs/printouts.md). The kit owns what makes a page signable: A4 in the orientation
 * the table needs, fixed column widths so no word or date breaks mid-way, long cells wrapped
 * within their column, the table's header repeated on each page with a running line naming the
 * document, "page N of M" at the foot, and signatures kept together with a date line and a
 * place for the stamp. Every word is in the document's own language, chosen when printing.
 *
 * Plain TypeScript over strings, no DOM: the renderer builds documents with it, and the tests
 * render them in Chromium and read them back with poppler.
 */
import { translate, LANGUAGE_TAGS, type MessageKey } from '../i18n';
import type { Language } from '../roles';
import { PRINT_FONT_STACK } from '../files/print-font';

export type PrintOrientation = 'portrait' | 'landscape';

/** One column of a printed table. */
export interface PrintColumn {
  header: string;
  /** Its share of the table's width (any unit: the shares are summed to 100 %). */
  width: number;
  /**
   * Cells that must read whole (numbers, dates, times, codes): their words are never broken,
   * so the column must be wide enough for its longest word; others break an overlong word.
   */
  keep?: boolean;
  /** Right-aligned figures (counts). */
  numeric?: boolean;
}

export interface PrintTable {
  columns: PrintColumn[];
  rows: string[][];
  /** Said instead of the table when it has no rows. */
  emptyText: string;
  /** A heading over the table, for documents with more than one. */
  caption?: string;
}

/** Who signs: a role ("Chair of the commission") and, when known, the person's name. */
export interface PrintSigner {
  role: string;
  name?: string;
}

export interface PrintDocument {
  language: Language;
  orientation: PrintOrientation;
  title: string;
  /** Lines under the title: precinct, election, filters, who printed it and when. */
  lines: string[];
  /** Repeated at the top of every page (the title and the precinct, say); defaults to the title. */
  running?: string;
  /** The document's parts in order: tables and paragraphs. */
  parts: (PrintTable | { paragraph: string })[];
  /** The signature block: kept on one page, with a date line and a place for the stamp. */
  signers: PrintSigner[];
  /** Whether the block has a place for the commission's stamp (default: yes). */
  stamp?: boolean;
}

/** A translator in the document's language (never the screen's). */
export function printWords(language: Language) {
  return (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or an attribute's value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Text as a CSS string (for `content:` in a page-margin box). */
export const cssString = (text: string): string =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r]+/g, ' ')}"`;

/**
 * "Page {page} of {pages}" in the document's language as a CSS `content` value, the counters
 * standing where the translation puts them (the order differs between languages).
 */
export function pageCounterContent(language: Language): string {
  const text = translate(language, 'print.pageOf');
  const parts = text.split(/(\{page\}|\{pages\})/).filter((part) => part !== '');
  return parts
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

const MARGIN_FONT = `font-family: ${PRINT_FONT_STACK}; font-size: 7.5pt; color: #000;`;

function documentCss(doc: PrintDocument): string {
  return `
  @page {
    size: A4 ${doc.orientation};
    margin: 16mm 12mm 15mm 12mm;
    @top-left { content: ${cssString(doc.running ?? doc.title)}; ${MARGIN_FONT} }
    @bottom-right { content: ${pageCounterContent(doc.language)}; ${MARGIN_FONT} }
  }
  html, body { margin: 0; }
  body { font-family: ${PRINT_FONT_STACK}; color: #000; font-size: 9pt; line-height: 1.3; }
  h1 { font-size: 14pt; margin: 0 0 3mm; }
  h2 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
  p { margin: 0 0 1.5mm; }
  table.register { width: 99.6%; border-collapse: collapse; table-layout: fixed; margin-top: 3mm; }
  table.register th, table.register td { border: 0.5pt solid #000; padding: 1mm 1.4mm;
    text-align: left; vertical-align: top; white-space: pre-line;
    overflow-wrap: break-word; word-break: normal; hyphens: manual; }
  table.register th { background: #e6e6e6; font-weight: bold; }
  table.register td.keep { overflow-wrap: normal; }
  table.register td.numeric { text-align: right; white-space: nowrap; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .signatures { break-inside: avoid; page-break-inside: avoid; margin-top: 9mm; }
  .signatures table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  .signatures td { padding: 5mm 2mm 0 0; vertical-align: bottom; }
  .signatures .line { border-bottom: 0.5pt solid #000; height: 6mm; }
  .signatures .under { font-size: 7pt; text-align: center; padding-top: 0.5mm; vertical-align: top; }
  .signatures .closing { display: flex; justify-content: space-between; align-items: flex-end;
    margin-top: 8mm; gap: 10mm; }
  .signatures .date { white-space: nowrap; }
  .signatures .stamp { width: 38mm; height: 28mm; border: 0.5pt dashed #000; border-radius: 50%;
    display: flex; align-items: center; justify-content: center; text-align: center;
    font-size: 7pt; padding: 2mm; box-sizing: border-box; }
  `;
}

/**
 * A cell that reads whole: its spaces do not break ("19 мар. 2027 г." and "Mar 10, 2027" stay on
 * one line), except before a time, so a moment may still put its time under its date.
 */
export const keepWhole = (text: string): string => text.replace(/ (?!\d{1,2}:\d{2})/g, '\u00a0');

function tableHtml(table: PrintTable): string {
  const caption = table.caption ? `<h2>${escapeHtml(table.caption)}</h2>` : '';
  if (table.rows.length === 0) return `${caption}<p>${escapeHtml(table.emptyText)}</p>`;
  const total = table.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const cols = table.columns
    .map((column) => `<col style="width: ${((column.width / total) * 100).toFixed(2)}%">`)
    .join('');
  const heads = table.columns.map((column) => `<th scope="col">${escapeHtml(column.header)}</th>`);
  const classOf = (column: PrintColumn | undefined) => {
    const names = [column?.keep ? 'keep' : '', column?.numeric ? 'numeric' : ''].filter(Boolean);
    return names.length > 0 ? ` class="${names.join(' ')}"` : '';
  };
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, at) => {
            const column = table.columns[at];
            const text = column?.keep ? keepWhole(cell) : cell;
            return `<td${classOf(column)}>${escapeHtml(text)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return (
    `${caption}<table class="register"><colgroup>${cols}</colgroup>` +
    `<thead><tr>${heads.join('')}</tr></thead><tbody>${body}</tbody></table>`
  );
}

function signaturesHtml(doc: PrintDocument): string {
  const t = printWords(doc.language);
  const rows = doc.signers
    .map(
      (signer) =>
        `<tr><td style="width: 34%">${escapeHtml(signer.role)}</td>` +
        `<td style="width: 26%"><div class="line"></div></td>` +
        `<td style="width: 40%"><div class="line">${escapeHtml(signer.name ?? '')}</div></td></tr>` +
        `<tr><td></td><td class="under">${escapeHtml(t('print.signatureUnder'))}</td>` +
        `<td class="under">${escapeHtml(t('print.nameUnder'))}</td></tr>`,
    )
    .join('');
  const stamp =
    doc.stamp === false ? '' : `<div class="stamp">${escapeHtml(t('print.stampPlace'))}</div>`;
  return (
    `<section class="signatures" aria-label="${escapeHtml(t('print.signaturesLabel'))}">` +
    `<table>${rows}</table>` +
    `<div class="closing"><p class="date">${escapeHtml(t('print.dateLine'))}</p>${stamp}</div>` +
    `</section>`
  );
}

/** The document as one self-contained HTML page, ready for a host to print to PDF. */
export function printDocumentHtml(doc: PrintDocument): string {
  const parts = doc.parts
    .map((part) => ('paragraph' in part ? `<p>${escapeHtml(part.paragraph)}</p>` : tableHtml(part)))
    .join('');
  return (
    `<!doctype html><html lang="${LANGUAGE_TAGS[doc.language]}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(doc.title)}</title><style>${documentCss(doc)}</style></head><body>` +
    `<h1>${escapeHtml(doc.title)}</h1>` +
    doc.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
    parts +
    (doc.signers.length > 0 || doc.stamp !== false ? signaturesHtml(doc) : '') +
    `</body></html>`
  );
}
