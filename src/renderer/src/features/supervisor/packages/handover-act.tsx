import { renderToStaticMarkup } from 'react-dom/server';
import { LANGUAGE_TAGS, translate, type MessageKey } from '@shared/i18n';
import type { Language } from '@shared/roles';
import type { PackageCreated } from '@shared/supervisor/supervisor-contract';
import { groupFingerprint } from '../supervisor-text';

// The printed act carries its own styles: it is printed outside the app's page.
const ACT_CSS = `
  @page { size: A4; margin: 20mm; }
  body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #000; font-size: 12pt; }
  h1 { font-size: 18pt; margin: 0 0 8mm; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; }
  dt { font-weight: bold; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .code { font-family: "Consolas", "DejaVu Sans Mono", monospace; font-size: 22pt;
    letter-spacing: 0.08em; border: 2px solid #000; padding: 6mm; margin: 8mm 0; text-align: center; }
  .mono { font-family: "Consolas", "DejaVu Sans Mono", monospace; }
  ol { padding-left: 6mm; }
  li { margin-bottom: 3mm; }
  .signatures { margin-top: 16mm; }
  .signatures p { margin: 0 0 10mm; }
`;

export interface ActProps {
  created: PackageCreated;
  language: Language;
}

/**
 * The handover act of a package: precinct, revision, the file's SHA-256, the central key's
 * fingerprint, the handover code and the signature lines. Printed, never saved as a file: the
 * act and the package travel separately (README, "The handover").
 */
export function HandoverActContent({ created, language }: ActProps) {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
  return (
    <>
      <h1>{t('supervisor.act.heading')}</h1>
      <dl>
        <dt>{t('supervisor.act.election')}</dt>
        <dd>{created.electionName}</dd>
        <dt>{t('supervisor.act.precinct')}</dt>
        <dd>
          {t('common.precinct', { number: created.precinctNumber, name: created.precinctName })}
        </dd>
        <dt>{t('supervisor.packages.revision')}</dt>
        <dd>{created.revision}</dd>
        <dt>{t('supervisor.act.fingerprint')}</dt>
        <dd className="mono">{groupFingerprint(created.centralFingerprint)}</dd>
        <dt>{t('supervisor.act.sha256')}</dt>
        <dd className="mono">{groupFingerprint(created.sha256)}</dd>
      </dl>
      <p>{t('supervisor.act.codeLabel')}</p>
      <p className="code">{created.handoverCode}</p>
      <ol>
        <li>{t('supervisor.act.stepSeparately')}</li>
        <li>{t('supervisor.act.stepCompare')}</li>
        <li>{t('supervisor.act.stepKeep')}</li>
      </ol>
      <div className="signatures">
        <p>{t('supervisor.act.handedBy')}</p>
        <p>{t('supervisor.act.receivedBy')}</p>
        <p>{t('supervisor.act.date')}</p>
      </div>
    </>
  );
}

function HandoverAct(props: ActProps) {
  const title = translate(props.language, 'supervisor.act.heading');
  return (
    <html lang={LANGUAGE_TAGS[props.language]}>
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: ACT_CSS }} />
      </head>
      <body>
        <HandoverActContent {...props} />
      </body>
    </html>
  );
}

/** The act as one self-contained HTML document, ready to print. */
export function handoverActHtml(props: ActProps): string {
  return `<!doctype html>${renderToStaticMarkup(<HandoverAct {...props} />)}`;
}
