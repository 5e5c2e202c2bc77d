import { useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { ApiError } from '@shared/result';
import type { PackageCreated } from '@shared/supervisor/supervisor-contract';
import { callApi } from '../../../api/precinct-client';
import { useSessionStore } from '../../../app-state/session-store';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { HandoverActContent, handoverActHtml } from './handover-act';

type Outcome = { kind: 'none' } | { kind: 'printed' } | { kind: 'failed'; error: ApiError };

/**
 * The package's handover code, shown this once (the store keeps it nowhere), and the handover
 * act printed from here as the recovery code sheet is: Electron's print dialog, or the browser
 * printing this page with only the act on it. No file holds the act.
 */
export function HandoverNotice({ created }: { created: PackageCreated }) {
  const t = useT();
  const language = useLanguage();
  const host = useSessionStore((state) => state.appState?.host);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [printing, setPrinting] = useState(false);

  async function print() {
    if (busy) return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      if (host?.kind !== 'electron') {
        flushSync(() => setPrinting(true));
        window.print();
        setPrinting(false);
        setOutcome({ kind: 'printed' });
        return;
      }
      const printed = await callApi('printDocument', {
        html: handoverActHtml({ created, language }),
      });
      if (!printed.ok) setOutcome({ kind: 'failed', error: printed.error });
      else if (printed.value.printed) setOutcome({ kind: 'printed' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="recovery-notice" aria-labelledby="handover-code-heading">
      <h2 id="handover-code-heading">{t('supervisor.act.codeHeading')}</h2>
      <p className="recovery-code" data-testid="handover-code">
        {created.handoverCode}
      </p>
      <ol className="recovery-steps">
        <li>{t('supervisor.act.stepOnce')}</li>
        <li>{t('supervisor.act.stepSeparately')}</li>
        <li>{t('supervisor.act.stepCompare')}</li>
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          onClick={() => void print()}
        >
          {t('supervisor.act.print')}
        </button>
      </div>
      <div role="status">
        {outcome.kind === 'printed' ? (
          <p className="message message-success">{t('supervisor.act.printSent')}</p>
        ) : null}
      </div>
      <ErrorAlert
        message={outcome.kind === 'failed' ? describeError(outcome.error, language) : null}
      />
      {printing
        ? createPortal(
            <div className="print-sheet" data-testid="print-sheet">
              <HandoverActContent created={created} language={language} />
            </div>,
            document.body,
          )
        : null}
    </section>
  );
}
