import { TextHeads } from './ColumnHeads';
import { renderToStaticMarkup } from 'react-dom/server';
import { PRINT_FONT_STACK } from '@shared/files/print-font';
import { LANGUAGE_TAGS } from '@shared/i18n';
import type { Language } from '@shared/roles';
import type { PlainTable } from './plain-table';

// The printed document carries its own styles: it is printed outside the app's page.
const PRINT_CSS = `
  @page { size: A4; margin: 14mm 12mm; }
  body { font-family: ${PRINT_FONT_STACK}; color: #000; font-size: 9pt; }
  h1 { font-size: 15pt; margin: 0 0 3mm; }
  p { margin: 0 0 2mm; }
  table { border-collapse: collapse; width: 100%; margin-top: 4mm; }
  th, td { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top;
    white-space: pre-line; overflow-wrap: anywhere; }
  thead { display: table-header-group; }
  th { background: #e6e6e6; }
  tr { page-break-inside: avoid; }
  .signatures { margin-top: 12mm; }
  .signatures p { margin: 0 0 8mm; }
`;

export interface PrintHeading {
  title: string;
  /** Lines under the title: precinct, election, filters, who printed it and when. */
  lines: string[];
  emptyText: string;
  signatures: string[];
}

function PrintDocument({
  heading,
  table,
  language,
}: {
  heading: PrintHeading;
  table: PlainTable;
  language: Language;
}) {
  return (
    <html lang={LANGUAGE_TAGS[language]}>
      <head>
        <meta charSet="utf-8" />
        <title>{heading.title}</title>
        <style dangerouslySetInnerHTML={{ __html: PRINT_CSS }} />
      </head>
      <body>
        <h1>{heading.title}</h1>
        {heading.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {table.rows.length === 0 ? (
          <p>{heading.emptyText}</p>
        ) : (
          <table>
            <TextHeads headers={table.headers} />
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="signatures">
          {heading.signatures.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </body>
    </html>
  );
}

/** A register or the log as one self-contained HTML document, ready to print to PDF. */
export function printDocumentHtml(
  heading: PrintHeading,
  table: PlainTable,
  language: Language,
): string {
  return `<!doctype html>${renderToStaticMarkup(
    <PrintDocument heading={heading} table={table} language={language} />,
  )}`;
}
