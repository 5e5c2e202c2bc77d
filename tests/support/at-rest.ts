/** Opening a test's data folder store with the secret that seals it (kernel/at-rest). */
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { handoverSecret } from '../../src/main/core/features/sync';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { openWithSecret } from '../../src/main/core/kernel/at-rest/door-wraps';
import type { Db } from '../../src/main/core/kernel/db/database';
import { applyStoreKey } from '../../src/main/core/kernel/db/store-key';

/** A secret that opens a folder: a member's PIN, a handover code, or the folder's own. */
export type FolderSecret =
  { memberId: string; pin: string } | { handoverCode: string } | { folderSecret: string };

/** The key that stands in a folder's door while no secret seals it; throws otherwise. */
export function readDoorKey(dataDir: string): Buffer {
  const key = readDoor(dataDir)?.open_key;
  if (!key) throw new Error(`the store in ${dataDir} is sealed`);
  return Buffer.from(key, 'base64');
}

/**
 * The store key a secret opens in a folder's door (or the door's own key while none seals
 * it, unless `ignoreOpenKey`); throws when it opens none.
 */
export async function storeKeyOf(
  dataDir: string,
  secret: FolderSecret,
  ignoreOpenKey = false,
): Promise<Buffer> {
  const door = readDoor(dataDir);
  if (!door) throw new Error(`no door file in ${dataDir}`);
  if (door.open_key && !ignoreOpenKey) return Buffer.from(door.open_key, 'base64');
  const key =
    'handoverCode' in secret
      ? await openWithSecret(door, 'handover_code', null, handoverSecret(secret.handoverCode))
      : 'folderSecret' in secret
        ? await openWithSecret(door, 'folder_secret', null, secret.folderSecret)
        : ((await openWithSecret(door, 'pin', secret.memberId, secret.pin)) ??
          (await openWithSecret(door, 'temporary_pin', secret.memberId, secret.pin)));
  if (!key) throw new Error('the secret opens no wrap of the store key');
  return key;
}

/**
 * The folder's store opened (read-only unless `writable`) with the key in its door, or, when
 * a secret seals it (or a seal changed the key before the door followed), with the secret.
 */
export async function openFolderStore(
  dataDir: string,
  secret: FolderSecret,
  writable = false,
): Promise<Db> {
  const db = new Database(join(dataDir, 'precinct.db'), {
    readonly: !writable,
    fileMustExist: true,
  });
  try {
    const openKey = readDoor(dataDir)?.open_key;
    if (openKey) {
      try {
        applyStoreKey(db, Buffer.from(openKey, 'base64'));
        return db;
      } catch {
        // A seal took the store's key before the door dropped the old one: the secret opens it.
      }
    }
    applyStoreKey(db, await storeKeyOf(dataDir, secret, true));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A folder's store opened with a key already known (copies of one folder share it). */
export function keyedDatabase(
  dataDir: string,
  key: Buffer,
  options: { readonly?: boolean } = {},
): Db {
  const db = new Database(join(dataDir, 'precinct.db'), options);
  applyStoreKey(db, key);
  return db;
}
