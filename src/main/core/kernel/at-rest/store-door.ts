/**
 * Before a precinct's store is opened: the folder made private, an interrupted conversion
 * finished, a store of the previous format encrypted, and the door read to say whether the
 * store opens now (no secret protects it yet) or waits for a secret (sealed).
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '@shared/result';
import { applyStoreKey } from '../db/store-key';
import type { Db } from '../db/database';
import { databasePath } from '../db/database';
import { newDoor, readDoor, writeDoor, type DoorFile } from './door-file';
import { newStoreKey } from './key-wrap';
import { encryptInPlace, finishConversions, isPlainDatabase, plainBackups } from './plain-store';
import { ensurePrivateFolder } from './private-files';

export type StoreDoorState =
  /** The store opens with this key now (nothing seals it yet). */
  | { kind: 'open'; key: Buffer; door: DoorFile }
  /** The store waits for a secret that opens one of the door's wraps. */
  | { kind: 'locked'; door: DoorFile };

/**
 * Readies a data folder's store for opening (see above). A sealed door without its store, or
 * an encrypted store without its door, is refused (`store_missing`, `door_missing`): nothing
 * is made over it.
 */
export function prepareStoreFolder(
  dataDir: string,
  /** The newest schema this app knows: a plain store of a newer one is left as it is. */
  newestSchema = Number.POSITIVE_INFINITY,
): StoreDoorState {
  ensurePrivateFolder(dataDir);
  finishConversions(dataDir);
  let door = readDoor(dataDir);
  const file = databasePath(dataDir);
  const hasStore = existsSync(file) && statSync(file).size > 0;
  if (!hasStore) {
    if (door && door.open_key === null) {
      throw new DomainError('store_missing', 'The door file names a store that is not there');
    }
    if (!door) {
      door = newDoor(newStoreKey());
      writeDoor(dataDir, door);
    }
    return { kind: 'open', key: Buffer.from(door.open_key ?? '', 'base64'), door };
  }
  if (isPlainDatabase(file)) {
    const plain = new Database(file, { readonly: true, fileMustExist: true });
    const found = plain.pragma('user_version', { simple: true }) as number;
    plain.close();
    if (found > newestSchema) {
      throw new DomainError(
        'database_newer',
        `The database is from a newer version of Precinct Desk (schema ${found}, this app knows ${newestSchema}); it was left as it is.`,
        { found, known: newestSchema },
      );
    }
    if (door && door.open_key === null) {
      throw new DomainError('door_mismatch', 'The store is not the one the door file seals');
    }
    if (!door) {
      door = newDoor(newStoreKey());
      // The key stands in the door before the store is encrypted with it.
      writeDoor(dataDir, door);
    }
    const key = Buffer.from(door.open_key ?? '', 'base64');
    for (const backup of plainBackups(dataDir, basename(file)))
      encryptInPlace(dataDir, backup, key);
    encryptInPlace(dataDir, basename(file), key);
    return { kind: 'open', key, door };
  }
  if (!door) throw new DomainError('door_missing', 'The store’s door file is missing');
  if (door.open_key !== null) {
    return { kind: 'open', key: Buffer.from(door.open_key, 'base64'), door };
  }
  return { kind: 'locked', door };
}

/**
 * The key a folder's store opens with as it stands (after `prepareStoreFolder`); a store that
 * waits for a secret is refused: `precinct_folder` (only a precinct's store is ever sealed),
 * or `precinct_closed` for a closed one.
 */
export function openKeyOf(dataDir: string, newestSchema = Number.POSITIVE_INFINITY): Buffer {
  const state = prepareStoreFolder(dataDir, newestSchema);
  if (state.kind === 'open') return state.key;
  if (state.door.mode === 'closed') {
    throw new DomainError('precinct_closed', 'The precinct is closed: its store is sealed');
  }
  throw new DomainError('precinct_folder', 'This data folder belongs to a precinct');
}

/**
 * Opens a folder's store read-only without changing anything, when no secret seals it: null
 * when there is no store, `'sealed'` when one waits for a secret. A plain store (the previous
 * format, not yet converted) opens as it is.
 */
export function peekStore(dataDir: string): Db | 'sealed' | null {
  const file = databasePath(dataDir);
  if (!existsSync(file) || statSync(file).size === 0) return null;
  if (isPlainDatabase(file)) return new Database(file, { readonly: true, fileMustExist: true });
  const door = readDoor(dataDir);
  if (!door || door.open_key === null) return 'sealed';
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyStoreKey(db, Buffer.from(door.open_key, 'base64'));
  } catch {
    db.close();
    return 'sealed';
  }
  return db;
}
