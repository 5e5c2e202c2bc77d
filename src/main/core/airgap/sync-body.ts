import { hash } from 'node:crypto';
import { EVENT_HASH_TAG } from '../kernel/events/event-hash';
import type { EventRow } from '../kernel/events/event-log';
import { restoredHeader } from './restored-range';
import type { AttachmentPart, SyncHeader } from './sync-file';

/**
 * A sync file's plain body read back (docs/sync-format.md): the file's own events chained to
 * its head, its attachment parts, and a restored range's events and parts after them.
 */

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** An event of a sync body, with its canonical line (the bytes its hash covers). */
export interface SyncEvent extends EventRow {
  line: string;
}

/** A restored range as decoded: the old laptop's events, as a header of its own names them. */
export interface DecodedRange {
  header: SyncHeader;
  events: SyncEvent[];
  attachments: AttachmentPart[];
  /** The range's part of the plain body (its event lines, then its attachment parts). */
  plain: Buffer;
}

export type DecodedBody =
  | {
      ok: true;
      events: SyncEvent[];
      attachments: AttachmentPart[];
      /** The range's part of the body, when the file carries one; the file's own part. */
      restored?: DecodedRange;
      own?: Buffer;
    }
  | { ok: false; problem: 'chain_broken' | 'malformed' | 'restored_range_forged' };

const SIMPLE = /^[A-Za-z0-9._:-]{1,100}$/;
const TAG_BYTES = Buffer.from(EVENT_HASH_TAG, 'utf8');

/** Splits a canonical event line into its fields; null when it is not one. */
function parseEventLine(line: string): Omit<EventRow, 'prev_hash' | 'hash'> | null {
  if (!line.startsWith('{"actor":') || !line.endsWith('"}')) return null;
  const deviceAt = line.indexOf(',"device_id":"', 9);
  if (deviceAt < 0) return null;
  const actorText = line.slice(9, deviceAt);
  let actor: string | null;
  if (actorText === 'null') actor = null;
  else if (actorText.length > 2 && actorText[0] === '"' && actorText.at(-1) === '"') {
    actor = actorText.slice(1, -1);
    if (!SIMPLE.test(actor)) return null;
  } else return null;
  const hlcAt = line.indexOf('","hlc":"', deviceAt + 14);
  if (hlcAt < 0) return null;
  const deviceId = line.slice(deviceAt + 14, hlcAt);
  const payloadAt = line.indexOf('","payload":', hlcAt + 9);
  if (payloadAt < 0) return null;
  const hlc = line.slice(hlcAt + 9, payloadAt);
  const seqAt = line.lastIndexOf(',"seq":');
  if (seqAt < payloadAt) return null;
  const typeAt = line.indexOf(',"type":"', seqAt + 7);
  if (typeAt < 0) return null;
  const seqText = line.slice(seqAt + 7, typeAt);
  const type = line.slice(typeAt + 9, -2);
  if (!SIMPLE.test(deviceId) || !SIMPLE.test(hlc) || !SIMPLE.test(type)) return null;
  if (!/^[1-9]\d{0,15}$/.test(seqText)) return null;
  const payload = line.slice(payloadAt + 12, seqAt);
  if (payload[0] !== '{' || payload.at(-1) !== '}') return null;
  return { device_id: deviceId, seq: Number(seqText), hlc, type, actor, payload_json: payload };
}

/**
 * Reads a decrypted body: every event line must be the header's device's next seq and
 * chain to the hash before it, and the last hash must be the header's head; then the
 * attachment parts. Reordered, duplicated, missing or altered events are `chain_broken`.
 */
export function decodeSyncBody(header: SyncHeader, plain: Buffer): DecodedBody {
  const block = header.restored;
  if (!block) return decodeRange(header, plain);
  // A restored range follows the file's own lines: split the body where its lines end.
  let end = 0;
  for (let i = 0; i < header.event_count + header.attachment_parts; i++) {
    end = plain.indexOf(0x0a, end) + 1;
    if (end === 0) return { ok: false, problem: 'chain_broken' };
  }
  const own = decodeRange({ ...header, restored: undefined }, plain.subarray(0, end));
  if (!own.ok) return own;
  const range = restoredHeader(header, block);
  const rest = plain.subarray(end);
  const decoded = decodeRange(range, rest);
  if (!decoded.ok) {
    return {
      ok: false,
      problem: decoded.problem === 'malformed' ? 'malformed' : 'restored_range_forged',
    };
  }
  return {
    ...own,
    own: plain.subarray(0, end),
    restored: {
      header: range,
      events: decoded.events,
      attachments: decoded.attachments,
      plain: rest,
    },
  };
}

/** Reads one device's range: its event lines chained to its head, then its attachment parts. */
function decodeRange(header: SyncHeader, plain: Buffer): DecodedBody {
  const text = plain.toString('utf8');
  if (!text.endsWith('\n')) return { ok: false, problem: 'malformed' };
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== header.event_count + header.attachment_parts) {
    return { ok: false, problem: 'chain_broken' };
  }
  const events: SyncEvent[] = [];
  // Each hash covers the tag, the previous hash's 32 bytes and the line's bytes as they are in
  // the body: one scratch buffer holds the three, so a line is hashed in one call, unencoded.
  const prefix = TAG_BYTES.length + 32;
  let scratch = Buffer.allocUnsafe(prefix + 4096);
  TAG_BYTES.copy(scratch, 0);
  scratch.write(header.prev_hash, TAG_BYTES.length, 'hex');
  let prev = header.prev_hash;
  let start = 0;
  for (let i = 0; i < header.event_count; i++) {
    const line = lines[i] as string;
    const fields = parseEventLine(line);
    if (!fields)
      return { ok: false, problem: line.startsWith('{"actor":') ? 'malformed' : 'chain_broken' };
    if (fields.device_id !== header.device_id || fields.seq !== header.first_seq + i) {
      return { ok: false, problem: 'chain_broken' };
    }
    const end = plain.indexOf(0x0a, start);
    if (prefix + end - start > scratch.length) {
      const larger = Buffer.allocUnsafe(2 * (prefix + end - start));
      scratch.copy(larger, 0, 0, prefix);
      scratch = larger;
    }
    plain.copy(scratch, prefix, start, end);
    const digest = hash('sha256', scratch.subarray(0, prefix + end - start), 'buffer');
    digest.copy(scratch, TAG_BYTES.length);
    const hashHex = digest.toString('hex');
    events.push({ ...fields, prev_hash: prev, hash: hashHex, line });
    prev = hashHex;
    start = end + 1;
  }
  if (prev !== header.head_hash) return { ok: false, problem: 'chain_broken' };
  const attachments: AttachmentPart[] = [];
  for (let i = header.event_count; i < lines.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(lines[i] as string);
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    const a = value as { attachment?: unknown; data?: unknown; part?: unknown };
    if (typeof a.attachment !== 'string' || typeof a.data !== 'string' || !isCount(a.part)) {
      return { ok: false, problem: 'malformed' };
    }
    attachments.push({ id: a.attachment, part: a.part, data: Buffer.from(a.data, 'base64') });
  }
  return { ok: true, events, attachments };
}
