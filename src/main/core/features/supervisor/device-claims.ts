import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { keyFingerprint } from '../../airgap/keys';
import { openSyncFile, type SyncHeader } from '../../airgap/sync-file';
import type { DeviceRow } from './chain-store';
import { raiseAlarm } from './conflicts';

/**
 * Two certified devices showing one device id (docs/central-store.md, "Claims on a device id").
 * Device ids are chosen by the laptops, so a laptop made from another precinct's package (or a
 * spare slot of the same one) could show a real laptop's id before the real one's first file.
 * The store cannot tell which is real: the later device's files are held under a
 * `device_id_claimed` alarm instead of being refused, and the supervisor decides — revoking
 * the holder retires it under another id and lets the held files in; keeping it drops them.
 */
const SEPARATOR = '|';

/** The alarm's subject: the id, and the key of the device claiming it. */
const subjectOf = (header: SyncHeader) =>
  `${header.device_id}${SEPARATOR}${header.device_public_key}`;

export function raiseClaim(db: Db, holder: DeviceRow, header: SyncHeader, now: string): void {
  raiseAlarm(
    db,
    {
      kind: 'device_id_claimed',
      subjectKey: subjectOf(header),
      subject: header.device_id,
      precinctIds: [...new Set([holder.precinct_id, header.precinct_id])],
      details: `held by ${holder.precinct_id} #${holder.slot ?? '?'}; claimed by ${header.precinct_id} #${header.slot}`,
    },
    now,
  );
}

/** Whether a device with this key was revoked (a retired holder keeps its key, revoked). */
export function isRevokedKey(db: Db, publicKey: string): boolean {
  return (
    cachedStatement(
      db,
      'SELECT 1 FROM devices WHERE public_key = ? AND revoked_at IS NOT NULL LIMIT 1',
    ).get(publicKey) !== undefined
  );
}

/** Whether another device id holds the header's key. */
export function keyHeldElsewhere(db: Db, header: SyncHeader): boolean {
  return (
    cachedStatement(
      db,
      'SELECT 1 FROM devices WHERE public_key = ? AND device_id <> ? LIMIT 1',
    ).get(header.device_public_key, header.device_id) !== undefined
  );
}

/** Whether a supervisor already kept the holder against this claimer. */
export function claimRefused(db: Db, header: SyncHeader): boolean {
  return (
    cachedStatement(
      db,
      `SELECT 1 FROM alarms WHERE kind = 'device_id_claimed' AND subject_key = ?
       AND decided_at IS NOT NULL`,
    ).get(subjectOf(header)) !== undefined
  );
}

/**
 * The decision on a claim: a revoked holder is retired (its chain kept under a new id, so
 * its events still count as they did) and the id is free for the claimer's held files; a
 * holder in use keeps the id, and the claimer's held files are dropped. Returns the id whose
 * held files may now go in, or null.
 */
export function settleClaim(db: Db, alarmId: string): string | null {
  const row = db
    .prepare<[string], { subject_key: string }>(
      "SELECT subject_key FROM alarms WHERE alarm_id = ? AND kind = 'device_id_claimed'",
    )
    .get(alarmId);
  const at = row?.subject_key.indexOf(SEPARATOR) ?? -1;
  if (!row || at < 0) return null;
  const deviceId = row.subject_key.slice(0, at);
  const claimerKey = row.subject_key.slice(at + 1);
  const holder = db
    .prepare<[string], { public_key: string; revoked_at: string | null }>(
      'SELECT public_key, revoked_at FROM devices WHERE device_id = ?',
    )
    .get(deviceId);
  if (holder && holder.revoked_at === null) {
    dropClaimerFiles(db, deviceId, claimerKey);
    return null;
  }
  if (holder) retire(db, deviceId, `${deviceId}~${keyFingerprint(holder.public_key).slice(0, 12)}`);
  return deviceId;
}

/** Moves a device's chain, roster and void events to a new id, in one transaction. */
function retire(db: Db, deviceId: string, newId: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO devices (device_id, precinct_id, public_key, enrolled_at, last_sync_at,
         head_seq, head_hash, revoked_at, revoked_by, revoked_reason, revoked_head_seq, slot,
         issued_ballots)
       SELECT ?, precinct_id, public_key, enrolled_at, last_sync_at, head_seq, head_hash,
         revoked_at, revoked_by, revoked_reason, revoked_head_seq, slot, issued_ballots
       FROM devices WHERE device_id = ?`,
    ).run(newId, deviceId);
    // The chair's sections name the id, that is the laptop the id is left to: not moved.
    for (const table of ['event_ranges', 'device_members', 'void_events']) {
      db.prepare(`UPDATE ${table} SET device_id = ? WHERE device_id = ?`).run(newId, deviceId);
    }
    db.prepare('DELETE FROM devices WHERE device_id = ?').run(deviceId);
  })();
}

function dropClaimerFiles(db: Db, deviceId: string, claimerKey: string): void {
  const held = db
    .prepare<[string], { file_sha256: string; bytes: Buffer }>(
      'SELECT file_sha256, bytes FROM held_files WHERE device_id = ?',
    )
    .all(deviceId);
  for (const file of held) {
    const opened = openSyncFile(file.bytes);
    if (!opened.ok || opened.header.device_public_key === claimerKey) {
      db.prepare('DELETE FROM held_files WHERE file_sha256 = ?').run(file.file_sha256);
    }
  }
}
