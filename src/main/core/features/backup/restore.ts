/**
 * A replacement laptop made from a backup (docs/backups.md, "Restoring"): the backup opened
 * with the chair's PIN or recovery code (the wraps its door carries), the precinct's package
 * opened with its handover code for a free device slot, and the store written to a new folder
 * under a new device identity. The old laptop's events stay in the log as they were, its own
 * past (the restored range); its device key is deleted from the store, so the new laptop can
 * never sign as the old one.
 */
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import type { PackageContent } from '@shared/sync/package-content';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { DomainError } from '@shared/result';
import { openPackage } from '../../airgap/package-file';
import { certify } from '../../airgap/sync-file';
import { createEventLog, openStore, storeDevice } from '../../feature-list';
import { doorPath, parseDoor, writeDoor, type DoorFile } from '../../kernel/at-rest/door-file';
import { openWithSecret } from '../../kernel/at-rest/door-wraps';
import { ensurePrivateFolder, flushFileSync } from '../../kernel/at-rest/private-files';
import type { Clock } from '../../kernel/clock';
import { DATABASE_FILE } from '../../kernel/data-dir';
import { RESTORED_FROM_PREF } from '../../kernel/device-identity';
import { localPrefs } from '../../kernel/prefs';
import { normaliseRecoveryCode } from '../members';
import { deviceKey, forgetReplacedExports, readKeys, writeKeys } from '../sync';
import { listBackups, readBackup, type BackupHeader, type OpenedBackup } from './backup-file';

export interface RestoreRequest {
  /** A backup file, or a folder whose newest backup is taken. */
  from: string;
  /** The new laptop's data folder: empty, or not there yet. */
  dataDir: string;
  packageBytes: Buffer;
  handoverCode: string;
  /** The chair, by full name or id, and the chair's PIN or recovery code. */
  chair: string;
  secret: string;
  clock: Clock;
}

export interface Restored {
  backup: string;
  header: BackupHeader;
  key: Buffer;
  door: DoorFile;
  oldDeviceId: string;
  newDeviceId: string;
  slot: number;
  chairId: string;
}

/** The backup a restore reads: the file named, or a folder's newest. */
export async function chosenBackup(from: string): Promise<string> {
  if (!existsSync(from)) {
    throw new DomainError('backup_not_found', `No backup at ${from}`, { path: from });
  }
  if (!statSync(from).isDirectory()) return from;
  const newest = (await listBackups(from)).backups.at(-1);
  if (!newest) throw new DomainError('backup_not_found', `No backup in ${from}`, { path: from });
  return newest.path;
}

/** The store key the chair's PIN, else the recovery code, opens among the backup's wraps. */
async function chairKey(door: DoorFile, chair: string, secret: string) {
  const member = door.members.find(
    (m) => (m.id === chair || m.name === chair) && m.role === 'chair' && m.active,
  );
  if (!member) throw new DomainError('forbidden', 'Only the chair restores a backup');
  const key =
    (await openWithSecret(door, 'pin', member.id, secret)) ??
    (await openWithSecret(door, 'recovery_code', member.id, normaliseRecoveryCode(secret)));
  if (!key) throw new DomainError('wrong_pin', 'The PIN or recovery code does not open it');
  return { key, chairId: member.id };
}

/** Slots some device of the precinct has shown in this log (its certificate). */
function slotsSeen(db: ReturnType<typeof openStore>): Set<number> {
  const rows = db
    .prepare<[], { slot: number | null }>(
      `SELECT json_extract(payload_json, '$.slot') AS slot FROM events
       WHERE type = 'sync.device_enrolled'`,
    )
    .all();
  return new Set(rows.flatMap((r) => (r.slot === null ? [] : [r.slot])));
}

export async function restoreFromBackup(request: RestoreRequest): Promise<Restored> {
  const { dataDir } = request;
  if (existsSync(join(dataDir, DATABASE_FILE)) || existsSync(doorPath(dataDir))) {
    throw new DomainError('restore_target_not_empty', `${dataDir} already holds a store`, {
      path: dataDir,
    });
  }
  const path = await chosenBackup(request.from);
  const backup = await readBackup(path);
  const door = parseDoor(backup.door);
  const { key, chairId } = await chairKey(door, request.chair, request.secret);

  const opened = await openPackage(request.packageBytes, request.handoverCode);
  if (!opened.ok) {
    throw new DomainError(opened.problem, `The package is refused: ${opened.problem}`);
  }
  const { header } = backup;
  if (
    opened.header.election_id !== header.election_id ||
    opened.header.precinct_id !== header.precinct_id
  ) {
    throw new DomainError('restore_wrong_package', 'The package is another precinct’s');
  }

  ensurePrivateFolder(dataDir);
  const store = join(dataDir, DATABASE_FILE);
  try {
    return await writeRestored(request, path, backup, door, key, chairId, opened.content);
  } catch (error) {
    // Refused after the copy (no free slot, a store not the header's): nothing is left.
    for (const file of [store, `${store}-wal`, `${store}-shm`, doorPath(dataDir)]) {
      rmSync(file, { force: true });
    }
    throw error;
  }
}

/** Writes the backup's store and door into the new folder and gives it its new identity. */
async function writeRestored(
  request: RestoreRequest,
  path: string,
  backup: OpenedBackup,
  door: DoorFile,
  key: Buffer,
  chairId: string,
  content: PackageContent,
): Promise<Restored> {
  const { dataDir } = request;
  const { header } = backup;
  const store = join(dataDir, DATABASE_FILE);
  await pipeline(
    createReadStream(path, { start: backup.storeOffset }),
    createWriteStream(store, { mode: 0o600, flags: 'wx' }),
  );
  flushFileSync(store);
  writeDoor(dataDir, { ...door, sealing: null });

  const db = openStore(dataDir, key);
  try {
    const old = deviceKey(db);
    if (old.deviceId !== header.device_id) {
      throw new DomainError('backup_damaged', 'The store is not the laptop the header names');
    }
    const seen = slotsSeen(db);
    if (header.slot !== null) seen.add(header.slot);
    const slot = content.slots.find((s) => s.key_pem !== null && !seen.has(s.slot));
    if (!slot?.key_pem) {
      throw new DomainError('slot_unavailable', 'The package has no slot no laptop has shown');
    }
    // The old laptop's private key is overwritten where it stood, never kept.
    db.pragma('secure_delete = ON');
    db.prepare('DELETE FROM device WHERE id = 1').run();
    const prefs = localPrefs(db);
    const before = JSON.parse(prefs.get(RESTORED_FROM_PREF) ?? '[]') as string[];
    prefs.set(RESTORED_FROM_PREF, JSON.stringify([...before, old.deviceId]));
    const device = storeDevice(db, request.clock);
    const fresh = deviceKey(db);
    const keys = readKeys(db);
    if (!keys) throw new DomainError('no_package', 'The backup holds no package');
    const certificate = certify(slot.key_pem, {
      device_id: fresh.deviceId,
      device_public_key: fresh.publicKey,
      election_id: keys.election_id,
      precinct_id: keys.precinct_id,
      slot: slot.slot,
    });
    const log = createEventLog(db, device.deviceId, request.clock);
    db.transaction(() => {
      writeKeys(db, { ...keys, slot: slot.slot, slot_public_key: slot.public_key, certificate });
      forgetReplacedExports(db);
      log.record('sync.device_enrolled', chairId, {
        device_id: fresh.deviceId,
        device_public_key: fresh.publicKey,
        election_id: keys.election_id,
        precinct_id: keys.precinct_id,
        slot: slot.slot,
        slot_public_key: slot.public_key,
        certificate,
      });
      log.record('backup.restored', chairId, {
        old_device_id: old.deviceId,
        old_device_public_key: header.device_public_key,
        old_slot: header.slot,
        old_last_seq: header.last_seq,
        old_head_hash: header.head_hash,
        backup_created_at: header.created_at,
        backup_signature: header.signature,
        new_slot: slot.slot,
        backup_header: header,
      });
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      backup: path,
      header,
      key,
      door: parseDoor({ ...door, sealing: null }),
      oldDeviceId: old.deviceId,
      newDeviceId: device.deviceId,
      slot: slot.slot,
      chairId,
    };
  } finally {
    db.close();
  }
}
