import { BusyActionButton } from './BusyButton';
import { useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { ApiError } from '@shared/result';
import { callApi } from '../api/precinct-client';
import { describeError } from '../i18n/describe-error';
import { useLanguage, useT } from '../i18n/use-t';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorAlert } from './ErrorAlert';
import { PageHeading } from './PageHeading';
import { StatusMessage } from './StatusMessage';
import { useSessionStore } from '../app-state/session-store';
import {
  RecoverySheetContent,
  recoverySheetHtml,
  type SheetPrecinct,
  type SheetProps,
} from './recovery-sheet';
import { saveHtmlAsPdf } from './save-file';

interface RecoveryCodeNoticeProps {
  code: string;
  precinct: SheetPrecinct | null;
  /** True right after setup; false after a recovery replaced the previous code. */
  first: boolean;
  onContinue: () => void;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'printed' }
  | { kind: 'saved'; path: string }
  | { kind: 'failed'; error: ApiError };

/**
 * Shows a freshly issued recovery code once, with what to do with it. The code goes straight
 * to a printer (Electron's print dialog, or the browser printing this page) or is written down
 * by hand: no file holds it, unless the chair insists on a PDF after a warning to delete it.
 */
export function RecoveryCodeNotice({ code, precinct, first, onContinue }: RecoveryCodeNoticeProps) {
  const t = useT();
  const language = useLanguage();
  const host = useSessionStore((state) => state.appState?.host);
  const nativeDialogs = host?.nativeDialogs ?? false;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [askPdf, setAskPdf] = useState(false);
  const [sheet, setSheet] = useState<SheetProps | null>(null);
  const pdfButtonRef = useRef<HTMLButtonElement>(null);

  async function sheetProps(): Promise<SheetProps> {
    const clock = await callApi('getClockStatus', {});
    const issuedOn = clock.ok ? clock.value.localDate : null;
    return { code, precinct, issuedOn, language };
  }

  async function print() {
    if (busy) return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      const props = await sheetProps();
      if (host?.kind !== 'electron') {
        // The browser prints this page with only the sheet on it (see .print-sheet); the
        // sheet leaves the page once the print dialog closes.
        flushSync(() => setSheet(props));
        window.print();
        setSheet(null);
        setOutcome({ kind: 'printed' });
        return;
      }
      const printed = await callApi('printDocument', { html: recoverySheetHtml(props) });
      if (!printed.ok) setOutcome({ kind: 'failed', error: printed.error });
      else if (printed.value.printed) setOutcome({ kind: 'printed' });
    } finally {
      setBusy(false);
    }
  }

  async function savePdf() {
    setAskPdf(false);
    if (busy) return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      const html = recoverySheetHtml(await sheetProps());
      const defaultName = precinct
        ? `recovery-code-precinct-${precinct.precinctNumber}.pdf`
        : 'recovery-code.pdf';
      const saved = await saveHtmlAsPdf(nativeDialogs, defaultName, html);
      if (saved.saved) setOutcome({ kind: 'saved', path: saved.path });
      else if (saved.error) setOutcome({ kind: 'failed', error: saved.error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="recovery-notice">
      <PageHeading focusOnMount>
        {first ? t('recovery.firstTitle') : t('recovery.newTitle')}
      </PageHeading>
      <StatusMessage tone="success">
        {first ? t('recovery.setupDone') : t('recovery.pinChanged')}
      </StatusMessage>
      <p>{t('recovery.codeLabel')}</p>
      <p className="recovery-code" data-testid="recovery-code">
        {code}
      </p>
      <ol className="recovery-steps">
        <li>{t('recovery.stepPrint')}</li>
        <li>{t('recovery.stepSeal')}</li>
        <li>{t('recovery.stepUse')}</li>
        <li>{t('recovery.stepOnce')}</li>
      </ol>
      <div className="save-pdf">
        <div className="button-row">
          <BusyActionButton busy={busy} onPress={() => void print()}>
            {t('recovery.print')}
          </BusyActionButton>
          <button
            ref={pdfButtonRef}
            type="button"
            className="button-secondary"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) setAskPdf(true);
            }}
          >
            {t('recovery.savePdfInsist')}
          </button>
        </div>
        {/* Always on the page, so screen readers hear each change of its text. */}
        <div role="status">
          {outcome.kind === 'printed' ? (
            <p className="message message-success">{t('recovery.printSent')}</p>
          ) : null}
          {outcome.kind === 'saved' ? (
            <p className="message message-warning">
              {t('recovery.pdfSaved', { path: outcome.path })}
            </p>
          ) : null}
        </div>
        <ErrorAlert
          message={outcome.kind === 'failed' ? describeError(outcome.error, language) : null}
        />
      </div>
      <button type="button" className="button-primary" onClick={onContinue}>
        {t('common.continue')}
      </button>
      {askPdf ? (
        <ConfirmDialog
          title={t('recovery.pdfWarningTitle')}
          explanation={t('recovery.pdfWarning')}
          confirmLabel={t('recovery.pdfConfirm')}
          onConfirm={() => void savePdf()}
          onCancel={() => setAskPdf(false)}
          returnFocusRef={pdfButtonRef}
        />
      ) : null}
      {sheet
        ? createPortal(
            <div className="print-sheet" data-testid="print-sheet">
              <RecoverySheetContent {...sheet} />
            </div>,
            document.body,
          )
        : null}
    </section>
  );
}
