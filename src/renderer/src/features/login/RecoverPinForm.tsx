import { useState } from 'react';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { NewPinFields } from '../../ui/NewPinFields';
import { TextField } from '../../ui/TextField';
import { useNewPinForm } from '../../ui/use-new-pin-form';
import { useErrorText } from '../../app-state/use-error-text';
import { useLoginStore } from './login-store';

/** The chair forgot the PIN: the sealed recovery code sets a new one. */
export function RecoverPinForm() {
  const t = useT();
  const errorText = useErrorText();
  const members = useLoginStore((state) => state.members);
  const setMode = useLoginStore((state) => state.setMode);
  const recovered = useLoginStore((state) => state.recovered);
  const [code, setCode] = useState('');
  const chair = members?.find((member) => member.role === 'chair') ?? null;
  const { fields, error, busy, submit } = useNewPinForm(
    (pin) =>
      chair
        ? callApi('recoverChairPin', { memberId: chair.id, recoveryCode: code.trim(), newPin: pin })
        : { code: 'chair_required', message: 'No chair to recover.' },
    (value) => recovered(value.recoveryCode),
  );

  const codeError = error?.code === 'recovery_code_invalid' ? errorText(error) : null;
  const otherError = error && !codeError ? errorText(error) : null;

  return (
    <>
      <PageHeading focusOnMount>{t('recover.title')}</PageHeading>
      <p>{t('recover.intro')}</p>
      {chair ? <p>{t('recover.forChair', { name: chair.fullName })}</p> : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('recover.code')}
          error={codeError}
          announceError
          autoComplete="off"
          spellCheck={false}
          className="input-wide"
          value={code}
          onValueChange={setCode}
        />
        <NewPinFields {...fields} />
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
