import { useState } from 'react';
import type { ApiError } from '../../../shared/result';
import { describeError } from '../i18n/describe-error';
import { useLanguage, useT } from '../i18n/use-t';
import { ErrorAlert } from './ErrorAlert';
import { saveHtmlAsPdf } from './save-file';

interface SavePdfButtonProps {
  label: string;
  defaultName: string;
  nativeDialogs: boolean;
  /** Builds the self-contained HTML document to print when the button is pressed. */
  makeHtml: () => string | Promise<string>;
}

/** A button that saves a printable document as PDF, says while it is saving and where it went. */
export function SavePdfButton({ label, defaultName, nativeDialogs, makeHtml }: SavePdfButtonProps) {
  const t = useT();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [writing, setWriting] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function save() {
    // aria-disabled rather than disabled: a disabled button would lose focus while saving.
    if (busy) return;
    setBusy(true);
    setError(null);
    setSavedPath(null);
    try {
      const outcome = await saveHtmlAsPdf(nativeDialogs, defaultName, await makeHtml(), setWriting);
      if (outcome.saved) setSavedPath(outcome.path);
      else setError(outcome.error);
    } finally {
      setBusy(false);
      setWriting(false);
    }
  }

  return (
    <div className="save-pdf">
      <button
        type="button"
        className="button-secondary"
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={() => void save()}
      >
        {label}
      </button>
      {/* Always on the page, so screen readers hear each change of its text. */}
      <div role="status">
        {writing ? <p className="message message-info">{t('common.saving')}</p> : null}
        {savedPath && !writing ? (
          <p className="message message-success">{t('print.savedTo', { path: savedPath })}</p>
        ) : null}
      </div>
      <ErrorAlert message={error ? describeError(error, language) : null} />
    </div>
  );
}
