import { useState } from 'react';
import type { ApiError } from '../../../shared/result';
import { describeError } from '../i18n/describe-error';
import { useLanguage, useT } from '../i18n/use-t';
import { ErrorAlert } from './ErrorAlert';
import { saveHtmlAsPdf } from './save-file';
import { StatusMessage } from './StatusMessage';

interface SavePdfButtonProps {
  label: string;
  defaultName: string;
  nativeDialogs: boolean;
  /** Builds the self-contained HTML document to print when the button is pressed. */
  makeHtml: () => string | Promise<string>;
}

/** A button that saves a printable document as PDF and says where it went. */
export function SavePdfButton({ label, defaultName, nativeDialogs, makeHtml }: SavePdfButtonProps) {
  const t = useT();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function save() {
    // aria-disabled rather than disabled: a disabled button would lose focus while saving.
    if (busy) return;
    setBusy(true);
    setError(null);
    setSavedPath(null);
    const outcome = await saveHtmlAsPdf(nativeDialogs, defaultName, await makeHtml());
    setBusy(false);
    if (outcome.saved) setSavedPath(outcome.path);
    else setError(outcome.error);
  }

  return (
    <div className="save-pdf">
      <button
        type="button"
        className="button-secondary"
        aria-disabled={busy || undefined}
        onClick={() => void save()}
      >
        {label}
      </button>
      {savedPath ? (
        <StatusMessage tone="success">{t('print.savedTo', { path: savedPath })}</StatusMessage>
      ) : null}
      <ErrorAlert message={error ? describeError(error, language) : null} />
    </div>
  );
}
