import { useState, type FormEvent } from 'react';
import type { ApiError, ErrorCode } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { NewPinFields } from '../../ui/NewPinFields';
import { checkNewPin } from '../../ui/pin-rules';
import { PublicLayout } from '../../ui/PublicLayout';
import { useSessionStore } from '../session/session-store';
import { useErrorText } from '../session/use-error-text';

/** A member logged in with a temporary PIN chooses their own before doing anything else. */
export function ChangePinScreen() {
  const t = useT();
  const errorText = useErrorText();
  const session = useSessionStore((state) => state.appState?.session ?? null);
  const sessionChanged = useSessionStore((state) => state.sessionChanged);
  const logout = useSessionStore((state) => state.logout);
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pinProblem, setPinProblem] = useState<ErrorCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = checkNewPin(pin, repeat);
    setPinProblem(problem);
    setError(null);
    if (problem) return;
    setBusy(true);
    const result = await callApi('changeOwnPin', { currentPin: current, newPin: pin });
    setBusy(false);
    if (result.ok) {
      sessionChanged(result.value);
      return;
    }
    setError(result.error);
  }

  const currentError = error?.code === 'wrong_pin' ? errorText(error) : null;
  const otherError = error && !currentError ? errorText(error) : null;

  return (
    <PublicLayout>
      <PageHeading focusOnMount>{t('changePin.title')}</PageHeading>
      {session ? <p>{t('changePin.greeting', { name: session.fullName })}</p> : null}
      <p>{t('changePin.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field label={t('changePin.current')} error={currentError} announceError>
          {(control) => (
            <input
              {...control}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
          )}
        </Field>
        <NewPinFields
          pin={pin}
          repeat={repeat}
          onPinChange={setPin}
          onRepeatChange={setRepeat}
          problem={pinProblem}
        />
        <ErrorAlert message={otherError} />
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
            {t('changePin.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void logout()}>
            {t('shell.logout')}
          </button>
        </div>
      </form>
    </PublicLayout>
  );
}
