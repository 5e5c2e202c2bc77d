import { useRef, useState, type FormEvent } from 'react';
import type { CentralRole } from '@shared/supervisor/central-roles';
import { TEXT_LIMITS } from '@shared/text-limits';
import { mutate } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { BusyButton } from '../../../ui/BusyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SelectField } from '../../../ui/form-fields';
import { TextField } from '../../../ui/TextField';
import { useSubmit } from '../../../ui/use-submit';
import { MIN_PASSPHRASE } from '../supervisor-store';
import { roleOptions } from './account-text';

type Problems = { name?: string; passphrase?: string; repeat?: string };

/** A new account: its name, its role, and the initial passphrase its holder replaces. */
export function AddAccountForm({ onAdded }: { onAdded: (name: string) => void }) {
  const t = useT();
  const language = useLanguage();
  const { busy, error, submit } = useSubmit();
  const [name, setName] = useState('');
  const [role, setRole] = useState<CentralRole>('operator');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const nameField = useRef<HTMLInputElement>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    const found: Problems = {
      ...(name.trim() ? {} : { name: t('centralAccess.required') }),
      ...([...passphrase].length < MIN_PASSPHRASE
        ? { passphrase: t('centralAccess.passphraseHint') }
        : {}),
      ...(repeat !== passphrase ? { repeat: t('centralAccess.mismatch') } : {}),
    };
    setProblems(found);
    const first = found.name
      ? nameField
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
      mutate('addCentralAccount', { name: name.trim(), role, passphrase }),
    );
    setPassphrase('');
    setRepeat('');
    if (done) {
      setName('');
      onAdded(done.value.name);
    }
  }

  return (
    <form
      className="form-section"
      aria-labelledby="add-account-heading"
      noValidate
      onSubmit={(event) => void send(event)}
    >
      <h2 id="add-account-heading">{t('centralAccounts.addTitle')}</h2>
      <p>{t('centralAccounts.addIntro')}</p>
      <TextField
        label={t('centralAccounts.name')}
        value={name}
        onValueChange={setName}
        error={problems.name ?? null}
        ref={nameField}
        autoComplete="off"
        maxLength={TEXT_LIMITS.name}
        spellCheck={false}
      />
      <SelectField
        label={t('centralAccounts.role')}
        value={role}
        options={roleOptions(t)}
        onValueChange={(value) => {
          if (value) setRole(value);
        }}
      />
      <TextField
        label={t('centralAccounts.initialPassphrase')}
        hint={t('centralAccess.passphraseHint')}
        type="password"
        value={passphrase}
        onValueChange={setPassphrase}
        error={problems.passphrase ?? null}
        ref={passphraseField}
        autoComplete="new-password"
        maxLength={1024}
      />
      <TextField
        label={t('centralAccounts.repeat')}
        type="password"
        value={repeat}
        onValueChange={setRepeat}
        error={problems.repeat ?? null}
        ref={repeatField}
        autoComplete="new-password"
        maxLength={1024}
      />
      <ErrorAlert message={error ? describeError(error, language) : null} />
      <BusyButton busy={busy}>{t('centralAccounts.add')}</BusyButton>
    </form>
  );
}
