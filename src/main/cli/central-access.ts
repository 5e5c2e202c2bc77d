/**
 * The central store on the command line: the commands that open it name an account and give
 * its passphrase (--secret-file or the prompt, never the command line or the environment);
 * `central init` makes the administrator.
 */
import { existsSync } from 'node:fs';
import { DomainError } from '@shared/result';
import { systemClock } from '../core/kernel/clock';
import { resolveDataDir } from '../core/kernel/data-dir';
import type { Db } from '../core/kernel/db/database';
import {
  centralAccess,
  hasCentralKeys,
  initCentralStore,
  unlockCentralStore,
} from '../core/features/supervisor/central-access';
import { checkNewPassphrase, type CentralAccount } from '../core/features/supervisor/central-door';
import { centralCan } from '@shared/supervisor/central-roles';
import type { CentralNeed } from '@shared/supervisor/central-operations';
import { folderModeOf, isSupervisorFolder } from '../core/features/supervisor/supervisor-folder';
import { openStore } from '../core/feature-list';
import { claimFolderMode } from '../core/kernel/folder-mode';
import { readDoor } from '../core/kernel/at-rest/door-file';
import { DoorKeeper } from '../core/kernel/at-rest/door-keeper';
import { makeCentralKeys, requireCentralKeys } from '../core/features/supervisor/central-keys';
import { displayFingerprint } from '../core/airgap/keys';
import { durably } from '../core/features/supervisor/supervisor-db';
import { recordSupervisorAct } from '../core/features/supervisor/supervisor-log';
import { REFUSED_SECRET_OPTIONS, newSecretOf, secretOf } from './secret-input';
import { stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { coreRefusal, Refusal, type CliOutput } from './command';

export const nowIso = () => new Date(systemClock.now()).toISOString();

export function positional(args: ParsedArgs, min: number, max: number, what: string): string[] {
  const rest = args.words.slice(2);
  if (rest.length < min) throw new UsageError(`name ${what}`);
  if (rest.length > max) throw new UsageError(`unexpected "${rest.slice(max).join(' ')}"`);
  return rest;
}

export function required(args: ParsedArgs, name: string): string {
  const value = stringOption(args, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

/** Options of every command that opens the central store: the account and its secret. */
export const ACCOUNT_OPTIONS = {
  account: VALUE,
  'secret-file': VALUE,
  ...REFUSED_SECRET_OPTIONS,
} as const;

/** The account named by --account (required before anything else is read). */
export function accountOf(args: ParsedArgs): string {
  const account = stringOption(args, 'account')?.trim();
  if (!account) throw new UsageError('--account NAME is required (the central store’s account)');
  return account;
}

/** A refusal of the central store's door (a wrong passphrase, a lockout): its code, exit 2. */
function doorRefusal(error: unknown): unknown {
  return error instanceof DomainError
    ? new Refusal(error.code, `${error.code}: ${error.message}`)
    : error;
}

/** The central store opened for a command: its folder, key and the account that opened it. */
export interface CliCentral {
  db: Db;
  dataDir: string;
  key: Buffer;
  account: CentralAccount;
}

/**
 * The central store of --data-dir opened with --account and its passphrase (--secret-file or
 * the prompt), or a usage error (exit 2) when the folder is not one. A wrong passphrase exits
 * 2 with `wrong_passphrase` and counts toward the account's lockout; nothing else changes.
 * The account's role must allow what the command does (`need`, as the app's operation needs
 * it: central-operations.ts), else `not_permitted`, exit 2, and an account that still has an
 * initial passphrase replaces it first (`passphrase_change_required`).
 */
export async function centralStore(
  args: ParsedArgs,
  output: CliOutput,
  need: CentralNeed,
): Promise<CliCentral> {
  const dataDir = resolveDataDir(required(args, 'data-dir'));
  const account = accountOf(args);
  if (!existsSync(dataDir)) throw new UsageError(`no data folder at ${dataDir}`);
  if (folderModeOf(dataDir) === 'precinct') throw precinctFolder(dataDir);
  const access = isSupervisorFolder(dataDir) ? centralAccess(dataDir) : 'new';
  if (access === 'new') {
    throw new UsageError(`${dataDir} is not a supervisor folder (run central init first)`);
  }
  if (access === 'previous') {
    throw new UsageError(
      `${dataDir} holds a central store of an earlier version, not encrypted yet: run central init --account NAME to make its administrator (the store is encrypted then, its key kept)`,
    );
  }
  const passphrase = await secretOf(args, output, `Passphrase of ${account}: `);
  let opened;
  try {
    opened = await unlockCentralStore(dataDir, account, passphrase, systemClock.now());
    await sealFolderStore(dataDir, opened.key);
  } catch (error) {
    throw doorRefusal(error);
  }
  const { db } = opened;
  if (!requireKeysOrNull(db)) {
    db.close();
    throw new UsageError(`${dataDir} holds no central key (run central init first)`);
  }
  const refusal = accountRefusal(opened.account, need);
  if (refusal) {
    db.close();
    opened.key.fill(0);
    throw refusal;
  }
  return { db, dataDir, key: opened.key, account: opened.account };
}

/** Why `account` may not run a command that needs `need`, or null when it may. */
function accountRefusal(account: CentralAccount, need: CentralNeed): Refusal | null {
  if (need === 'open' || need === 'account') return null;
  if (account.must_change) {
    return new Refusal(
      'passphrase_change_required',
      `passphrase_change_required: ${account.name} has an initial passphrase; replace it first (central account passphrase)`,
    );
  }
  if (!centralCan(account.role, need)) {
    return new Refusal(
      'not_permitted',
      `not_permitted: the ${account.role} ${account.name} may not do this (${need})`,
    );
  }
  return null;
}

function requireKeysOrNull(db: Db): boolean {
  try {
    requireCentralKeys(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * Seals the folder's own small store by the central store's key, as the app does when the
 * central store opens: a folder whose door still held that store's key in clear (made before,
 * or just now by `central init`) is rekeyed and its door keeps the key only sealed.
 */
export async function sealFolderStore(dataDir: string, centralKey: Buffer): Promise<void> {
  const door = readDoor(dataDir);
  if (!door?.open_key || door.mode === 'precinct' || door.mode === 'closed') return;
  const key = Buffer.from(door.open_key, 'base64');
  const db = openStore(dataDir, key);
  try {
    await new DoorKeeper(dataDir, db, key, door).sealByCentralKey(centralKey);
  } finally {
    db.close();
  }
}

/** A precinct's folder is never supervisor mode's (exit 2, nothing written). */
export function precinctFolder(dataDir: string): Refusal {
  return new Refusal(
    'precinct_folder',
    `${dataDir} is a precinct's data folder; supervisor mode needs its own folder`,
  );
}

/**
 * Records the folder as supervisor mode's in its precinct database, as the app's start of
 * supervisor mode does, before the central store exists: a precinct set up there meanwhile
 * is refused, and so is this when a precinct came first.
 */
export function claimSupervisorFolder(dataDir: string): void {
  // A folder whose store the central store's key seals was claimed for good already.
  if (readDoor(dataDir)?.supervisor_wrap) return;
  const db = openStore(dataDir);
  try {
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM precinct WHERE id = 1').get()) throw precinctFolder(dataDir);
      claimFolderMode(db, 'supervisor', nowIso());
    }).immediate();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'precinct_folder') {
      throw precinctFolder(dataDir);
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * `central init --data-dir C --account NAME --secret-file FILE`: makes the administrator (the
 * store key wrapped by their passphrase, 12+ characters) and the central keys; never over
 * existing ones. A store of an earlier version is encrypted in place, its keys kept.
 */
export async function centralInit(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  positional(args, 0, 0, '');
  const dataDir = resolveDataDir(required(args, 'data-dir'));
  const account = accountOf(args);
  // Checked before anything is created, then decided for good in the folder's database.
  if (folderModeOf(dataDir) === 'precinct') throw precinctFolder(dataDir);
  const door =
    existsSync(dataDir) && isSupervisorFolder(dataDir) && centralAccess(dataDir) === 'locked';
  const passphrase = door
    ? await secretOf(args, output, `Passphrase of ${account}: `)
    : await newSecretOf(args, output, `New passphrase for ${account} (12 characters or more): `);
  if (!door) checkNewPassphrase(passphrase);
  claimSupervisorFolder(dataDir);
  let opened;
  try {
    opened = await initCentralStore(dataDir, account, passphrase, systemClock.now());
  } catch (error) {
    throw error instanceof DomainError && error.code !== 'passphrase_too_short'
      ? doorRefusal(error)
      : error;
  }
  const { db, converted } = opened;
  try {
    await sealFolderStore(dataDir, opened.key);
    const by = { id: opened.account.id, name: opened.account.name };
    const record = (fingerprint: string) =>
      recordSupervisorAct(
        db,
        by,
        { type: 'store.initialized', details: { fingerprint, encrypted_in_place: converted } },
        nowIso(),
      );
    if (converted && hasCentralKeys(db)) {
      const keys = requireCentralKeys(db);
      durably(db, () => record(keys.fingerprint));
      out(`Central store in ${dataDir} encrypted in place; administrator ${opened.account.name}.`);
      out(`Its central key is kept. Fingerprint: ${displayFingerprint(keys.fingerprint)}`);
      out(`SHA-256: ${keys.fingerprint}`);
      return 0;
    }
    const keys = makeCentralKeys(db, nowIso(), (made) => record(made.fingerprint));
    out(`Central key made in ${dataDir}; administrator ${opened.account.name}.`);
    out(`Fingerprint: ${displayFingerprint(keys.fingerprint)}`);
    out(`SHA-256: ${keys.fingerprint}`);
    return 0;
  } finally {
    db.close();
  }
}

/** A central key already there is said plainly: it is never replaced (exit 2). */
export function centralInitRefusal(error: DomainError, args: ParsedArgs): Refusal {
  if (error.code !== 'central_key_exists') return coreRefusal(error);
  const dataDir = resolveDataDir(required(args, 'data-dir'));
  return new Refusal(error.code, `${dataDir} already holds a central key; it is never replaced`);
}
