import { renderToStaticMarkup } from 'react-dom/server';
import type { PrecinctSetup } from '@shared/api';
import { PRINT_FONT_STACK } from '@shared/files/print-font';
import { LANGUAGE_TAGS, translate, type MessageKey } from '@shared/i18n';
import type { Language } from '@shared/roles';
import { formatCalendarDate } from './date-time-format';

// The printed sheet carries its own styles: it is printed outside the app's page.
const SHEET_CSS = `
  @page { size: A4; margin: 20mm; }
  body { font-family: ${PRINT_FONT_STACK}; color: #000; font-size: 12pt; }
  h1 { font-size: 18pt; margin: 0 0 8mm; }
  .code { font-family: "Consolas", "DejaVu Sans Mono", monospace; font-size: 24pt;
    letter-spacing: 0.08em; border: 2px solid #000; padding: 6mm; margin: 8mm 0; text-align: center; }
  ol { padding-left: 6mm; }
  li { margin-bottom: 3mm; }
  .signatures { margin-top: 16mm; }
  .signatures p { margin: 0 0 10mm; }
`;

export type SheetPrecinct = Pick<PrecinctSetup, 'precinctNumber' | 'precinctName' | 'electionName'>;

export interface SheetProps {
  code: string;
  precinct: SheetPrecinct | null;
  /** Precinct-local date of issue, `YYYY-MM-DD`, when known. */
  issuedOn: string | null;
  language: Language;
}

/** What the sheet says: used in the printed document and in the page the browser prints. */
export function RecoverySheetContent({ code, precinct, issuedOn, language }: SheetProps) {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
  return (
    <>
      <h1>{t('recovery.sheetHeading')}</h1>
      {precinct ? (
        <>
          <p>
            {t('common.precinct', {
              number: precinct.precinctNumber,
              name: precinct.precinctName,
            })}
          </p>
          <p>{precinct.electionName}</p>
        </>
      ) : null}
      {issuedOn ? (
        <p>{t('recovery.sheetIssued', { date: formatCalendarDate(issuedOn, language) })}</p>
      ) : null}
      <p className="code">{code}</p>
      <ol>
        <li>{t('recovery.stepSeal')}</li>
        <li>{t('recovery.stepUse')}</li>
        <li>{t('recovery.sheetOnce')}</li>
      </ol>
      <div className="signatures">
        <p>{t('recovery.sheetSealedBy')}</p>
        <p>{t('recovery.sheetWitness')}</p>
      </div>
    </>
  );
}

function RecoverySheet(props: SheetProps) {
  const title = translate(props.language, 'recovery.sheetHeading');
  return (
    <html lang={LANGUAGE_TAGS[props.language]}>
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: SHEET_CSS }} />
      </head>
      <body>
        <RecoverySheetContent {...props} />
      </body>
    </html>
  );
}

/** The recovery code sheet as one self-contained HTML document, ready to print. */
export function recoverySheetHtml(props: SheetProps): string {
  return `<!doctype html>${renderToStaticMarkup(<RecoverySheet {...props} />)}`;
}
