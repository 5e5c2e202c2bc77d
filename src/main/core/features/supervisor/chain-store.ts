import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { GENESIS_HASH } from '../../kernel/events/event-hash';
import type { SyncHeader } from '../../airgap/sync-file';

/**
 * The devices' chains as central holds them: always seq 1 to the device's head, contiguous
 * (a file beyond the head waits in held_files), stored as ranges with their hashes.
 */
export interface DeviceRow {
  device_id: string;
  precinct_id: string;
  public_key: string;
  /** The device slot whose certificate it showed (null: registered before device slots). */
  slot: number | null;
  head_seq: number;
  head_hash: string;
  revoked_head_seq: number | null;
}

export function deviceRow(db: Db, deviceId: string): DeviceRow | undefined {
  return cachedStatement(
    db,
    'SELECT device_id, precinct_id, public_key, slot, head_seq, head_hash, revoked_head_seq FROM devices WHERE device_id = ?',
  ).get(deviceId) as DeviceRow | undefined;
}

/** The stored hash of the device's event `seq` (0 is the genesis), or null beyond the head. */
export function storedHashAt(db: Db, device: DeviceRow, seq: number): string | null {
  if (seq === 0) return GENESIS_HASH;
  if (seq > device.head_seq) return null;
  if (seq === device.head_seq) return device.head_hash;
  const row = cachedStatement(
    db,
    `SELECT hex(substr(hashes, (@a - first_seq) * 32 + 1, 32)) AS hash FROM event_ranges
     WHERE device_id = @b AND first_seq <= @a ORDER BY first_seq DESC LIMIT 1`,
  ).get({ a: seq, b: device.device_id }) as { hash: string } | undefined;
  return row ? row.hash.toLowerCase() : null;
}

/** Where a file stands against the stored chain, from its header alone. */
export type ChainPlace =
  | { kind: 'already' }
  | { kind: 'held'; from: number; to: number }
  | { kind: 'fork'; seq: number }
  /** Accept the events after `head` (the overlap still needs its hash compared). */
  | { kind: 'extends'; head: number; headHash: string };

export function placeInChain(
  db: Db,
  device: DeviceRow | undefined,
  header: SyncHeader,
): ChainPlace {
  const head = device?.head_seq ?? 0;
  if (header.first_seq > head + 1)
    return { kind: 'held', from: head + 1, to: header.first_seq - 1 };
  if (header.last_seq <= head) {
    const stored = device ? storedHashAt(db, device, header.last_seq) : null;
    return stored === header.head_hash
      ? { kind: 'already' }
      : { kind: 'fork', seq: header.last_seq };
  }
  return { kind: 'extends', head, headHash: device?.head_hash ?? GENESIS_HASH };
}

/** The file's hash at `seq` (its prev_hash just before its first event). */
export function fileHashAt(header: SyncHeader, hashes: Buffer, seq: number): string {
  if (seq === header.first_seq - 1) return header.prev_hash;
  const at = (seq - header.first_seq) * 32;
  return at >= 0 && at + 32 <= hashes.length ? hashes.toString('hex', at, at + 32) : '';
}

/** An accepted piece of a device's chain, as the store keeps it. */
export interface StoredRange {
  firstSeq: number;
  lastSeq: number;
  prevHash: string;
  headHash: string;
  /** The events' 32-byte hashes concatenated. */
  hashes: Buffer;
  /** The events' lines joined by newlines, raw-deflated. */
  lines: Buffer;
}

/** Stores accepted events (the tail beyond the head) as one range and moves the head. */
export function storeRange(
  db: Db,
  deviceId: string,
  range: StoredRange,
  attachments: string | null,
): void {
  cachedStatement(
    db,
    `INSERT INTO event_ranges (device_id, first_seq, last_seq, prev_hash, head_hash, hashes, lines, attachments)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    deviceId,
    range.firstSeq,
    range.lastSeq,
    range.prevHash,
    range.headHash,
    range.hashes,
    range.lines,
    attachments === null ? null : Buffer.from(attachments, 'utf8'),
  );
  cachedStatement(db, 'UPDATE devices SET head_seq = ?, head_hash = ? WHERE device_id = ?').run(
    range.lastSeq,
    range.headHash,
    deviceId,
  );
}
