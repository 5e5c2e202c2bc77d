import { canonicalJson } from '../kernel/events/canonical-json';
import { canonicalEventText, GENESIS_HASH } from '../kernel/events/event-hash';
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
import {
  isRestoredBlockShape,
  restoredHeader,
  type RestoredBlock,
  type RestoredDevice,
} from './restored-range';

/**
 * A sync file: a range of one device's event log, its header signed by the device and its
 * body encrypted (docs/sync-format.md). The plain body is UTF-8 lines: first each event's
 * canonical text exactly as its hash covers it (docs/event-log.md), in seq order; then one
 * line per attachment part, `{"attachment":ID,"data":BASE64,"part":N}`.
 */
export interface SyncHeader {
  format: 'precinct-desk-sync';
  /** 2 when the file carries a restored range (`restored`), else 1. */
  version: 1 | 2;
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
  /** The replaced laptop's range this file carries (version 2 only; restored-range.ts). */
  restored?: RestoredBlock | undefined;
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
  /** The replaced laptop's events up to its backup, with its certificate (a restored laptop). */
  restored?: {
    device: RestoredDevice;
    events: readonly EventRow[];
    attachments: readonly AttachmentPart[];
  };
}

/** One device's events and attachment parts as body lines, with the counts by type. */
function bodyLines(
  deviceId: string,
  events: readonly EventRow[],
  attachments: readonly AttachmentPart[],
  lines: string[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) {
    if (event.device_id !== deviceId) throw new Error('A range holds one device');
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
  for (const part of attachments) {
    lines.push(
      canonicalJson({ attachment: part.id, data: part.data.toString('base64'), part: part.part }),
    );
  }
  return counts;
}

/** The header block of a restored range (its events from seq 1, contiguous). */
function restoredBlock(
  restored: NonNullable<SyncFileInput['restored']>,
  lines: string[],
): RestoredBlock {
  const first = restored.events[0];
  const last = restored.events.at(-1);
  if (!first || !last || first.seq !== 1) throw new Error('A restored range starts at seq 1');
  const { device } = restored;
  return {
    device_id: device.deviceId,
    device_public_key: device.devicePublicKey,
    slot: device.certificate.slot,
    slot_public_key: device.certificate.slotPublicKey,
    certificate: device.certificate.signature,
    first_seq: 1,
    last_seq: last.seq,
    prev_hash: first.prev_hash,
    head_hash: last.hash,
    event_count: restored.events.length,
    counts: bodyLines(device.deviceId, restored.events, restored.attachments, lines),
    attachment_parts: restored.attachments.length,
  };
}

/** Builds a sync file's bytes. */
export function buildSyncFile(input: SyncFileInput): { bytes: Buffer; header: SyncHeader } {
  const first = input.events[0];
  const last = input.events.at(-1);
  if (!first || !last) throw new Error('A sync file holds at least one event');
  const lines: string[] = [];
  const counts = bodyLines(input.deviceId, input.events, input.attachments, lines);
  const restored = input.restored ? restoredBlock(input.restored, lines) : undefined;
  const plain = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  const version = restored ? 2 : 1;
  const header = {
    format: 'precinct-desk-sync',
    version,
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
    ...(restored ? { restored } : {}),
  };
  const body = encryptBody(plain, input.recipients);
  const written = writeEnvelope('sync', header, body, input.deviceKeyPem, version);
  return { bytes: written.bytes, header: written.header as unknown as SyncHeader };
}

const HEX64 = /^[0-9a-f]{64}$/;
const isText = (v: unknown, max = 200): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;
const isSeq = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Checks the header's fields and their agreement; false when anything is off. */
function isSyncHeader(h: Record<string, unknown>): boolean {
  if (h.format !== 'precinct-desk-sync') return false;
  if (h.version === 2) {
    // A restored range: the block's own rules, and the fields a range has, as a header of them.
    if (!isRestoredBlockShape(h.restored, h as { device_id: string })) return false;
    const range = restoredHeader(h as unknown as SyncHeader, h.restored as RestoredBlock);
    if (!isSyncHeader(range as unknown as Record<string, unknown>)) return false;
  } else if (h.version !== 1 || h.restored !== undefined) return false;
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
  if (h.version !== parsed.envelope.version) return { ok: false, problem: 'malformed' };
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

export { decodeSyncBody, type DecodedBody, type DecodedRange, type SyncEvent } from './sync-body';
