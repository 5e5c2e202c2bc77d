/**
 * Supervisor mode's accounts, kept in the door file (central-door.ts): an administrator adds
 * them, resets their passphrases, deactivates and reactivates them and changes their roles;
 * nobody is deleted. Every change and its entry in the supervisor log are written together:
 * the door first, then the entry in a durable transaction; an entry that fails puts the door
 * back as it was. The last active administrator is never deactivated or demoted.
 *
 * An account's role is bound into its wrap of the store key, and a deactivated account keeps no
 * wrap (its passphrase opens nothing): a role change or a reactivation therefore comes with a
 * new passphrase, an initial one its holder replaces at the next login.
 */
import { DomainError } from '@shared/result';
import type { CentralAccountView } from '@shared/supervisor/accounts-contract';
import type { CentralRole } from '@shared/supervisor/central-roles';
import type { Db } from '../../kernel/db/database';
import {
  accountName,
  checkNewPassphrase,
  inDoorQueue,
  newAccount,
  readDoor,
  wrapStoreKey,
  writeDoor,
  type CentralAccount,
  type CentralDoor,
} from './central-door';
import { durably } from './supervisor-db';
import { recordSupervisorAct, type ActingAccount, type SupervisorAct } from './supervisor-log';

/** What an account change needs: the folder, the open store and its key, who acts, when. */
export interface AccountChangeContext {
  dataDir: string;
  db: Db;
  key: Buffer;
  by: ActingAccount;
  at: string;
}

export function accountView(account: CentralAccount, now: number): CentralAccountView {
  const until = account.lockout.locked_until;
  return {
    id: account.id,
    name: account.name,
    role: account.role,
    active: account.active && account.wrap !== null,
    mustChangePassphrase: account.must_change,
    createdAt: account.created_at,
    lockedUntil: until !== null && Date.parse(until) > now ? until : null,
  };
}

function doorOf(dataDir: string): CentralDoor {
  const door = readDoor(dataDir);
  if (!door)
    throw new DomainError('central_not_initialized', 'Supervisor mode is not started here');
  return door;
}

/** The folder's accounts, in the order they were made. */
export function listAccounts(dataDir: string, now: number): CentralAccountView[] {
  return doorOf(dataDir).accounts.map((account) => accountView(account, now));
}

/** The account with `id`, as the door file has it now. */
export function findAccount(dataDir: string, id: string): CentralAccount {
  const account = doorOf(dataDir).accounts.find((a) => a.id === id);
  if (!account) throw new DomainError('unknown_account', 'No such account in this central store');
  return account;
}

/**
 * Changes the door with `change` (which answers the account it changed and the act to record),
 * writes it, then records the act; a failing record restores the door.
 */
function changeDoor(
  ctx: AccountChangeContext,
  change: (door: CentralDoor) => Promise<{ account: CentralAccount; act: SupervisorAct }>,
): Promise<CentralAccount> {
  return inDoorQueue(ctx.dataDir, async () => {
    const door = doorOf(ctx.dataDir);
    const before = structuredClone(door);
    const { account, act } = await change(door);
    await writeDoor(ctx.dataDir, door);
    try {
      durably(ctx.db, () => recordSupervisorAct(ctx.db, ctx.by, act, ctx.at));
    } catch (error) {
      await writeDoor(ctx.dataDir, before);
      throw error;
    }
    return account;
  });
}

function target(door: CentralDoor, id: string): CentralAccount {
  const account = door.accounts.find((a) => a.id === id);
  if (!account) throw new DomainError('unknown_account', 'No such account in this central store');
  return account;
}

const isActiveAdmin = (a: CentralAccount) =>
  a.role === 'administrator' && a.active && a.wrap !== null;

/** Refuses a change that would leave no active administrator (`last_administrator`). */
function keepAnAdministrator(door: CentralDoor, changed: CentralAccount): void {
  if (!isActiveAdmin(changed)) return;
  if (door.accounts.filter(isActiveAdmin).length <= 1) {
    throw new DomainError(
      'last_administrator',
      'The last active administrator is never deactivated or demoted',
    );
  }
}

const facts = (a: CentralAccount) => ({ account_id: a.id, name: a.name });

/** A new account with an initial passphrase (12+ characters), replaced at its first login. */
export function addAccount(
  ctx: AccountChangeContext,
  input: { name: string; role: CentralRole; passphrase: string },
): Promise<CentralAccount> {
  checkNewPassphrase(input.passphrase);
  const name = accountName(input.name);
  return changeDoor(ctx, async (door) => {
    const folded = name.toLocaleLowerCase();
    if (door.accounts.some((a) => a.name.toLocaleLowerCase() === folded)) {
      throw new DomainError('account_exists', `An account named ${name} exists already`);
    }
    const account = await newAccount(name, input.role, input.passphrase, ctx.key, ctx.at, true);
    door.accounts.push(account);
    return {
      account,
      act: { type: 'account.added', details: { ...facts(account), role: account.role } },
    };
  });
}

/** A new initial passphrase for an active account; its lockout is lifted. */
export function resetPassphrase(
  ctx: AccountChangeContext,
  input: { accountId: string; passphrase: string },
): Promise<CentralAccount> {
  checkNewPassphrase(input.passphrase);
  return changeDoor(ctx, async (door) => {
    const account = target(door, input.accountId);
    if (!account.active) throw new DomainError('account_inactive', 'The account is deactivated');
    account.wrap = await wrapStoreKey(account, input.passphrase, ctx.key);
    account.must_change = account.id !== ctx.by.id;
    account.lockout = { failed_attempts: 0, locked_until: null, lockouts: 0 };
    return { account, act: { type: 'account.passphrase_reset', details: facts(account) } };
  });
}

/** The logged-in account's own new passphrase (the end of an initial one). */
export function changeOwnPassphrase(
  ctx: AccountChangeContext,
  passphrase: string,
): Promise<CentralAccount> {
  checkNewPassphrase(passphrase);
  return changeDoor(ctx, async (door) => {
    const account = target(door, ctx.by.id);
    account.wrap = await wrapStoreKey(account, passphrase, ctx.key);
    account.must_change = false;
    return { account, act: { type: 'account.passphrase_changed', details: {} } };
  });
}

/** Deactivates an account: its wrap is removed; it stays in the list (`account_inactive` twice). */
export function deactivateAccount(
  ctx: AccountChangeContext,
  accountId: string,
): Promise<CentralAccount> {
  return changeDoor(ctx, (door) => {
    const account = target(door, accountId);
    if (!account.active) throw new DomainError('account_inactive', 'The account is deactivated');
    keepAnAdministrator(door, account);
    account.active = false;
    account.wrap = null;
    account.must_change = false;
    return Promise.resolve({
      account,
      act: { type: 'account.deactivated', details: facts(account) },
    });
  });
}

/** Reactivates an account with a new initial passphrase (`account_active` when it is). */
export function reactivateAccount(
  ctx: AccountChangeContext,
  input: { accountId: string; passphrase: string },
): Promise<CentralAccount> {
  checkNewPassphrase(input.passphrase);
  return changeDoor(ctx, async (door) => {
    const account = target(door, input.accountId);
    if (account.active) throw new DomainError('account_active', 'The account is active');
    account.active = true;
    account.wrap = await wrapStoreKey(account, input.passphrase, ctx.key);
    account.must_change = true;
    account.lockout = { failed_attempts: 0, locked_until: null, lockouts: 0 };
    return { account, act: { type: 'account.reactivated', details: facts(account) } };
  });
}

/**
 * Changes an active account's role, re-wrapping the store key with a new passphrase (an initial
 * one for another's account). The last active administrator is not demoted.
 */
export function setAccountRole(
  ctx: AccountChangeContext,
  input: { accountId: string; role: CentralRole; passphrase: string },
): Promise<CentralAccount> {
  checkNewPassphrase(input.passphrase);
  return changeDoor(ctx, async (door) => {
    const account = target(door, input.accountId);
    if (!account.active) throw new DomainError('account_inactive', 'The account is deactivated');
    const from = account.role;
    if (from === input.role) {
      throw new DomainError('invalid_input', `The account is already ${input.role}`);
    }
    keepAnAdministrator(door, account);
    account.role = input.role;
    account.wrap = await wrapStoreKey(account, input.passphrase, ctx.key);
    account.must_change = account.id !== ctx.by.id;
    return {
      account,
      act: { type: 'account.role_changed', details: { ...facts(account), from, to: input.role } },
    };
  });
}
