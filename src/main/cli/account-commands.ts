/**
 * `central account list|add|reset|deactivate|reactivate|role|passphrase`: supervisor mode's
 * accounts on the command line, as the app's Accounts screen has them (central-accounts.ts).
 * Each opens the store with --account and its passphrase; all but `passphrase` (one's own new
 * passphrase) need an administrator. A new passphrase comes from --new-secret-file FILE or the
 * prompt, never the command line. Refusals exit 2 with their code; nothing changes then.
 */
import { DomainError } from '@shared/result';
import { CENTRAL_ROLES, type CentralRole } from '@shared/supervisor/central-roles';
import type { CentralAccountView } from '@shared/supervisor/accounts-contract';
import { readRegularFile } from '../core/airgap/container';
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
} from '../core/features/supervisor/central-accounts';
import type { CentralAccount } from '../core/features/supervisor/central-door';
import { systemClock } from '../core/kernel/clock';
import { stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import {
  ACCOUNT_OPTIONS,
  centralStore,
  nowIso,
  positional,
  type CliCentral,
} from './central-access';
import { Refusal, type CliOutput, type Command } from './command';

const SUBCOMMANDS = ['list', 'add', 'reset', 'deactivate', 'reactivate', 'role', 'passphrase'];

/** The new passphrase: from --new-secret-file FILE, or asked twice at the prompt without echo. */
async function newSecretOf(args: ParsedArgs, output: CliOutput, whose: string): Promise<string> {
  const file = stringOption(args, 'new-secret-file');
  if (file !== undefined) {
    const bytes = readRegularFile(file, 1024);
    if (typeof bytes === 'string') throw new UsageError(`no readable secret file at ${file}`);
    return bytes.toString('utf8').replace(/\r?\n$/, '');
  }
  const ask = output.askSecret;
  if (!ask) {
    throw new UsageError('give the new passphrase at the prompt or with --new-secret-file FILE');
  }
  const first = await ask(`New passphrase for ${whose} (12 characters or more): `);
  if ((await ask('The same again: ')) !== first) throw new UsageError('the two passphrases differ');
  return first;
}

function roleOf(args: ParsedArgs): CentralRole {
  const role = stringOption(args, 'role');
  if (!role || !(CENTRAL_ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role must be one of ${CENTRAL_ROLES.join(', ')}`);
  }
  return role as CentralRole;
}

/** The account named (its name without case, or its id) among the folder's. */
function targetOf(dataDir: string, name: string): CentralAccount['id'] {
  const wanted = name.trim().toLocaleLowerCase();
  const found = listAccounts(dataDir, systemClock.now()).find(
    (a) => a.id === name || a.name.toLocaleLowerCase() === wanted,
  );
  if (!found) throw new Refusal('unknown_account', `unknown_account: no account ${name}`);
  return found.id;
}

function changeContext(opened: CliCentral): AccountChangeContext {
  return {
    dataDir: opened.dataDir,
    db: opened.db,
    key: opened.key,
    by: { id: opened.account.id, name: opened.account.name },
    at: nowIso(),
  };
}

function describe(account: CentralAccount): string {
  return line(accountView(account, systemClock.now()));
}

/** One account on one line: name, role, state, id (tab-separated). */
function line(view: CentralAccountView): string {
  const state = [
    view.active ? 'active' : 'deactivated',
    ...(view.mustChangePassphrase ? ['initial passphrase'] : []),
    ...(view.lockedUntil ? [`locked out until ${view.lockedUntil}`] : []),
  ];
  return `${view.name}\t${view.role}\t${state.join(', ')}\t${view.id}`;
}

async function accountCommand(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  const [sub, name] = positional(args, 1, 2, 'what to do (list, add, reset, …)');
  if (!sub || !SUBCOMMANDS.includes(sub)) {
    throw new UsageError(`central account takes one of ${SUBCOMMANDS.join(', ')}`);
  }
  const needsName = !['list', 'passphrase'].includes(sub);
  if (needsName && !name) throw new UsageError(`central account ${sub} needs the account's name`);
  if (!needsName && name) throw new UsageError(`unexpected "${name}"`);
  const role = sub === 'add' || sub === 'role' ? roleOf(args) : null;
  const opened = await centralStore(
    args,
    output,
    sub === 'passphrase' ? 'account' : 'accounts.manage',
  );
  try {
    if (sub === 'list') {
      for (const account of listAccounts(opened.dataDir, systemClock.now())) out(line(account));
      return 0;
    }
    const ctx = changeContext(opened);
    const target = name ? () => targetOf(opened.dataDir, name) : () => opened.account.id;
    const secret = (whose: string) => newSecretOf(args, output, whose);
    let changed: CentralAccount;
    switch (sub) {
      case 'add':
        changed = await addAccount(ctx, {
          name: name ?? '',
          role: role as CentralRole,
          passphrase: await secret(name ?? ''),
        });
        break;
      case 'reset':
        changed = await resetPassphrase(ctx, {
          accountId: target(),
          passphrase: await secret(name ?? ''),
        });
        break;
      case 'deactivate':
        changed = await deactivateAccount(ctx, target());
        break;
      case 'reactivate':
        changed = await reactivateAccount(ctx, {
          accountId: target(),
          passphrase: await secret(name ?? ''),
        });
        break;
      case 'role':
        changed = await setAccountRole(ctx, {
          accountId: target(),
          role: role as CentralRole,
          passphrase: await secret(name ?? ''),
        });
        break;
      default:
        changed = await changeOwnPassphrase(ctx, await secret(opened.account.name));
    }
    out(describe(changed));
    return 0;
  } finally {
    opened.db.close();
    opened.key.fill(0);
  }
}

export const accountCommands: Record<string, Command> = {
  'central account': {
    options: { 'data-dir': VALUE, role: VALUE, 'new-secret-file': VALUE, ...ACCOUNT_OPTIONS },
    run: accountCommand,
    refusal: (error: DomainError) => new Refusal(error.code, `${error.code}: ${error.message}`),
  },
};
