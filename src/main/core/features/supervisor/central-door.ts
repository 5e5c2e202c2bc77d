/**
 * The central store's door file, `central-door.json`: the only thing in a supervisor folder
 * read before a passphrase is entered. It names the store's accounts, and holds for each the
 * store key wrapped by that account's passphrase and the account's lockout. Its exact content
 * is in docs/central-store.md ("Locked at rest").
 *
 *   wrapping key = scrypt(passphrase, salt, N = 2^17, r = 8, p = 1), 32 bytes (128 MiB)
 *   wrapped      = AES-256-GCM(wrapping key, iv, store key), with the account's id, name and
 *                  role as additional data (renaming an account or raising its role in the
 *                  file makes its wrap fail)
 */
import { createCipheriv, createDecipheriv, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '@shared/result';
import { writeDurably } from '../../kernel/durable-file';
import { PRIVATE_FILE_MODE } from '../../kernel/private-files';
import { STORE_KEY_BYTES } from '../../kernel/db/store-key';
import { MAX_FAILED_ATTEMPTS, lockoutDuration } from '../members';
import { CENTRAL_ROLES, type CentralRole } from '@shared/supervisor/central-roles';
import { CENTRAL_DOOR_FILE } from './supervisor-folder';

export const DOOR_FORMAT = 'precinct-desk/central-door';
/** Every account's passphrase is at least this long. */
export const MIN_PASSPHRASE_LENGTH = 12;
export { CENTRAL_ROLES, type CentralRole };

const KDF = { N: 1 << 17, r: 8, p: 1 } as const;
/** scrypt's memory bound must exceed 128 · N · r; twice that leaves room. */
const maxmem = (n: number, r: number) => 256 * n * r;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const wrapSchema = z.object({
  kdf: z.literal('scrypt'),
  n: z
    .number()
    .int()
    .min(1 << 14)
    .max(1 << 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: base64,
  cipher: z.literal('aes-256-gcm'),
  iv: base64,
  tag: base64,
  wrapped_key: base64,
});
const accountSchema = z.object({
  id: z.string().uuid(),
  name: z.string().min(1).max(200),
  role: z.enum(CENTRAL_ROLES),
  created_at: z.string(),
  /** Deactivated accounts are kept (nobody is deleted), without a wrap: nothing opens for them. */
  active: z.boolean().default(true),
  /** An initial passphrase set by an administrator: its holder replaces it at the next login. */
  must_change: z.boolean().default(false),
  wrap: wrapSchema.nullable(),
  lockout: z.object({
    failed_attempts: z.number().int().min(0),
    locked_until: z.string().nullable(),
    lockouts: z.number().int().min(0),
  }),
});
const doorSchema = z.object({
  format: z.literal(DOOR_FORMAT),
  version: z.literal(1),
  store: z.object({
    file: z.literal('central.db'),
    cipher: z.literal('sqlcipher-4-aes-256'),
  }),
  accounts: z.array(accountSchema).min(1),
});
export type CentralDoor = z.infer<typeof doorSchema>;
export type CentralAccount = z.infer<typeof accountSchema>;

export function doorPath(dataDir: string): string {
  return join(dataDir, CENTRAL_DOOR_FILE);
}

/** The folder's door file, or null when there is none (a new folder, or an earlier version's). */
export function readDoor(dataDir: string): CentralDoor | null {
  const path = doorPath(dataDir);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new DomainError('central_door_damaged', 'The central store’s door file does not read');
  }
  const checked = doorSchema.safeParse(parsed);
  if (!checked.success) {
    throw new DomainError('central_door_damaged', 'The central store’s door file does not read');
  }
  return checked.data;
}

/** Writes the door file whole or not at all, readable by its owner only. */
export async function writeDoor(dataDir: string, door: CentralDoor): Promise<void> {
  await writeDurably(doorPath(dataDir), `${JSON.stringify(door, null, 2)}\n`, PRIVATE_FILE_MODE);
}

function stretch(passphrase: string, salt: Buffer, n: number, r: number, p: number) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: n, r, p, maxmem: maxmem(n, r) }, (e, k) =>
      e ? reject(e) : resolve(k),
    ),
  );
}

function additionalData(account: Pick<CentralAccount, 'id' | 'name' | 'role'>): Buffer {
  return Buffer.from(`${DOOR_FORMAT} v1\n${account.id}\n${account.name}\n${account.role}`, 'utf8');
}

/** Refuses a passphrase shorter than the rule (`passphrase_too_short`). */
export function checkNewPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new DomainError(
      'passphrase_too_short',
      `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`,
      { min: MIN_PASSPHRASE_LENGTH },
    );
  }
}

/** A new wrap of `storeKey` by `passphrase`, bound to the account's id, name and role. */
export async function wrapStoreKey(
  account: Pick<CentralAccount, 'id' | 'name' | 'role'>,
  passphrase: string,
  storeKey: Buffer,
): Promise<NonNullable<CentralAccount['wrap']>> {
  checkNewPassphrase(passphrase);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrapping = await stretch(passphrase, salt, KDF.N, KDF.r, KDF.p);
  const cipher = createCipheriv('aes-256-gcm', wrapping, iv);
  cipher.setAAD(additionalData(account));
  const wrapped = Buffer.concat([cipher.update(storeKey), cipher.final()]);
  return {
    kdf: 'scrypt',
    n: KDF.N,
    r: KDF.r,
    p: KDF.p,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped_key: wrapped.toString('base64'),
  };
}

/** An account's name as kept: trimmed, not blank, at most 200 characters. */
export function accountName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 200) {
    throw new DomainError('invalid_input', 'An account needs a name');
  }
  return trimmed;
}

/**
 * A new account whose passphrase wraps `storeKey`; `mustChange` when the passphrase is an
 * initial one an administrator chose.
 */
export async function newAccount(
  name: string,
  role: CentralRole,
  passphrase: string,
  storeKey: Buffer,
  at: string,
  mustChange = false,
): Promise<CentralAccount> {
  checkNewPassphrase(passphrase);
  const account = { id: randomUUID(), name: accountName(name), role };
  return {
    ...account,
    created_at: at,
    active: true,
    must_change: mustChange,
    wrap: await wrapStoreKey(account, passphrase, storeKey),
    lockout: { failed_attempts: 0, locked_until: null, lockouts: 0 },
  };
}

/** A door of one account. */
export function newDoor(account: CentralAccount): CentralDoor {
  return {
    format: DOOR_FORMAT,
    version: 1,
    store: { file: 'central.db', cipher: 'sqlcipher-4-aes-256' },
    accounts: [account],
  };
}

/** The store key if `passphrase` opens the account's wrap, else null. */
async function unwrap(account: CentralAccount, passphrase: string): Promise<Buffer | null> {
  const { wrap } = account;
  if (!wrap) return null;
  const wrapping = await stretch(
    passphrase,
    Buffer.from(wrap.salt, 'base64'),
    wrap.n,
    wrap.r,
    wrap.p,
  );
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrapping, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(additionalData(account));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const key = Buffer.concat([
      decipher.update(Buffer.from(wrap.wrapped_key, 'base64')),
      decipher.final(),
    ]);
    return key.length === STORE_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/** What opening the door gives: the store key, the account, and the failures the login cleared. */
export interface DoorOpened {
  key: Buffer;
  account: CentralAccount;
  cleared: { failed_attempts: number; lockouts: number };
}

/** One check at a time per folder, so parallel guesses cannot outrun the lockout. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Opens the door: the account named `name` (as written, without case) and its passphrase give
 * the store key. A locked-out account is refused (`locked_out`) without trying; a wrong
 * passphrase (`wrong_passphrase`) counts in the door file, and the fifth in a row locks the
 * account for five minutes, twice as long each further time until it next opens (as members'
 * PINs are). A right passphrase clears the count. Nothing else is written.
 */
export function unlockDoor(
  dataDir: string,
  name: string,
  passphrase: string,
  now: number,
): Promise<DoorOpened> {
  return inDoorQueue(dataDir, () => tryDoor(dataDir, name, passphrase, now));
}

/** Runs `work` after every earlier read-and-write of the folder's door file has finished. */
export function inDoorQueue<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  queues.set(dataDir, run);
  void run
    .finally(() => {
      if (queues.get(dataDir) === run) queues.delete(dataDir);
    })
    .catch(() => undefined);
  return run;
}

async function tryDoor(
  dataDir: string,
  name: string,
  passphrase: string,
  now: number,
): Promise<DoorOpened> {
  const door = readDoor(dataDir);
  if (!door)
    throw new DomainError('central_not_initialized', 'Supervisor mode is not started here');
  const wanted = name.trim().toLocaleLowerCase();
  const account = door.accounts.find((a) => a.name.toLocaleLowerCase() === wanted);
  if (!account) throw new DomainError('unknown_account', 'No such account in this central store');
  if (!account.active || !account.wrap) {
    throw new DomainError('account_inactive', `The account ${account.name} is deactivated`);
  }
  const { lockout } = account;
  if (lockout.locked_until !== null && Date.parse(lockout.locked_until) > now) {
    throw new DomainError('account_locked_out', `The account ${account.name} is locked out`, {
      until: lockout.locked_until,
    });
  }
  const key = await unwrap(account, passphrase);
  if (key) {
    const cleared = { failed_attempts: lockout.failed_attempts, lockouts: lockout.lockouts };
    if (lockout.failed_attempts > 0 || lockout.lockouts > 0 || lockout.locked_until !== null) {
      account.lockout = { failed_attempts: 0, locked_until: null, lockouts: 0 };
      await writeDoor(dataDir, door);
    }
    return { key, account, cleared };
  }
  const failed = lockout.failed_attempts + 1;
  if (failed >= MAX_FAILED_ATTEMPTS) {
    const until = new Date(now + lockoutDuration(lockout.lockouts)).toISOString();
    account.lockout = { failed_attempts: 0, locked_until: until, lockouts: lockout.lockouts + 1 };
    await writeDoor(dataDir, door);
    throw new DomainError('account_locked_out', `The account ${account.name} is locked out`, {
      until,
    });
  }
  account.lockout = { ...lockout, failed_attempts: failed, locked_until: null };
  await writeDoor(dataDir, door);
  throw new DomainError('wrong_passphrase', 'Wrong passphrase', {
    left: MAX_FAILED_ATTEMPTS - failed,
  });
}
