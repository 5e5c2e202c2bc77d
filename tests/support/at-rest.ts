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

/** The store key a secret opens in a folder's door; throws when it opens none. */
export async function storeKeyOf(dataDir: string, secret: FolderSecret): Promise<Buffer> {
  const door = readDoor(dataDir);
  if (!door) throw new Error(`no door file in ${dataDir}`);
  if (door.open_key) return Buffer.from(door.open_key, 'base64');
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

/** The folder's store opened with a secret (read-only unless `writable`). */
export async function openFolderStore(
  dataDir: string,
  secret: FolderSecret,
  writable = false,
): Promise<Db> {
  const key = await storeKeyOf(dataDir, secret);
  const db = new Database(join(dataDir, 'precinct.db'), {
    readonly: !writable,
    fileMustExist: true,
  });
  applyStoreKey(db, key);
  return db;
}
