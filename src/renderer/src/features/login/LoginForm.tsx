import { useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { PinField } from '../../ui/TextField';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { LoginNoticeMessage } from './LoginNoticeMessage';
import { useLoginStore } from './login-store';
import { MemberChoice } from './MemberChoice';

/** Choose your name, type your PIN. */
export function LoginForm() {
  const t = useT();
  const errorText = useErrorText();
  const members = useLoginStore((state) => state.members);
  const loadError = useLoginStore((state) => state.loadError);
  const setMode = useLoginStore((state) => state.setMode);
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const notice = useSessionStore((state) => state.loginNotice);
  const loggedIn = useSessionStore((state) => state.loggedIn);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [choiceError, setChoiceError] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!memberId) {
      setChoiceError(true);
      return;
    }
    setBusy(true);
    // Cleared first, so a repeated error is inserted anew and announced again.
    setError(null);
    const result = await callApi('login', { memberId, pin });
    setBusy(false);
    setPin('');
    if (result.ok) {
      await loggedIn(result.value);
      return;
    }
    setError(result.error);
    pinRef.current?.focus();
  }

  return (
    <>
      <PageHeading focusOnMount>{t('login.title')}</PageHeading>
      {precinct ? (
        <p className="precinct-line">
          {t('common.precinct', { number: precinct.precinctNumber, name: precinct.precinctName })}
        </p>
      ) : null}
      <LoginNoticeMessage notice={notice} />
      <ErrorAlert message={errorText(loadError)} />
      {members ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <MemberChoice
            members={members}
            selected={memberId}
            onSelect={(id) => {
              setMemberId(id);
              setChoiceError(false);
              setError(null);
            }}
            error={choiceError ? t('login.chooseName') : null}
          />
          <PinField
            ref={pinRef}
            label={t('login.pin')}
            error={errorText(error)}
            announceError
            autoComplete="off"
            maxLength={64}
            value={pin}
            onValueChange={setPin}
          />
          <div className="button-row">
            <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
              {t('login.submit')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setMode('recover')}>
              {t('login.forgotPin')}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
