import { useState, type FormEvent } from 'react';
import type { ApiError, ErrorCode } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { NewPinFields } from '../../ui/NewPinFields';
import { checkNewPin } from '../../ui/pin-rules';
import { useErrorText } from '../session/use-error-text';
import { useLoginStore } from './login-store';

/** The chair forgot the PIN: the sealed recovery code sets a new one. */
export function RecoverPinForm() {
  const t = useT();
  const errorText = useErrorText();
  const members = useLoginStore((state) => state.members);
  const setMode = useLoginStore((state) => state.setMode);
  const recovered = useLoginStore((state) => state.recovered);
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pinProblem, setPinProblem] = useState<ErrorCode | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const chair = members?.find((member) => member.role === 'chair') ?? null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = checkNewPin(pin, repeat);
    setPinProblem(problem);
    setError(null);
    if (problem) return;
    if (!chair) {
      setError({ code: 'chair_required', message: 'No chair to recover.' });
      return;
    }
    setBusy(true);
    const result = await callApi('recoverChairPin', {
      memberId: chair.id,
      recoveryCode: code.trim(),
      newPin: pin,
    });
    setBusy(false);
    if (result.ok) {
      recovered(result.value.recoveryCode);
      return;
    }
    setError(result.error);
  }

  const codeError = error?.code === 'recovery_code_invalid' ? errorText(error) : null;
  const otherError = error && !codeError ? errorText(error) : null;

  return (
    <>
      <PageHeading focusOnMount>{t('recover.title')}</PageHeading>
      <p>{t('recover.intro')}</p>
      {chair ? <p>{t('recover.forChair', { name: chair.fullName })}</p> : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field label={t('recover.code')} error={codeError} announceError>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              className="input-wide"
              value={code}
              onChange={(event) => setCode(event.target.value)}
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
            {t('recover.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setMode('login')}>
            {t('recover.back')}
          </button>
        </div>
      </form>
    </>
  );
}
