/**
 * Writes one backup of the laptop's store to a folder (docs/backups.md): the store copied with
 * its own key (`VACUUM INTO`, as the upgrade backups), the door's wraps, a clear header; the
 * file written whole or not at all (durable-file.ts), and then the folder's backups of this
 * laptop beyond the newest ten removed — only once the new one stands whole.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '@shared/result';
import type { DoorFile } from '../../kernel/at-rest/door-file';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { writeDurably } from '../../kernel/durable-file';
import { databaseFailure, fileFailureCode } from '../../kernel/media-failure';
import { narrowFile } from '../../kernel/private-files';
import {
  backupChunks,
  backupDoor,
  backupFileName,
  BACKUPS_KEPT,
  digestOf,
  doorLineOf,
  listBackups,
  signedHeaderText,
  type BackupHeader,
} from './backup-file';
import { signBytes } from '../../airgap/keys';
import { GENESIS_HASH } from '../../kernel/events/event-hash';

/** What a backup is made from: the open store and the facts its header names. */
export interface BackupSource {
  db: Db;
  dataDir: string;
  clock: Clock;
  deviceId: string;
  /** Waits for work holding the write transaction across awaits (a list import). */
  idle(): Promise<void>;
  /** The laptop's Ed25519 key: it signs each backup's header. */
  deviceKey(): { privateKeyPem: string; publicKey: string };
  /** The door as it stands (its wraps). */
  door(): DoorFile;
  /** The package's ids and slot (null for a precinct set up by hand) and the number. */
  facts(): {
    electionId: string | null;
    precinctId: string | null;
    precinctNumber: number | null;
    slot: number | null;
  };
}

/** The store's own copy is made beside it, hidden, and removed after. */
const COPY_PREFIX = '.backup-copy-';

/** Removes store copies a backup killed midway left in the data folder (encrypted, unused). */
export function removeLeftCopies(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(COPY_PREFIX)) rmSync(join(dataDir, name), { force: true });
  }
}

/** The laptop's own last event. */
export function ownLastSeq(db: Db, deviceId: string): number {
  return ownHead(db, deviceId).seq;
}

/** The laptop's own last event and its hash (the genesis hash before any). */
function ownHead(db: Db, deviceId: string): { seq: number; hash: string } {
  const row = db
    .prepare<[string], { seq: number; hash: string }>(
      'SELECT seq, hash FROM events WHERE device_id = ? ORDER BY seq DESC LIMIT 1',
    )
    .get(deviceId);
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** Refuses a folder that is not there (`backup_folder_missing`): the stick is out. */
export async function requireFolder(folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      throw new DomainError(fileFailureCode(error), `Cannot reach ${folder}`, { path: folder });
    }
  }
  throw new DomainError('backup_folder_missing', `No backup folder at ${folder}`, {
    path: folder,
  });
}

/**
 * Writes a backup of the store to `folder` and keeps the laptop's newest ten there. The copy
 * is taken in one statement, so the ballot recorded next waits for no file: only the copy
 * itself (a read of the store) runs on the app's thread; the file is written asynchronously.
 */
export async function writeBackup(
  source: BackupSource,
  folder: string,
): Promise<{ path: string; header: BackupHeader }> {
  await requireFolder(folder);
  const door = backupDoor(source.door());
  const copy = join(source.dataDir, `${COPY_PREFIX}${randomUUID()}.tmp`);
  try {
    while (source.db.inTransaction) {
      await source.idle();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Synchronous together: the seq read is the copy's (nothing can be appended in between).
    const head = ownHead(source.db, source.deviceId);
    try {
      source.db.prepare('VACUUM INTO ?').run(copy);
    } catch (error) {
      throw databaseFailure(error) ?? error;
    }
    narrowFile(copy);
    const store = await digestOf(copy);
    const doorLine = doorLineOf(door);
    const facts = source.facts();
    const key = source.deviceKey();
    const fields: Omit<BackupHeader, 'signature'> = {
      format: 'precinct-desk backup',
      version: 1,
      created_at: new Date(source.clock.now()).toISOString(),
      election_id: facts.electionId,
      precinct_id: facts.precinctId,
      precinct_number: facts.precinctNumber,
      device_id: source.deviceId,
      slot: facts.slot,
      device_public_key: key.publicKey,
      last_seq: head.seq,
      head_hash: head.hash,
      door_bytes: doorLine.length,
      door_sha256: createHash('sha256').update(doorLine).digest('hex'),
      store_bytes: store.bytes,
      store_sha256: store.sha256,
    };
    const header: BackupHeader = {
      ...fields,
      signature: signBytes(key.privateKeyPem, signedHeaderText(fields)).toString('base64'),
    };
    const path = join(folder, backupFileName(header));
    await writeDurably(path, backupChunks(header, doorLine, copy), 0o600);
    await pruneBackups(folder, source.deviceId, path);
    return { path, header };
  } finally {
    await rm(copy, { force: true });
  }
}

/**
 * Keeps this laptop's newest ten backups in the folder (never the one just written, never
 * another laptop's); a file that cannot be removed stays (the next backup tries again).
 */
async function pruneBackups(folder: string, deviceId: string, written: string): Promise<void> {
  const { backups } = await listBackups(folder);
  const own = backups.filter((b) => b.header.device_id === deviceId && b.path !== written);
  for (const old of own.slice(0, Math.max(0, own.length - (BACKUPS_KEPT - 1)))) {
    await rm(old.path, { force: true }).catch(() => undefined);
  }
}
