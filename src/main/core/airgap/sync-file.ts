import { hash } from 'node:crypto';
import { canonicalJson } from '../kernel/events/canonical-json';
import { canonicalEventText, EVENT_HASH_TAG, GENESIS_HASH } from '../kernel/events/event-hash';
import type { EventRow } from '../kernel/events/event-log';
import { decryptBody, encryptBody } from './body-crypto';
import {
  checkEnvelope,
  parseEnvelope,
  writeEnvelope,
  type Envelope,
  type EnvelopeProblem,
} from './container';
import { keyFingerprint, signBytes, verifyBytes } from './keys';

/**
 * A sync file: a range of one device's event log, its header signed by the device and its
 * body encrypted (docs/sync-format.md). The plain body is UTF-8 lines: first each event's
 * canonical text exactly as its hash covers it (docs/event-log.md), in seq order; then one
 * line per attachment part, `{"attachment":ID,"data":BASE64,"part":N}`.
 */
export interface SyncHeader {
  format: 'precinct-desk-sync';
  version: 1;
  election_id: string;
  precinct_id: string;
  device_id: string;
  /** The device's Ed25519 public key (base64 SPKI DER): it signed this header. */
  device_public_key: string;
  /** The device slot of the precinct this device took at load (1, 2, …). */
  slot: number;
  /** The slot's Ed25519 public key (base64 SPKI DER), one the central store made. */
  slot_public_key: string;
  /** The slot key's signature of `certificateText(...)` (base64): the device's certificate. */
  certificate: string;
  first_seq: number;
  last_seq: number;
  /** The hash before the first event (64 zeros when first_seq is 1). */
  prev_hash: string;
  head_hash: string;
  event_count: number;
  counts: Record<string, number>;
  attachment_parts: number;
  /** Fingerprints of the X25519 keys the body is encrypted to, in the body's order. */
  recipients: string[];
  created_at: string;
  body_sha256: string;
  body_bytes: number;
}

/** An attachment part as the attachments table stores it (deflated text). */
export interface AttachmentPart {
  id: string;
  part: number;
  data: Buffer;
}

/** The fields a device certificate binds: one device id to one key, one precinct, one slot. */
export interface CertificateFields {
  device_id: string;
  device_public_key: string;
  election_id: string;
  precinct_id: string;
  slot: number;
}

/** What a device certificate says; the slot's key signs exactly these bytes. */
export function certificateText(fields: CertificateFields): Buffer {
  return Buffer.from(
    canonicalJson({
      device_id: fields.device_id,
      device_public_key: fields.device_public_key,
      election_id: fields.election_id,
      precinct_id: fields.precinct_id,
      purpose: 'precinct-desk device certificate',
      slot: fields.slot,
    }),
    'utf8',
  );
}

/** The slot key's certificate of a device (base64 signature of `certificateText`). */
export function certify(slotKeyPem: string, fields: CertificateFields): string {
  return signBytes(slotKeyPem, certificateText(fields)).toString('base64');
}

/** A device certificate as a laptop keeps it and every sync file's header carries it. */
export interface DeviceCertificate {
  slot: number;
  slotPublicKey: string;
  /** Base64 Ed25519 signature of `certificateText`. */
  signature: string;
}

export interface SyncFileInput {
  electionId: string;
  precinctId: string;
  deviceId: string;
  devicePublicKey: string;
  deviceKeyPem: string;
  certificate: DeviceCertificate;
  /** Contiguous events of the device, in seq order (at least one). */
  events: readonly EventRow[];
  attachments: readonly AttachmentPart[];
  /** X25519 public keys (base64 SPKI) the body is encrypted to. */
  recipients: readonly string[];
  createdAt: string;
}

/** Builds a sync file's bytes. */
export function buildSyncFile(input: SyncFileInput): { bytes: Buffer; header: SyncHeader } {
  const first = input.events[0];
  const last = input.events.at(-1);
  if (!first || !last) throw new Error('A sync file holds at least one event');
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const event of input.events) {
    if (event.device_id !== input.deviceId) throw new Error('A sync file holds one device');
    counts[event.type] = (counts[event.type] ?? 0) + 1;
    lines.push(
      canonicalEventText({
        deviceId: event.device_id,
        seq: event.seq,
        hlc: event.hlc,
        type: event.type,
        actor: event.actor,
        payloadJson: event.payload_json,
      }),
    );
  }
  for (const part of input.attachments) {
    lines.push(
      canonicalJson({ attachment: part.id, data: part.data.toString('base64'), part: part.part }),
    );
  }
  const plain = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  const header = {
    format: 'precinct-desk-sync',
    version: 1,
    election_id: input.electionId,
    precinct_id: input.precinctId,
    device_id: input.deviceId,
    device_public_key: input.devicePublicKey,
    slot: input.certificate.slot,
    slot_public_key: input.certificate.slotPublicKey,
    certificate: input.certificate.signature,
    first_seq: first.seq,
    last_seq: last.seq,
    prev_hash: first.prev_hash,
    head_hash: last.hash,
    event_count: input.events.length,
    counts,
    attachment_parts: input.attachments.length,
    recipients: input.recipients.map(keyFingerprint),
    created_at: input.createdAt,
  };
  const body = encryptBody(plain, input.recipients);
  const written = writeEnvelope('sync', header, body, input.deviceKeyPem);
  return { bytes: written.bytes, header: written.header as unknown as SyncHeader };
}

const HEX64 = /^[0-9a-f]{64}$/;
const isText = (v: unknown, max = 200): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;
const isSeq = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Checks the header's fields and their agreement; false when anything is off. */
function isSyncHeader(h: Record<string, unknown>): boolean {
  if (h.format !== 'precinct-desk-sync' || h.version !== 1) return false;
  if (!isText(h.election_id) || !isText(h.precinct_id) || !isText(h.device_id)) return false;
  if (!isText(h.device_public_key, 200) || !isText(h.slot_public_key, 200)) return false;
  if (!isText(h.certificate, 200) || !isSeq(h.slot) || (h.slot as number) > 1000) return false;
  if (!isSeq(h.first_seq) || !isSeq(h.last_seq) || h.last_seq < h.first_seq) return false;
  if (typeof h.prev_hash !== 'string' || !HEX64.test(h.prev_hash)) return false;
  if (typeof h.head_hash !== 'string' || !HEX64.test(h.head_hash)) return false;
  if (h.first_seq === 1 && h.prev_hash !== GENESIS_HASH) return false;
  if (h.event_count !== h.last_seq - h.first_seq + 1) return false;
  if (!isCount(h.attachment_parts) || !isText(h.created_at, 40)) return false;
  if (h.counts === null || typeof h.counts !== 'object' || Array.isArray(h.counts)) return false;
  const counts = Object.values(h.counts as Record<string, unknown>);
  if (
    !counts.every(isCount) ||
    counts.reduce<number>((a, b) => a + (b as number), 0) !== h.event_count
  ) {
    return false;
  }
  return (
    Array.isArray(h.recipients) &&
    h.recipients.length >= 1 &&
    h.recipients.length <= 8 &&
    h.recipients.every((r) => typeof r === 'string' && HEX64.test(r))
  );
}

export type SyncFileResult =
  { ok: true; envelope: Envelope; header: SyncHeader } | { ok: false; problem: EnvelopeProblem };

/**
 * Reads a sync file and checks what needs no key of the reader's: its structure, the
 * device's signature of the header, the body's SHA-256. Trust (enrolment, revocation,
 * election) and the body's content are the reader's next steps.
 */
export function openSyncFile(bytes: Buffer): SyncFileResult {
  const parsed = parseEnvelope(bytes, 'sync');
  if (!parsed.ok) return parsed;
  const { header } = parsed.envelope;
  if (!isSyncHeader(header)) return { ok: false, problem: 'malformed' };
  const h = header as unknown as SyncHeader;
  const problem = checkEnvelope(parsed.envelope, h.device_public_key);
  if (problem) return { ok: false, problem };
  return { ok: true, envelope: parsed.envelope, header: h };
}

/**
 * Whether the header's certificate is signed by the slot key it names, for its device id, key,
 * election, precinct and slot. Whether that slot key is one the central store made for the
 * precinct is the reader's next check.
 */
export function isCertified(header: SyncHeader): boolean {
  return verifyBytes(
    header.slot_public_key,
    certificateText(header),
    Buffer.from(header.certificate, 'base64'),
  );
}

/** Decrypts the body with one of the recipient keys the reader holds; null when none opens it. */
export function decryptSyncBody(
  header: SyncHeader,
  body: Buffer,
  keys: readonly { publicKey: string; privateKeyPem: string }[],
): Buffer | null {
  for (const key of keys) {
    const index = header.recipients.indexOf(keyFingerprint(key.publicKey));
    if (index >= 0) return decryptBody(body, header.recipients.length, index, key);
  }
  return null;
}

/** An event of a sync body, with its canonical line (the bytes its hash covers). */
export interface SyncEvent extends EventRow {
  line: string;
}

export type DecodedBody =
  | { ok: true; events: SyncEvent[]; attachments: AttachmentPart[] }
  | { ok: false; problem: 'chain_broken' | 'malformed' };

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
