import { useState } from 'react';
import type { ApiError } from '@shared/result';
import { useErrorText } from '../app-state/use-error-text';
import { useT } from '../i18n/use-t';
import { ErrorAlert } from './ErrorAlert';
import type { SaveOutcome } from './save-file';

/** Saves a file: `write` gets a callback saying while the host writes, and answers the outcome. */
type SaveWork = (onWriting: (writing: boolean) => void) => Promise<SaveOutcome | ApiError>;

/**
 * The state of a button that saves a file: busy from the press until the outcome, writing
 * while the host writes, then where the file went or why it did not.
 */
export function useFileSave() {
  const [busy, setBusy] = useState(false);
  const [writing, setWriting] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(work: SaveWork): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    setSavedPath(null);
    try {
      const outcome = await work(setWriting);
      if (!('saved' in outcome)) setError(outcome);
      else if (outcome.saved) setSavedPath(outcome.path);
      else setError(outcome.error);
    } finally {
      setBusy(false);
      setWriting(false);
    }
  }

  return { busy, writing, savedPath, error, run };
}

/** "Saving…", then where the file went, or the error; the status is always on the page. */
export function SaveStatus({
  writing,
  savedPath,
  error,
}: Pick<ReturnType<typeof useFileSave>, 'writing' | 'savedPath' | 'error'>) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <>
      {/* Always on the page, so screen readers hear each change of its text. */}
      <div role="status">
        {writing ? <p className="message message-info">{t('common.saving')}</p> : null}
        {savedPath && !writing ? (
          <p className="message message-success">{t('print.savedTo', { path: savedPath })}</p>
        ) : null}
      </div>
      <ErrorAlert message={errorText(error)} />
    </>
  );
}
