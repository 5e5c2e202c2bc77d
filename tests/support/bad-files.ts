/**
 * Bad sync files made by code, for the corpus tests: byte-level edits of a good file, headers
 * re-signed with a device's key after an edit, bodies sealed from any event lines, event
 * chains recorded by the real EventLog with the actors a test names, and a named pipe guarded
 * so that a reader blocking on it cannot hang the test run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/main/core/kernel/clock';
import { canonicalJson } from '../../src/main/core/kernel/events/canonical-json';
import { canonicalEventText, eventHash } from '../../src/main/core/kernel/events/event-hash';
import type { EventRow } from '../../src/main/core/kernel/events/event-log';
import type { EventPayloads } from '../../src/main/core/events';
import type { EventType } from '../../src/shared/event-types';
import { createEventLog, openStore } from '../../src/main/core/feature-list';
import { encryptBody } from '../../src/main/core/airgap/body-crypto';
import { writeEnvelope } from '../../src/main/core/airgap/container';
import { keyFingerprint, signBytes } from '../../src/main/core/airgap/keys';
import type { DeviceCertificate } from '../../src/main/core/airgap/sync-file';

// ---- bytes -------------------------------------------------------------------------------

/** The offset of the n-th newline (n from 1), or -1. */
export function lineEnd(bytes: Buffer, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = bytes.indexOf(0x0a, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** A copy with one byte's lowest bit flipped. */
export function flipByte(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ 0x01;
  return copy;
}

/** A copy with one byte set. */
export function setByte(bytes: Buffer, at: number, value: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = value;
  return copy;
}

/** The file with its first line replaced (the rest, signature included, as it was). */
export function withFirstLine(bytes: Buffer, line: string): Buffer {
  return Buffer.concat([Buffer.from(line, 'latin1'), bytes.subarray(lineEnd(bytes, 1))]);
}

/** The header of a file (line 2) as an object. */
export function headerOf(bytes: Buffer): Record<string, unknown> {
  return JSON.parse(bytes.subarray(lineEnd(bytes, 1) + 1, lineEnd(bytes, 2)).toString('utf8'));
}

/**
 * The file with its header edited and lines 1–2 signed again by `keyPem` (a device key the
 * test holds): everything the signature vouches for is then the edit's. The body stays.
 */
export function resigned(
  bytes: Buffer,
  keyPem: string,
  edit: (header: Record<string, unknown>) => unknown,
  options: { canonical?: boolean } = {},
): Buffer {
  const magic = bytes.subarray(0, lineEnd(bytes, 1)).toString('latin1');
  const header = edit(headerOf(bytes));
  const text = options.canonical === false ? JSON.stringify(header) : canonicalJson(header);
  const signed = Buffer.from(`${magic}\n${text}\n`, 'utf8');
  const signature = signBytes(keyPem, signed).toString('base64');
  return Buffer.concat([
    signed,
    Buffer.from(`${signature}\n`),
    bytes.subarray(lineEnd(bytes, 3) + 1),
  ]);
}

// ---- events ------------------------------------------------------------------------------

/** An event to record: its type, its actor (a member id, or null) and its payload. */
export type RecordedEvent = {
  [T in EventType]: [T, string | null, EventPayloads[T]];
}[EventType];

const minuteClock = (start: number): Clock => {
  let t = start;
  return { now: () => (t += 60_000), overridden: true };
};

/**
 * Records `[type, actor, payload]` events with the real EventLog of a temporary precinct
 * database (payloads checked by their schemas, hashes chained); returns the rows. The
 * actor's authority is not checked here: that is what the corpus tests ask of the readers.
 */
export function recordChain(
  deviceId: string,
  events: readonly RecordedEvent[],
  start = Date.parse('2027-03-19T02:00:00Z'),
): EventRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-chain-'));
  const db = openStore(dir);
  try {
    const log = createEventLog(db, deviceId, minuteClock(start));
    db.transaction(() => {
      for (const [type, actor, payload] of events) log.recordApplied(type, actor, payload as never);
    })();
    return db
      .prepare<[string], EventRow>('SELECT * FROM events WHERE device_id = ? ORDER BY seq')
      .all(deviceId);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The canonical text of an event, exactly as its hash covers it. */
export const eventLine = (e: EventRow): string =>
  canonicalEventText({
    deviceId: e.device_id,
    seq: e.seq,
    hlc: e.hlc,
    type: e.type,
    actor: e.actor,
    payloadJson: e.payload_json,
  });

/**
 * Events appended after `after` (null: from seq 1), chained as a log would: what a test
 * holding a device's key can make up and sign.
 */
export function chainAfter(
  after: EventRow | null,
  deviceId: string,
  events: readonly { type: string; actor: string | null; payload: unknown }[],
): EventRow[] {
  const rows: EventRow[] = [];
  let prev = after?.hash ?? '0'.repeat(64);
  let seq = after?.seq ?? 0;
  let hlc = after ? Number(after.hlc.slice(0, 18)) : Date.parse('2027-03-19T02:00:00Z');
  for (const e of events) {
    seq++;
    hlc += 60_000;
    const fields = {
      deviceId,
      seq,
      hlc: `${String(hlc).padStart(18, '0')}.0000`,
      type: e.type,
      actor: e.actor,
      payloadJson: canonicalJson(e.payload),
    };
    const hash = eventHash(prev, fields);
    rows.push({
      device_id: deviceId,
      seq,
      hlc: fields.hlc,
      type: fields.type,
      actor: fields.actor,
      payload_json: fields.payloadJson,
      prev_hash: prev,
      hash,
    });
    prev = hash;
  }
  return rows;
}

/** The rows with row `index` changed and every hash from it on computed again. */
export function rechained(
  rows: readonly EventRow[],
  index: number,
  change: (row: EventRow) => EventRow,
): EventRow[] {
  const out = rows.map((r, i) => (i === index ? change(r) : r));
  for (let i = index; i < out.length; i++) {
    const row = out[i] as EventRow;
    const prev = i === 0 ? row.prev_hash : (out[i - 1] as EventRow).hash;
    const hash = eventHash(prev, {
      deviceId: row.device_id,
      seq: row.seq,
      hlc: row.hlc,
      type: row.type,
      actor: row.actor,
      payloadJson: row.payload_json,
    });
    out[i] = { ...row, prev_hash: prev, hash };
  }
  return out;
}

// ---- sealing -----------------------------------------------------------------------------

/** What signs a sync file: a device's id and key, and the slot certificate it presents. */
export interface Signer {
  deviceId: string;
  publicKey: string;
  privateKeyPem: string;
  certificate: DeviceCertificate;
}

export interface SealInput {
  signer: Signer;
  electionId: string;
  precinctId: string;
  /** The header's range, counts and hashes are these events'. */
  events: readonly EventRow[];
  /** X25519 public keys (base64 SPKI) the body is encrypted to. */
  recipients: readonly string[];
  /** Body lines in place of the events' own (the header still describes `events`). */
  lines?: readonly string[];
  /** The plain body as given, in place of the lines. */
  plain?: Buffer;
  /** Edits the header before it is signed. */
  header?: (header: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * A sync file sealed as a laptop seals one (docs/sync-format.md), from whatever a test puts
 * in it: header and body are the test's, the signature is the signer's.
 */
export function sealSync(input: SealInput): Buffer {
  const first = input.events[0];
  const last = input.events.at(-1);
  if (!first || !last) throw new Error('name at least one event');
  const counts: Record<string, number> = {};
  for (const e of input.events) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const lines = input.lines ?? input.events.map(eventLine);
  const plain = input.plain ?? Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  let header: Record<string, unknown> = {
    format: 'precinct-desk-sync',
    version: 1,
    election_id: input.electionId,
    precinct_id: input.precinctId,
    device_id: input.signer.deviceId,
    device_public_key: input.signer.publicKey,
    slot: input.signer.certificate.slot,
    slot_public_key: input.signer.certificate.slotPublicKey,
    certificate: input.signer.certificate.signature,
    first_seq: first.seq,
    last_seq: last.seq,
    prev_hash: first.prev_hash,
    head_hash: last.hash,
    event_count: input.events.length,
    counts,
    attachment_parts: 0,
    recipients: input.recipients.map(keyFingerprint),
    created_at: '2027-03-19T15:00:00.000Z',
  };
  if (input.header) header = input.header(header);
  return writeEnvelope(
    'sync',
    header,
    encryptBody(plain, input.recipients),
    input.signer.privateKeyPem,
  ).bytes;
}

// ---- files that are not regular ----------------------------------------------------------

/** A sparse file of `bytes` (no disk used): for the size limit. */
export function sparseFile(path: string, bytes: number): string {
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** Whether this platform makes named pipes (`mkfifo`). */
export const canMakePipes =
  process.platform !== 'win32' && spawnSync('sh', ['-c', 'command -v mkfifo']).status === 0;

/** Makes a named pipe at `path` (see `canMakePipes`). */
export function namedPipe(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
  return path;
}

/**
 * Runs `work` (synchronous or not) while a separate process stands ready to open the pipe's
 * writing end after `graceMs`: a reader that opened the pipe and blocks is then released by
 * an end of file, so the run always ends. Tells how long the work took and whether the
 * release was needed (the reader had opened the pipe and was waiting on it).
 */
export async function guardedPipe<T>(
  pipe: string,
  work: () => T | Promise<T>,
  graceMs = 2_000,
): Promise<{ value: T; ms: number; released: boolean }> {
  const guard = spawn(
    'sh',
    ['-c', `sleep ${graceMs / 1000}; : > "$1"; echo released`, 'sh', pipe],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let released = false;
  guard.stdout.on('data', () => (released = true));
  const started = Date.now();
  try {
    const value = await work();
    const ms = Date.now() - started;
    // Let the guard's word arrive if it already had to release the pipe.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { value, ms, released };
  } finally {
    if (guard.exitCode === null && guard.pid !== undefined) guard.kill();
  }
}
