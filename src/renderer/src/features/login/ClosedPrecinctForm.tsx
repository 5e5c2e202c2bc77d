import { useState, type FormEvent } from 'react';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../../app-state/use-error-text';
import { useSessionStore } from '../../app-state/session-store';

/**
 * A closed precinct: no PIN opens it any more; the chair's recovery code opens its records
 * for review, read-only.
 */
export function ClosedPrecinctForm() {
  const t = useT();
  const errorText = useErrorText();
  const loggedIn = useSessionStore((state) => state.loggedIn);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await callApi('openForReview', { recoveryCode: code.trim() });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await loggedIn(result.value);
  };

  return (
    <>
      <PageHeading focusOnMount>{t('atRest.closed.title')}</PageHeading>
      <p>{t('atRest.closed.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('atRest.closed.code')}
          error={error ? errorText(error) : null}
          announceError
          autoComplete="off"
          spellCheck={false}
          className="input-wide"
          value={code}
          onValueChange={setCode}
        />
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
            {t('atRest.closed.open')}
          </button>
        </div>
      </form>
    </>
  );
}
