import type { ApiHandlers } from '@shared/api';
import { DomainError } from '@shared/result';
import type { centralAccountOperations } from '@shared/supervisor/accounts-contract';
import type { Clock } from '../../kernel/clock';
import {
  accountView,
  addAccount,
  changeOwnPassphrase,
  deactivateAccount,
  listAccounts,
  reactivateAccount,
  resetPassphrase,
  setAccountRole,
  type AccountChangeContext,
} from './central-accounts';
import type { CentralAccount } from './central-door';
import type { SupervisorStore } from './store-handle';
import { listSupervisorLog, verifySupervisorLog } from './supervisor-log';

type AccountOperation = keyof typeof centralAccountOperations;

/**
 * The accounts screen's and the supervisor audit screen's operations. Who may call each is
 * decided before it runs (central-operations.ts); here the account that acts is the logged-in
 * one, and a change to its own entry reaches its session (a role changed, itself deactivated).
 */
export function accountsHandlers(options: {
  store: SupervisorStore;
  clock: Clock;
}): Pick<ApiHandlers, AccountOperation> {
  const { store, clock } = options;

  function change(): AccountChangeContext {
    const db = store.get();
    const key = store.key();
    const session = store.current();
    if (!db || !key || !session) {
      throw new DomainError('central_locked', 'The central store is locked');
    }
    return {
      dataDir: store.dataDir,
      db,
      key,
      by: { id: session.id, name: session.name },
      at: new Date(clock.now()).toISOString(),
    };
  }

  function opened() {
    const db = store.get();
    if (!db) throw new DomainError('central_locked', 'The central store is locked');
    return db;
  }

  const shown = (account: CentralAccount) => {
    store.update(account);
    return accountView(account, clock.now());
  };

  return {
    changeCentralPassphrase: async ({ passphrase }) => {
      store.update(await changeOwnPassphrase(change(), passphrase));
      return { ok: true };
    },
    touchCentralSession: () => ({ ok: true }),
    listCentralAccounts: () => listAccounts(store.dataDir, clock.now()),
    addCentralAccount: async (input) => shown(await addAccount(change(), input)),
    resetCentralPassphrase: async (input) => shown(await resetPassphrase(change(), input)),
    deactivateCentralAccount: async ({ accountId }) =>
      shown(await deactivateAccount(change(), accountId)),
    reactivateCentralAccount: async (input) => shown(await reactivateAccount(change(), input)),
    setCentralAccountRole: async (input) => shown(await setAccountRole(change(), input)),
    listSupervisorLog: (query) => listSupervisorLog(opened(), query),
    verifySupervisorLog: () => verifySupervisorLog(opened()),
  };
}
