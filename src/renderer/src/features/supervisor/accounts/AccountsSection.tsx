import { useState } from 'react';
import type { CentralAccountView } from '@shared/supervisor/accounts-contract';
import type { CentralRole } from '@shared/supervisor/central-roles';
import { mutate, useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { formatInstant } from '../../../ui/date-time-format';
import { useSupervisorStore } from '../supervisor-store';
import { AccountDialog, type PassphraseChange } from './AccountDialog';
import { AddAccountForm } from './AddAccountForm';
import { centralRoleKey } from './account-text';

type Open =
  | { kind: PassphraseChange; account: CentralAccountView }
  | { kind: 'deactivate'; account: CentralAccountView };

/**
 * The administrator's accounts screen: every account (nobody is deleted), a new one added with
 * an initial passphrase, and for each a reset, a deactivation or reactivation, a role change.
 */
export function AccountsSection() {
  const t = useT();
  const language = useLanguage();
  const me = useSupervisorStore((store) => store.state?.accountId ?? null);
  const refreshState = useSupervisorStore((store) => store.refresh);
  const { data: accounts, error } = useQuery('listCentralAccounts', {});
  const [open, setOpen] = useState<Open | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  function finished(text: string) {
    setOpen(null);
    setDone(text);
    // One's own role or state may have changed: the header and sections follow.
    void refreshState();
  }

  async function change(
    kind: PassphraseChange,
    account: CentralAccountView,
    passphrase: string,
    role: CentralRole,
  ) {
    const accountId = account.id;
    const result =
      kind === 'reset'
        ? await mutate('resetCentralPassphrase', { accountId, passphrase })
        : kind === 'reactivate'
          ? await mutate('reactivateCentralAccount', { accountId, passphrase })
          : await mutate('setCentralAccountRole', { accountId, role, passphrase });
    if (!result.ok) return result.error;
    finished(t('centralAccounts.saved', { name: account.name }));
    return null;
  }

  async function deactivate(account: CentralAccountView) {
    setBusy(true);
    setRefusal(null);
    const result = await mutate('deactivateCentralAccount', { accountId: account.id });
    setBusy(false);
    if (result.ok) finished(t('centralAccounts.saved', { name: account.name }));
    else setRefusal(describeError(result.error, language));
  }

  const show = (next: Open) => {
    setDone(null);
    setRefusal(null);
    setOpen(next);
  };

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('centralAccounts.title')}</PageHeading>
      <p>{t('centralAccounts.intro')}</p>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {done ? <StatusMessage tone="success">{done}</StatusMessage> : null}
      {accounts ? (
        <table className="data-table" data-testid="accounts-table">
          <caption>{t('centralAccounts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('centralAccounts.colName')}</th>
              <th scope="col">{t('centralAccounts.colRole')}</th>
              <th scope="col">{t('centralAccounts.colState')}</th>
              <th scope="col">{t('centralAccounts.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">
                  {account.name} {account.id === me ? t('centralAccounts.you') : null}
                </th>
                <td>{t(centralRoleKey(account.role))}</td>
                <td>
                  {[
                    t(account.active ? 'centralAccounts.active' : 'centralAccounts.deactivated'),
                    ...(account.mustChangePassphrase ? [t('centralAccounts.mustChange')] : []),
                    ...(account.lockedUntil
                      ? [
                          t('centralAccounts.lockedUntil', {
                            until: formatInstant(account.lockedUntil, undefined, language, false),
                          }),
                        ]
                      : []),
                  ].join(', ')}
                </td>
                <td className="row-actions">
                  {account.active ? (
                    <>
                      <RowButton
                        label={t('centralAccounts.resetLabel', { name: account.name })}
                        text={t('centralAccounts.reset')}
                        onPress={() => show({ kind: 'reset', account })}
                      />
                      <RowButton
                        label={t('centralAccounts.changeRoleLabel', { name: account.name })}
                        text={t('centralAccounts.changeRole')}
                        onPress={() => show({ kind: 'role', account })}
                      />
                      <RowButton
                        label={t('centralAccounts.deactivateLabel', { name: account.name })}
                        text={t('centralAccounts.deactivate')}
                        onPress={() => show({ kind: 'deactivate', account })}
                      />
                    </>
                  ) : (
                    <RowButton
                      label={t('centralAccounts.reactivateLabel', { name: account.name })}
                      text={t('centralAccounts.reactivate')}
                      onPress={() => show({ kind: 'reactivate', account })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <AddAccountForm onAdded={(name) => finished(t('centralAccounts.added', { name }))} />
      {open?.kind === 'deactivate' ? (
        <ConfirmDialog
          title={t('centralAccounts.deactivateTitle', { name: open.account.name })}
          explanation={t('centralAccounts.deactivateExplain')}
          confirmLabel={t('centralAccounts.deactivate')}
          busy={busy}
          error={refusal}
          onConfirm={() => void deactivate(open.account)}
          onCancel={() => setOpen(null)}
        />
      ) : open ? (
        <AccountDialog
          account={open.account}
          change={open.kind}
          onSubmit={(passphrase, role) => change(open.kind, open.account, passphrase, role)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}

function RowButton({ label, text, onPress }: { label: string; text: string; onPress: () => void }) {
  return (
    <button type="button" className="button-secondary" aria-label={label} onClick={onPress}>
      {text}
    </button>
  );
}
