import { useState } from 'react';
import type { ApiError } from '@shared/result';
import type { CentralAccountView } from '@shared/supervisor/accounts-contract';
import type { CentralRole } from '@shared/supervisor/central-roles';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/form-fields';
import { TextField } from '../../../ui/TextField';
import { refusalResult, useSubmit } from '../../../ui/use-submit';
import { MIN_PASSPHRASE } from '../supervisor-store';
import { roleOptions } from './account-text';

/** What the dialog does to the account: each takes a new initial passphrase. */
export type PassphraseChange = 'reset' | 'reactivate' | 'role';

const TEXTS = {
  reset: ['centralAccounts.resetTitle', 'centralAccounts.resetExplain'],
  reactivate: ['centralAccounts.reactivateTitle', 'centralAccounts.reactivateExplain'],
  role: ['centralAccounts.roleTitle', 'centralAccounts.roleExplain'],
} as const;

/**
 * A new initial passphrase for an account (reset, reactivation, a new role, which is bound
 * into the account's key wrap): typed twice, 12+ characters; with the new role for `role`.
 */
export function AccountDialog({
  account,
  change,
  onSubmit,
  onCancel,
}: {
  account: CentralAccountView;
  change: PassphraseChange;
  onSubmit: (passphrase: string, role: CentralRole) => Promise<ApiError | null>;
  onCancel: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { busy, error, submit } = useSubmit();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [role, setRole] = useState<CentralRole>(
    account.role === 'administrator' ? 'operator' : 'administrator',
  );
  const [problems, setProblems] = useState<{ passphrase?: string; repeat?: string }>({});
  const [title, explanation] = TEXTS[change];

  async function send() {
    const found = {
      ...([...passphrase].length < MIN_PASSPHRASE
        ? { passphrase: t('centralAccess.passphraseHint') }
        : {}),
      ...(repeat !== passphrase ? { repeat: t('centralAccess.mismatch') } : {}),
    };
    setProblems(found);
    if (found.passphrase || found.repeat) return;
    await submit(async () => refusalResult(await onSubmit(passphrase, role)));
  }

  return (
    <FormDialog
      title={t(title, { name: account.name })}
      explanation={t(explanation)}
      submitLabel={t('centralAccounts.save')}
      busy={busy}
      error={error ? describeError(error, language) : null}
      onSubmit={send}
      onCancel={onCancel}
    >
      {change === 'role' ? (
        <SelectField
          label={t('centralAccounts.newRole')}
          value={role}
          options={roleOptions(t)}
          onValueChange={(value) => {
            if (value) setRole(value);
          }}
        />
      ) : null}
      <TextField
        label={t('centralAccounts.initialPassphrase')}
        hint={t('centralAccess.passphraseHint')}
        type="password"
        autoComplete="new-password"
        maxLength={1024}
        value={passphrase}
        onValueChange={setPassphrase}
        error={problems.passphrase ?? null}
        announceError
      />
      <TextField
        label={t('centralAccounts.repeat')}
        type="password"
        autoComplete="new-password"
        maxLength={1024}
        value={repeat}
        onValueChange={setRepeat}
        error={problems.repeat ?? null}
        announceError
      />
    </FormDialog>
  );
}
