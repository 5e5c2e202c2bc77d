/**
 * A restored range at the central store (docs/sync-format.md, "The restored range"): the
 * replaced laptop's events up to its backup, carried in its replacement's file. They count as
 * the replaced laptop's own chain — stored by its device id and seq, so they are counted once
 * whichever file brought them first — and only when every check below holds; otherwise the
 * whole carrying file is refused with a stable code and nothing of it is applied.
 */
import { deflateRawSync } from 'node:zlib';
import type { RejectCode } from '@shared/supervisor/supervisor-contract';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { ChainEvent } from '../../kernel/events/chain-authority';
import type { SyncHeader } from '../../airgap/sync-file';
import { headerSignedByDevice, type BackupHeader } from '../backup';
import { deviceRow, fileHashAt, placeInChain, storeRange, type DeviceRow } from './chain-store';
import { raiseAlarm } from './conflicts';
import { deviceAuthority, storeRoster, voidSeqs } from './device-authority';
import type { ReadRange } from './file-reader';
import { projectEvents, type PrecinctRef } from './supervisor-projection';
import { recordAttestation } from './attestation';
import { slotDisputed } from './slots';

/** What import-file.ts lends: its trust checks of a header and its device registration. */
export interface RangeDeps {
  trust: (
    db: Db,
    header: SyncHeader,
  ) => { code: RejectCode } | { claimOf: DeviceRow } | { device: DeviceRow | undefined };
  register: (db: Db, header: SyncHeader, device: DeviceRow | undefined, now: string) => void;
}

export type RangeVerdict =
  | { kind: 'none' }
  | { kind: 'refused'; code: RejectCode; refusedEvent?: { seq: number; type: string } }
  /** The replaced laptop's slot is disputed: the carrying file waits with it. */
  | { kind: 'held' }
  /** Checked: apply in the carrying file's transaction. */
  | { kind: 'apply'; apply: () => void };

interface RestoredPayload {
  old_device_id: string;
  old_device_public_key: string;
  old_slot: number | null;
  old_last_seq: number;
  old_head_hash: string;
  backup_signature: string;
  backup_header?: BackupHeader;
}

const refused = (code: RejectCode): RangeVerdict => ({ kind: 'refused', code });

/** The file's own `backup.restored` naming the range's device, as its chain recorded it. */
function restoreOf(events: readonly ChainEvent[], deviceId: string): RestoredPayload | null {
  for (const event of events) {
    if (event.type !== 'backup.restored') continue;
    const payload = event.payload as RestoredPayload;
    if (payload.old_device_id === deviceId) return payload;
  }
  return null;
}

/**
 * The evidence that ties the range to the carrying laptop: its `backup.restored` in this very
 * file, with the backup header the replaced laptop signed, naming the range's device, key,
 * slot, last event and head.
 */
function evidence(
  header: SyncHeader,
  own: readonly ChainEvent[],
  range: SyncHeader,
): RejectCode | null {
  const restore = restoreOf(own, range.device_id);
  const backup = restore?.backup_header;
  if (!restore || !backup) return 'restored_range_forged';
  if (backup.election_id !== header.election_id || backup.precinct_id !== header.precinct_id) {
    return 'restored_range_wrong_precinct';
  }
  if (!headerSignedByDevice(backup) || backup.signature !== restore.backup_signature) {
    return 'restored_backup_forged';
  }
  const agrees =
    backup.device_id === range.device_id &&
    backup.device_id === restore.old_device_id &&
    backup.device_public_key === range.device_public_key &&
    backup.device_public_key === restore.old_device_public_key &&
    backup.slot === range.slot &&
    backup.slot === restore.old_slot &&
    backup.last_seq === restore.old_last_seq &&
    backup.head_hash === restore.old_head_hash;
  if (!agrees) return 'restored_range_forged';
  // No event past what the backup signs; and ending there, with the head it signs: the range's
  // chain (checked from seq 1 as it was read) is then the replaced laptop's own.
  if (range.last_seq > backup.last_seq) return 'restored_range_past_head';
  if (range.last_seq !== backup.last_seq || range.head_hash !== backup.head_hash) {
    return 'restored_range_forged';
  }
  return null;
}

/** The replaced laptop's standing at the store, as a verdict on the range. */
function standing(
  db: Db,
  deps: RangeDeps,
  range: SyncHeader,
): { code: RejectCode } | { device: DeviceRow | undefined } {
  const known = deviceRow(db, range.device_id);
  if (known && known.precinct_id !== range.precinct_id) {
    return { code: 'restored_range_wrong_precinct' };
  }
  const trusted = deps.trust(db, range);
  if ('claimOf' in trusted) return { code: 'restored_device_unknown' };
  if ('code' in trusted) {
    if (trusted.code === 'revoked_device') return { code: 'restored_device_revoked' };
    if (trusted.code === 'wrong_election') return { code: 'restored_range_wrong_precinct' };
    return { code: 'restored_device_unknown' };
  }
  return { device: trusted.device };
}

/** Checks the range a file carries; what to apply, or why the file is refused or held. */
export function checkRestoredRange(
  db: Db,
  deps: RangeDeps,
  options: { dryRun: boolean; now: string; centralFingerprint: string },
  file: { header: SyncHeader; precinct: PrecinctRef; own: readonly ChainEvent[] },
  read: ReadRange | null,
): RangeVerdict {
  if (!read) return { kind: 'none' };
  const range = read.header;
  const { now, dryRun } = options;
  const wrong = evidence(file.header, file.own, range);
  if (wrong) return refused(wrong);
  const backupAt = restoreOf(file.own, range.device_id)?.backup_header?.created_at ?? '';
  const trusted = standing(db, deps, range);
  if ('code' in trusted) return refused(trusted.code);
  const { device } = trusted;
  if (slotDisputed(db, range, { now, dryRun })) return { kind: 'held' };
  const place = placeInChain(db, device, range);
  if (place.kind === 'already') return { kind: 'apply', apply: () => undefined };
  const forked = (seq: number): RangeVerdict => {
    if (!dryRun) {
      raiseAlarm(
        db,
        {
          kind: 'fork',
          subjectKey: `${range.device_id}:${range.head_hash}`,
          subject: range.device_id,
          precinctIds: [range.precinct_id],
          details: `seq 1–${range.last_seq}, restored from its backup, differs from the stored history at seq ${seq}`,
        },
        now,
      );
    }
    return refused('fork');
  };
  if (place.kind === 'fork') return forked(place.seq);
  // A range starts at seq 1: it is never beyond the stored head.
  if (place.kind === 'held') return refused('restored_range_forged');
  if (fileHashAt(range, read.hashes, place.head) !== place.headHash) return forked(place.head);
  const authority = deviceAuthority(
    db,
    file.precinct.precinct_id,
    range,
    options.centralFingerprint,
  );
  const voided = voidSeqs(db, range.device_id);
  const fresh = read.events.filter((e) => e.seq > place.head && !voided.has(e.seq));
  for (const event of fresh) {
    const refusal = authority.check(event);
    if (!refusal) continue;
    if (!dryRun) {
      raiseAlarm(
        db,
        {
          kind: 'unauthorized_event',
          subjectKey: `${range.device_id}:${refusal.seq}`,
          subject: range.device_id,
          precinctIds: [range.precinct_id],
          details: `seq ${refusal.seq} (${refusal.type}): ${refusal.reason}; restored from its backup`,
        },
        now,
      );
    }
    return {
      kind: 'refused',
      code: 'unauthorized_event',
      refusedEvent: { seq: refusal.seq, type: refusal.type },
    };
  }
  return {
    kind: 'apply',
    apply: () => {
      deps.register(db, range, device, now);
      storeRange(
        db,
        range.device_id,
        {
          firstSeq: place.head + 1,
          lastSeq: range.last_seq,
          prevHash: place.headHash,
          headHash: range.head_hash,
          hashes: read.hashes.subarray(place.head * 32),
          lines: tailLines(read, place.head),
        },
        attachmentsOf(read),
      );
      projectEvents(
        db,
        file.precinct,
        read.projected.filter((e) => e.seq > place.head && !voided.has(e.seq)),
        now,
        range.device_id,
      );
      // The replaced laptop's newest signed word is its backup's header.
      cachedStatement(
        db,
        `UPDATE devices SET last_sync_at = max(coalesce(last_sync_at, ''), @a) WHERE device_id = @b`,
      ).run({ a: backupAt, b: range.device_id });
      storeRoster(db, range.device_id, authority);
      recordAttestation(
        db,
        { deviceId: range.device_id, precinctId: range.precinct_id, slot: range.slot },
        fresh,
        now,
      );
    },
  };
}

/** The range's event lines after `head`, raw-deflated as the store keeps them. */
function tailLines(read: ReadRange, head: number): Buffer {
  if (head === 0) return read.deflated;
  const end = read.lineEnds[read.header.event_count - 1] as number;
  return deflateRawSync(read.plain.subarray(read.lineEnds[head - 1], end - 1), { level: 1 });
}

/** The range's attachment parts as text (the store keeps them with the range's first piece). */
function attachmentsOf(read: ReadRange): string | null {
  if (read.header.attachment_parts === 0) return null;
  const end = read.lineEnds[read.header.event_count - 1] as number;
  return read.plain.toString('utf8', end, read.plain.length - 1);
}
