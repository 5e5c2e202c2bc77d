import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { z } from 'zod';
import { eventPayloadSchemas } from '../../events';
import type { Db } from '../../kernel/db/database';
import type { ChainEvent } from '../../kernel/events/chain-authority';
import type { KeyPair } from '../../airgap/keys';
import { deflateRawSync } from 'node:zlib';
import {
  decodeSyncBody,
  decryptSyncBody,
  openSyncFile,
  type SyncEvent,
  type SyncFileResult,
  type SyncHeader,
} from '../../airgap/sync-file';
import { DASHBOARD_TYPES } from './supervisor-projection';
import { deviceRow, placeInChain } from './chain-store';
import { readRegularFile } from '../../airgap/container';
import { protocolPayloadSchema } from './protocol-payload';
import { storeKeyOf } from './supervisor-db';

/** An event the dashboard reads (supervisor-projection.ts), as the reader hands it on. */
export type ProjectedEvent = Pick<SyncEvent, 'seq' | 'type' | 'hlc' | 'payload_json'>;

/**
 * A decrypted body whose chain holds, in the compact form the writer needs: no per-event
 * objects cross threads except the events the dashboard reads.
 */
export interface ReadBody {
  /** The events' 32-byte hashes, in seq order. */
  hashes: Buffer;
  /** Byte offset just past each event line's newline in `plain`. */
  lineEnds: Uint32Array;
  plain: Buffer;
  /** The event lines (without the last newline) raw-deflated, as the store keeps them. */
  deflated: Buffer;
  projected: ProjectedEvent[];
  /** Every event with its payload parsed by its type's schema: what re-authorising reads. */
  events: ChainEvent[];
}

export type BodyRead =
  | (ReadBody & { restored: ReadRange | null })
  | 'undecryptable'
  | 'chain_broken'
  | 'malformed'
  | 'restored_range_forged';

/** A restored range read as a file's own events are, with the header that names it. */
export interface ReadRange extends ReadBody {
  header: SyncHeader;
}

/** Decrypts a body with the central key and checks its chain (decodeSyncBody). */
export function readBody(header: SyncHeader, body: Buffer, key: KeyPair): BodyRead {
  const plain = decryptSyncBody(header, body, [key]);
  if (!plain) return 'undecryptable';
  const decoded = decodeSyncBody(header, plain);
  if (!decoded.ok) return decoded.problem;
  const own = compact(decoded.events, decoded.own ?? plain);
  if (own === 'malformed') return own;
  const range = decoded.restored;
  if (!range) return { ...own, restored: null };
  const restored = compact(range.events, range.plain);
  if (restored === 'malformed') return restored;
  return { ...own, restored: { ...restored, header: range.header } };
}

/** A decoded range's events in the compact form the writer needs. */
function compact(events: readonly SyncEvent[], plain: Buffer): ReadBody | 'malformed' {
  const hashes = Buffer.allocUnsafe(events.length * 32);
  const lineEnds = new Uint32Array(events.length);
  const projected: ProjectedEvent[] = [];
  const checked: ChainEvent[] = [];
  // Every payload must fit the schema the precincts record it with: one that does not is
  // refused here, before anything projects it.
  for (const e of events) {
    const payload = parsePayload(e.type, e.payload_json);
    if (payload === undefined) return 'malformed';
    checked.push({ seq: e.seq, type: e.type, actor: e.actor, payload });
  }
  let at = 0;
  events.forEach((e, i) => {
    hashes.write(e.hash, i * 32, 'hex');
    at = plain.indexOf(0x0a, at) + 1;
    lineEnds[i] = at;
    if (DASHBOARD_TYPES.has(e.type)) {
      projected.push({ seq: e.seq, type: e.type, hlc: e.hlc, payload_json: e.payload_json });
    }
  });
  const deflated = deflateRawSync(plain.subarray(0, at - 1), { level: 1 });
  return { hashes, lineEnds, plain, deflated, projected, events: checked };
}

/** A payload parsed by its type's schema, or undefined for an unknown type or a bad payload. */
function parsePayload(type: string, json: string): unknown {
  // The voting day's events by the shared contract's schemas, the ones the precinct uses.
  const schema =
    protocolPayloadSchema(type) ??
    (eventPayloadSchemas as Record<string, z.ZodType | undefined>)[type];
  if (!schema) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A file read and checked as far as needs no write: its bytes, its envelope (structure,
 * device signature, body hash) and, unless its header shows it is already stored, its body
 * decrypted with the central key and its chain checked. The import applies it.
 */
export interface PreparedFile {
  file: string;
  bytes: Buffer | 'too_large' | 'malformed';
  opened: SyncFileResult | null;
  /** null when not opened (refused envelope, or already stored as far as the reader saw). */
  body: BodyRead | null;
}

/** Reads one file; `db` (read-only is enough) tells which files are already stored. */
export function prepareFile(
  file: string,
  maxBytes: number,
  key: KeyPair,
  db: Db | null,
): PreparedFile {
  const bytes = readRegularFile(file, maxBytes);
  if (typeof bytes === 'string') return { file, bytes, opened: null, body: null };
  const opened = openSyncFile(bytes);
  if (!opened.ok) return { file, bytes, opened, body: null };
  // A stored chain only grows, so a file seen stored here is stored for the writer too.
  const device = db ? deviceRow(db, opened.header.device_id) : undefined;
  if (db && placeInChain(db, device, opened.header).kind === 'already') {
    return { file, bytes, opened, body: null };
  }
  return { file, bytes, opened, body: readBody(opened.header, opened.envelope.body, key) };
}

/** What the reader worker is given. */
export interface ReaderJob {
  files: string[];
  maxBytes: number;
  key: KeyPair;
  databasePath: string;
  /** The key the central store is encrypted with (null: a plain store). */
  storeKey: Uint8Array | null;
  port: MessagePort;
  /** Int32 [0]: messages posted so far, so the writer can sleep until the next one. */
  signal: SharedArrayBuffer;
}

/** Files the worker may read ahead of the writer: bounds memory (a file is at most 256 MiB). */
export const FILES_IN_FLIGHT = 4;
/** Without a word from the worker for this long, the writer reads the rest itself. */
const STALL_MS = 60_000;

let workerUrl: URL | null = null;

/** Entry points that ship the built worker say where it is; without this, files are read inline. */
export function useSyncReadWorker(url: URL): void {
  workerUrl = url;
}

/**
 * Hands the writer the files in order, read on a second core when the built worker is
 * there (a supervisor's import then decrypts and checks one file while it writes the one
 * before), inline otherwise. `next` blocks until the file is ready, so the writer's
 * transactions stay synchronous.
 */
export class FileReader {
  private index = 0;
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private signal: Int32Array | null = null;
  private seen = 0;

  constructor(
    private readonly files: readonly string[],
    private readonly maxBytes: number,
    private readonly key: KeyPair,
    db: Db,
  ) {
    if (!workerUrl || db.memory || files.length < 2) return;
    const channel = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const job: ReaderJob = {
      files: [...files],
      maxBytes,
      key,
      databasePath: db.name,
      storeKey: storeKeyOf(db),
      port: channel.port2,
      signal,
    };
    this.worker = new Worker(workerUrl, { workerData: job, transferList: [channel.port2] });
    this.worker.unref();
    this.port = channel.port1;
    this.signal = new Int32Array(signal);
  }

  /** The next file, or null after the last. */
  next(): PreparedFile | null {
    const file = this.files[this.index];
    if (file === undefined) {
      this.close();
      return null;
    }
    this.index++;
    const fromWorker = this.receive();
    if (fromWorker && fromWorker.file === file) return revive(fromWorker);
    // No worker, or it stopped: read here from now on.
    this.close();
    return prepareFile(file, this.maxBytes, this.key, null);
  }

  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = null;
    this.port = null;
  }

  private receive(): PreparedFile | null {
    const { port, signal } = this;
    if (!port || !signal) return null;
    const started = Date.now();
    for (;;) {
      const posted = Atomics.load(signal, 0);
      const message = receiveMessageOnPort(port);
      if (message) {
        this.seen++;
        port.postMessage('credit');
        return message.message as PreparedFile;
      }
      if (Date.now() - started > STALL_MS) return null;
      if (posted === this.seen) Atomics.wait(signal, 0, posted, 1000);
    }
  }
}

/** Buffers arrive as plain Uint8Arrays after crossing threads. */
function revive(prepared: PreparedFile): PreparedFile {
  const buffer = (value: Uint8Array) =>
    Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const { bytes, opened, body } = prepared;
  if (opened?.ok) {
    const e = opened.envelope;
    opened.envelope = {
      ...e,
      signed: buffer(e.signed),
      signature: buffer(e.signature),
      body: buffer(e.body),
    };
  }
  const revived = <T extends ReadBody>(read: T): T => ({
    ...read,
    hashes: buffer(read.hashes),
    plain: buffer(read.plain),
    deflated: buffer(read.deflated),
  });
  return {
    ...prepared,
    bytes: typeof bytes === 'string' ? bytes : buffer(bytes),
    body:
      body && typeof body === 'object'
        ? { ...revived(body), restored: body.restored ? revived(body.restored) : null }
        : body,
  };
}
