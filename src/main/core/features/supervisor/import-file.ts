import { createHash } from 'node:crypto';
import type { ImportFileResult, RejectCode } from '@shared/supervisor/supervisor-contract';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { deflateRawSync } from 'node:zlib';
import { isCertified, openSyncFile, type SyncHeader } from '../../airgap/sync-file';
import { deviceRow, fileHashAt, placeInChain, storeRange, type DeviceRow } from './chain-store';
import type { CentralKeys } from './central-keys';
import { projectEvents, type PrecinctRef } from './supervisor-projection';
import { readBody, type PreparedFile } from './file-reader';
import { raiseAlarm } from './conflicts';
import { deviceAuthority, storeRoster, voidSeqs } from './device-authority';
import { isSlotOfPrecinct, markSlotUsed, slotDisputed } from './slots';
import { recordAttestation } from './attestation';
import { claimRefused, isRevokedKey, keyHeldElsewhere, raiseClaim } from './device-claims';
import { checkRestoredRange } from './restored-import';

export interface ImportContext {
  db: Db;
  keys: CentralKeys;
  /** Larger files are refused before they are read (256 MiB by default). */
  maxBytes: number;
  now: () => string;
}

interface PrecinctRow extends PrecinctRef {
  election_id: string;
}

export const result = (
  file: string,
  status: ImportFileResult['status'],
  code: RejectCode | null,
  header?: SyncHeader,
  extra: Partial<ImportFileResult> = {},
): ImportFileResult => ({
  file,
  status,
  code,
  device: header?.device_id ?? null,
  precinctId: header?.precinct_id ?? null,
  firstSeq: header?.first_seq ?? null,
  lastSeq: header?.last_seq ?? null,
  newEvents: 0,
  waitingFor: null,
  ...extra,
});

/**
 * The trust checks of a header: election, precinct, the device's certificate (signed by a
 * slot key this store made for the precinct, for the slot it names), the key and slot a known
 * device first showed, revocation.
 */
function trust(
  db: Db,
  header: SyncHeader,
):
  | { code: RejectCode }
  | { claimOf: DeviceRow }
  | { precinct: PrecinctRow; device: DeviceRow | undefined } {
  const election = cachedStatement(db, 'SELECT 1 FROM precincts WHERE election_id = ? LIMIT 1');
  if (election.get(header.election_id) === undefined) return { code: 'wrong_election' };
  const precinct = cachedStatement(
    db,
    `SELECT precinct_id, election_id, time_zone, voting_day FROM precincts WHERE precinct_id = ?`,
  ).get(header.precinct_id) as PrecinctRow | undefined;
  if (!precinct) return { code: 'unknown_device' };
  if (precinct.election_id !== header.election_id) return { code: 'wrong_election' };
  if (!isCertified(header)) return { code: 'unknown_device' };
  if (!isSlotOfPrecinct(db, header)) return { code: 'unknown_slot' };
  // A device id belongs to the key and the slot certificate it first showed.
  const device = deviceRow(db, header.device_id);
  if (device) {
    // Another certified key showing a known id: a claim a supervisor decides (unless decided).
    if (device.public_key !== header.device_public_key) {
      if (isRevokedKey(db, header.device_public_key)) return { code: 'revoked_device' };
      // One key is one device: a key another id holds claims nothing.
      if (keyHeldElsewhere(db, header)) return { code: 'unknown_device' };
      return claimRefused(db, header) ? { code: 'unknown_device' } : { claimOf: device };
    }
    if (device.precinct_id !== precinct.precinct_id || device.slot !== header.slot) {
      return { code: 'unknown_device' };
    }
    if (device.revoked_head_seq !== null && header.last_seq > device.revoked_head_seq) {
      return { code: 'revoked_device' };
    }
  }
  return { precinct, device };
}

/**
 * Checks one file's bytes and, unless `dryRun`, applies it in one transaction: the events
 * beyond the device's head (accepted), nothing (already imported), the bytes kept for later
 * (held), or nothing at all with a code (rejected; a fork also raises its alarm).
 */
export function importBytes(
  ctx: ImportContext,
  file: string,
  bytes: Buffer,
  options: { dryRun?: boolean; fromHeld?: boolean } = {},
  /** The file as a reader already opened and decoded it (file-reader.ts), if it did. */
  prepared?: PreparedFile,
): ImportFileResult {
  // No single file stops an import: whatever fails in one file's checks or projection
  // becomes that file's refusal (its transaction rolled back), and the next file goes on.
  try {
    return importChecked(ctx, file, bytes, options, prepared);
  } catch {
    return result(file, 'rejected', 'malformed');
  }
}

function importChecked(
  ctx: ImportContext,
  file: string,
  bytes: Buffer,
  options: { dryRun?: boolean; fromHeld?: boolean },
  prepared: PreparedFile | undefined,
): ImportFileResult {
  const { db } = ctx;
  const opened = prepared?.opened ?? openSyncFile(bytes);
  if (!opened.ok) {
    const code = opened.problem === 'not_a_package' ? 'not_a_sync_file' : opened.problem;
    return result(file, 'rejected', code);
  }
  const { header, envelope } = opened;
  const trusted = trust(db, header);
  if ('code' in trusted) return result(file, 'rejected', trusted.code, header);
  if ('claimOf' in trusted) {
    if (!options.dryRun && !options.fromHeld) {
      const now = ctx.now();
      db.transaction(() => {
        raiseClaim(db, trusted.claimOf, header, now);
        hold(db, header, trusted.claimOf, file, bytes, now);
      })();
    }
    return result(file, 'held', 'device_id_claimed', header);
  }
  const { precinct, device } = trusted;
  // A file wholly inside the stored chain with the same head hash is already here: its
  // signature was checked above, its body need not be opened again.
  const early = placeInChain(db, device, header);
  if (early.kind === 'already') return result(file, 'already_imported', null, header);
  const now = ctx.now();
  // Two devices on one slot: every file of either waits (held) until a supervisor decides.
  if (slotDisputed(db, header, { now, dryRun: options.dryRun === true })) {
    if (!options.dryRun && !options.fromHeld) hold(db, header, device, file, bytes, now);
    return result(file, 'held', 'slot_reused', header);
  }
  const read = prepared?.body ?? readBody(header, envelope.body, ctx.keys.encryption);
  if (read === 'undecryptable') return result(file, 'rejected', 'body_mismatch', header);
  if (typeof read === 'string') return result(file, 'rejected', read, header);
  const forked = (seq: number) => {
    if (!options.dryRun) {
      raiseAlarm(
        db,
        {
          kind: 'fork',
          subjectKey: `${header.device_id}:${header.head_hash}`,
          subject: header.device_id,
          precinctIds: [header.precinct_id],
          details: `seq ${header.first_seq}–${header.last_seq} differs from the stored history at seq ${seq}`,
        },
        now,
      );
    }
    return result(file, 'rejected', 'fork', header);
  };
  if (early.kind === 'fork') return forked(early.seq);
  if (early.kind === 'held') {
    const waitingFor = { from: early.from, to: early.to };
    if (!options.dryRun && !options.fromHeld) hold(db, header, device, file, bytes, now);
    return result(file, 'held', null, header, { waitingFor });
  }
  if (fileHashAt(header, read.hashes, early.head) !== early.headHash) return forked(early.head);
  const authority = deviceAuthority(db, precinct.precinct_id, header, ctx.keys.fingerprint);
  const voided = voidSeqs(db, header.device_id);
  for (const event of read.events) {
    if (event.seq <= early.head || voided.has(event.seq)) continue;
    const refusal = authority.check(event);
    if (!refusal) continue;
    if (!options.dryRun) {
      raiseAlarm(
        db,
        {
          kind: 'unauthorized_event',
          subjectKey: `${header.device_id}:${refusal.seq}`,
          subject: header.device_id,
          precinctIds: [header.precinct_id],
          details: `seq ${refusal.seq} (${refusal.type}): ${refusal.reason}; the laptop’s later files wait until this file is accepted`,
        },
        now,
      );
    }
    return result(file, 'rejected', 'unauthorized_event', header, {
      refusedEvent: { seq: refusal.seq, type: refusal.type },
    });
  }
  // The replaced laptop's range this file carries, if any: checked whole before anything.
  const range = checkRestoredRange(
    db,
    { trust, register },
    { dryRun: options.dryRun === true, now, centralFingerprint: ctx.keys.fingerprint },
    { header, precinct, own: read.events },
    read.restored,
  );
  if (range.kind === 'refused') {
    const extra = range.refusedEvent ? { refusedEvent: range.refusedEvent } : {};
    return result(file, 'rejected', range.code, header, extra);
  }
  if (range.kind === 'held') {
    if (!options.dryRun && !options.fromHeld) hold(db, header, device, file, bytes, now);
    return result(file, 'held', 'slot_reused', header);
  }
  const skip = early.head - header.first_seq + 1;
  const fresh = header.event_count - skip;
  if (!options.dryRun) {
    db.transaction(() => {
      register(db, header, device, now);
      const { plain, lineEnds } = read;
      const eventsEnd = lineEnds[header.event_count - 1] as number;
      const attachments =
        header.attachment_parts > 0 ? plain.toString('utf8', eventsEnd, plain.length - 1) : null;
      // All new: the lines as the reader deflated them; else the new tail's.
      const lines =
        skip === 0
          ? read.deflated
          : deflateRawSync(plain.subarray(lineEnds[skip - 1], eventsEnd - 1), { level: 1 });
      storeRange(
        db,
        header.device_id,
        {
          firstSeq: header.first_seq + skip,
          lastSeq: header.last_seq,
          prevHash: early.headHash,
          headHash: header.head_hash,
          hashes: read.hashes.subarray(skip * 32),
          lines,
        },
        attachments,
      );
      cachedStatement(
        db,
        `UPDATE devices SET last_sync_at = max(coalesce(last_sync_at, ''), @a) WHERE device_id = @b`,
      ).run({ a: header.created_at, b: header.device_id });
      cachedStatement(
        db,
        `UPDATE precinct_counts SET last_sync_at = max(coalesce(last_sync_at, ''), @a) WHERE precinct_id = @b`,
      ).run({ a: header.created_at, b: precinct.precinct_id });
      projectEvents(
        db,
        precinct,
        read.projected.filter((e) => e.seq > early.head && !voided.has(e.seq)),
        now,
        header.device_id,
      );
      storeRoster(db, header.device_id, authority);
      if (range.kind === 'apply') range.apply();
      recordAttestation(
        db,
        { deviceId: header.device_id, precinctId: precinct.precinct_id, slot: header.slot },
        read.events.filter((e) => e.seq > early.head && !voided.has(e.seq)),
        now,
      );
    })();
  }
  return result(file, 'accepted', null, header, { newEvents: fresh });
}

/** Keeps a file's bytes until what it waits for (a gap filled, a slot decided) is there. */
function hold(
  db: Db,
  header: SyncHeader,
  device: DeviceRow | undefined,
  file: string,
  bytes: Buffer,
  now: string,
): void {
  db.transaction(() => {
    register(db, header, device, now);
    cachedStatement(
      db,
      `INSERT OR IGNORE INTO held_files (file_sha256, device_id, first_seq, last_seq, path, bytes, held_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      createHash('sha256').update(bytes).digest('hex'),
      header.device_id,
      header.first_seq,
      header.last_seq,
      file,
      bytes,
      now,
    );
  })();
}

/**
 * A device is registered by its first file that is accepted or held, with the slot it showed:
 * that slot is in use from then on (its private key is forgotten here).
 */
function register(db: Db, header: SyncHeader, device: DeviceRow | undefined, now: string): void {
  if (device) return;
  cachedStatement(
    db,
    `INSERT INTO devices (device_id, precinct_id, public_key, enrolled_at, head_seq, head_hash, slot)
     VALUES (?, ?, ?, ?, 0, ?, ?)`,
  ).run(
    header.device_id,
    header.precinct_id,
    header.device_public_key,
    now,
    '0'.repeat(64),
    header.slot,
  );
  markSlotUsed(db, header);
}
