/**
 * Opening the central store locked at rest: its key comes only from an account's passphrase
 * through the door file (central-door.ts). A folder of an earlier version, whose store is
 * plain, is encrypted in place when its administrator is first made (`central init`, or the
 * app's first form): a new encrypted file, one rename, the old file overwritten and removed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import {
  encryptedCopy,
  finishRetired,
  isPlainStore,
  overwrite,
  swapInEncrypted,
} from '../../kernel/db/encrypt-in-place';
import { STORE_KEY_BYTES, WrongStoreKeyError } from '../../kernel/db/store-key';
import { privateFolder } from '../../kernel/private-files';
import { readCentralKeys } from './central-keys';
import {
  checkNewPassphrase,
  newAccount,
  newDoor,
  readDoor,
  unlockDoor,
  writeDoor,
  type CentralAccount,
} from './central-door';
import { openCentralDatabase } from './supervisor-db';
import { centralDatabasePath } from './supervisor-folder';

/**
 * Where a folder's central store stands before anyone has entered a passphrase: `new` (no
 * store yet), `previous` (a plain store of an earlier version, encrypted when its administrator
 * is made), `locked` (a door file: an account's passphrase opens it).
 */
export type CentralAccess = 'new' | 'previous' | 'locked';

export function centralAccess(dataDir: string): CentralAccess {
  if (readDoor(dataDir)) return 'locked';
  return existsSync(centralDatabasePath(dataDir)) ? 'previous' : 'new';
}

/** An open central store, the key it is encrypted with and the account that opened it. */
export interface OpenedCentral {
  db: Db;
  key: Buffer;
  account: CentralAccount;
  /** Whether a plain store of an earlier version was encrypted by this opening. */
  converted: boolean;
  /** The wrong passphrases and lockouts this login cleared from the door file. */
  cleared: { failed_attempts: number; lockouts: number };
}

/**
 * Makes the administrator: a random store key wrapped by their passphrase (12+ characters)
 * in a new door file, and the store opened with it (a plain store of an earlier version is
 * encrypted first, its central keys kept). Where a door already stands the account must open
 * it (a crash may have come before the keys were made): the caller then makes the keys, or
 * refuses when they exist. Bad input is refused before anything is written.
 */
export async function initCentralStore(
  dataDir: string,
  name: string,
  passphrase: string,
  now: number,
): Promise<OpenedCentral> {
  if (readDoor(dataDir)) return unlockCentralStore(dataDir, name, passphrase, now);
  checkNewPassphrase(passphrase);
  const file = centralDatabasePath(dataDir);
  // An encrypted store without its door cannot be opened by anyone: never overwritten.
  if (existsSync(file) && !isPlainStore(file)) {
    throw new DomainError('central_door_damaged', 'The central store has no door file');
  }
  privateFolder(dataDir);
  const key = randomBytes(STORE_KEY_BYTES);
  const account = await newAccount(name, 'administrator', passphrase, key, iso(now));
  let converted = false;
  if (existsSync(file)) {
    // The copy is made first, the door written, then the copy swapped in: a crash before the
    // swap leaves the plain store and a door whose key the next opening encrypts it with.
    const copy = encryptedCopy(file, key);
    await writeDoor(dataDir, newDoor(account));
    swapInEncrypted(file, copy);
    retirePlainBackups(file);
    converted = true;
  } else {
    await writeDoor(dataDir, newDoor(account));
  }
  const cleared = { failed_attempts: 0, lockouts: 0 };
  return { db: openWithKey(dataDir, key), key, account, converted, cleared };
}

/**
 * Opens the store with an account's passphrase (`wrong_passphrase`, `locked_out`,
 * `unknown_account` otherwise, nothing opened). Finishes what a crash left of an encryption in
 * place: a plain store beside a door is encrypted with the door's key, an old file overwritten.
 */
export async function unlockCentralStore(
  dataDir: string,
  name: string,
  passphrase: string,
  now: number,
): Promise<OpenedCentral> {
  const { key, account, cleared } = await unlockDoor(dataDir, name, passphrase, now);
  const file = centralDatabasePath(dataDir);
  finishRetired(file);
  let converted = false;
  if (isPlainStore(file)) {
    swapInEncrypted(file, encryptedCopy(file, key));
    converted = true;
  }
  // Also when a kill came after the swap, before the backups were gone.
  retirePlainBackups(file);
  return { db: openWithKey(dataDir, key), key, account, converted, cleared };
}

/** Whether an opened store holds the central keys already. */
export function hasCentralKeys(db: Db): boolean {
  return readCentralKeys(db) !== null;
}

function openWithKey(dataDir: string, key: Buffer): Db {
  try {
    return openCentralDatabase(dataDir, true, key) as Db;
  } catch (error) {
    if (error instanceof WrongStoreKeyError) {
      throw new DomainError('central_door_damaged', 'The door’s key does not open the store');
    }
    throw error;
  }
}

/**
 * The upgrade copies an earlier version kept beside the plain store (`central.db.v3.bak`) hold
 * it in clear: overwritten and removed once the store is encrypted.
 */
function retirePlainBackups(file: string): void {
  const folder = dirname(file);
  const pattern = new RegExp(`^${basename(file).replace('.', '\\.')}\\.v\\d+\\.bak$`);
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (pattern.test(name) && isPlainStore(path)) {
      overwrite(path);
      rmSync(path, { force: true });
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
