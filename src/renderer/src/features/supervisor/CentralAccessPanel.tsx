import { useRef, useState, type FormEvent } from 'react';
import type { CentralAccessState } from '@shared/supervisor/supervisor-contract';
import { TEXT_LIMITS } from '@shared/text-limits';
import { callApi } from '../../api/precinct-client';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { BusyButton } from '../../ui/BusyButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/use-submit';
import { MIN_PASSPHRASE, useSupervisorStore } from './supervisor-store';

/**
 * Before the central store opens: its administrator made (a new folder, or a store of an
 * earlier version, which is encrypted then), or an account's name and passphrase to unlock it.
 * Nothing of the store is shown or read until one of them succeeds.
 */
export function CentralAccessPanel({ access }: { access: Exclude<CentralAccessState, 'open'> }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const accept = useSupervisorStore((store) => store.accept);
  const idleLocked = useSupervisorStore((store) => store.idleLocked);
  const { busy, error, submit } = useSubmit();
  const creating = access !== 'locked';
  const [account, setAccount] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{
    account?: string;
    passphrase?: string;
    repeat?: string;
  }>({});
  const accountField = useRef<HTMLInputElement>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    const found: { account?: string; passphrase?: string; repeat?: string } = {
      ...(account.trim() ? {} : { account: t('centralAccess.required') }),
      ...(passphrase === ''
        ? { passphrase: t('centralAccess.required') }
        : creating && [...passphrase].length < MIN_PASSPHRASE
          ? { passphrase: t('centralAccess.passphraseHint') }
          : {}),
      ...(creating && repeat !== passphrase ? { repeat: t('centralAccess.mismatch') } : {}),
    };
    setProblems(found);
    const first = found.account
      ? accountField
      : found.passphrase
        ? passphraseField
        : found.repeat
          ? repeatField
          : null;
    if (first) {
      first.current?.focus();
      return;
    }
    const done = await submit(() =>
      callApi(creating ? 'initCentralStore' : 'unlockCentralStore', {
        account: account.trim(),
        passphrase,
      }),
    );
    setPassphrase('');
    setRepeat('');
    if (done) accept(done.value);
  }

  return (
    <section className="section central-access" aria-labelledby="central-access-heading">
      <PageHeading focusOnMount>
        <span id="central-access-heading">
          {creating ? t('centralAccess.createTitle') : t('centralAccess.unlockTitle')}
        </span>
      </PageHeading>
      {access === 'locked' && idleLocked !== null ? (
        <p className="message message-info" role="status">
          {tp('centralAccounts.idleLocked', idleLocked)}
        </p>
      ) : null}
      <p>
        {access === 'locked'
          ? t('centralAccess.unlockIntro')
          : access === 'previous'
            ? t('centralAccess.previousIntro')
            : t('centralAccess.createIntro')}
      </p>
      <form className="form-section" noValidate onSubmit={(event) => void send(event)}>
        <TextField
          label={t('centralAccess.account')}
          value={account}
          onValueChange={setAccount}
          error={problems.account ?? null}
          ref={accountField}
          autoComplete="username"
          maxLength={TEXT_LIMITS.name}
          spellCheck={false}
        />
        <TextField
          label={t('centralAccess.passphrase')}
          hint={creating ? t('centralAccess.passphraseHint') : undefined}
          type="password"
          value={passphrase}
          onValueChange={setPassphrase}
          error={problems.passphrase ?? null}
          ref={passphraseField}
          autoComplete={creating ? 'new-password' : 'current-password'}
          maxLength={1024}
        />
        {creating ? (
          <TextField
            label={t('centralAccess.repeat')}
            type="password"
            value={repeat}
            onValueChange={setRepeat}
            error={problems.repeat ?? null}
            ref={repeatField}
            autoComplete="new-password"
            maxLength={1024}
          />
        ) : null}
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <BusyButton busy={busy}>
          {creating ? t('centralAccess.create') : t('centralAccess.unlock')}
        </BusyButton>
      </form>
    </section>
  );
}
