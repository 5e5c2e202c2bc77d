import { useRef, useState, type FormEvent } from 'react';
import { callApi } from '../../api/precinct-client';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { BusyButton } from '../../ui/BusyButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/use-submit';
import { MIN_PASSPHRASE, useSupervisorStore } from './supervisor-store';

/**
 * After a login with an initial passphrase (an administrator's): the account chooses its own
 * before anything of the store is shown (the core refuses every other operation meanwhile).
 */
export function ChangePassphrasePanel() {
  const t = useT();
  const language = useLanguage();
  const refresh = useSupervisorStore((store) => store.refresh);
  const { busy, error, submit } = useSubmit();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ passphrase?: string; repeat?: string }>({});
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...([...passphrase].length < MIN_PASSPHRASE
        ? { passphrase: t('centralAccess.passphraseHint') }
        : {}),
      ...(repeat !== passphrase ? { repeat: t('centralAccess.mismatch') } : {}),
    };
    setProblems(found);
    if (found.passphrase) return first.current?.focus();
    if (found.repeat) return second.current?.focus();
    const done = await submit(() => callApi('changeCentralPassphrase', { passphrase }));
    setPassphrase('');
    setRepeat('');
    if (done) await refresh();
  }

  return (
    <section className="section central-access" aria-labelledby="change-passphrase-heading">
      <PageHeading focusOnMount>
        <span id="change-passphrase-heading">{t('centralAccounts.changeTitle')}</span>
      </PageHeading>
      <p>{t('centralAccounts.changeIntro')}</p>
      <form className="form-section" noValidate onSubmit={(event) => void send(event)}>
        <TextField
          label={t('centralAccounts.newPassphrase')}
          hint={t('centralAccess.passphraseHint')}
          type="password"
          value={passphrase}
          onValueChange={setPassphrase}
          error={problems.passphrase ?? null}
          ref={first}
          autoComplete="new-password"
          maxLength={1024}
        />
        <TextField
          label={t('centralAccess.repeat')}
          type="password"
          value={repeat}
          onValueChange={setRepeat}
          error={problems.repeat ?? null}
          ref={second}
          autoComplete="new-password"
          maxLength={1024}
        />
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <BusyButton busy={busy}>{t('centralAccounts.changeSubmit')}</BusyButton>
      </form>
    </section>
  );
}
