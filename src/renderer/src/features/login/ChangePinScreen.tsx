import { useState } from 'react';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { NewPinFields } from '../../ui/NewPinFields';
import { PublicLayout } from '../../ui/PublicLayout';
import { PinField } from '../../ui/TextField';
import { useNewPinForm } from '../../ui/use-new-pin-form';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

/** A member logged in with a temporary PIN chooses their own before doing anything else. */
export function ChangePinScreen() {
  const t = useT();
  const errorText = useErrorText();
  const session = useSessionStore((state) => state.appState?.session ?? null);
  const sessionChanged = useSessionStore((state) => state.sessionChanged);
  const logout = useSessionStore((state) => state.logout);
  const [current, setCurrent] = useState('');
  const { fields, error, busy, submit } = useNewPinForm(
    (pin) => callApi('changeOwnPin', { currentPin: current, newPin: pin }),
    sessionChanged,
  );

  const currentError = error?.code === 'wrong_pin' ? errorText(error) : null;
  const otherError = error && !currentError ? errorText(error) : null;

  return (
    <PublicLayout>
      <PageHeading focusOnMount>{t('changePin.title')}</PageHeading>
      {session ? <p>{t('changePin.greeting', { name: session.fullName })}</p> : null}
      <p>{t('changePin.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <PinField
          label={t('changePin.current')}
          error={currentError}
          announceError
          autoComplete="off"
          value={current}
          onValueChange={setCurrent}
        />
        <NewPinFields {...fields} />
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
