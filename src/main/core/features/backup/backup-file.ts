/**
 * The backup file (docs/backups.md, exactly): a magic line, a clear header of public facts
 * (canonical JSON, one line), the door as the laptop keeps it (its wraps of the store key,
 * without its lockout counts), and then the store's bytes exactly as at rest — a `VACUUM INTO`
 * copy made with the store's own key, so not one page of it is in clear.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '@shared/result';
import type { DoorFile } from '../../kernel/at-rest/door-file';
import { canonicalJson } from '../../kernel/events/canonical-json';
import { verifyBytes } from '../../airgap/keys';

export const BACKUP_MAGIC = 'PRECINCT-DESK-BACKUP 1';
export const BACKUP_EXTENSION = '.pdbackup';
/** How many backups of this laptop a folder keeps: the newest ten. */
export const BACKUPS_KEPT = 10;
/** The magic line and the header never reach this size (a file that does is not a backup). */
const HEAD_LIMIT = 64 * 1024;
/** A door line is a few kilobytes; a bound keeps a damaged file from being read whole. */
const DOOR_LIMIT = 4 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const backupHeaderSchema = z
  .object({
    format: z.literal('precinct-desk backup'),
    version: z.literal(1),
    created_at: z.iso.datetime(),
    /** The package's ids (null for a precinct set up by hand), the precinct's number. */
    election_id: z.string().nullable(),
    precinct_id: z.string().nullable(),
    precinct_number: z.number().int().nullable(),
    /** The laptop that wrote it, and the device slot of its package it took (or null). */
    device_id: z.string().min(1),
    slot: z.number().int().min(1).nullable(),
    /** Its Ed25519 key (base64 SPKI DER), which signed this header (`signature`). */
    device_public_key: z.string().min(1),
    /** The laptop's own last event in the copy, and that event's hash (the chain's head). */
    last_seq: z.number().int().min(0),
    head_hash: sha256Hex,
    door_bytes: z.number().int().min(2),
    door_sha256: sha256Hex,
    store_bytes: z.number().int().min(1),
    store_sha256: sha256Hex,
    /** The device key's signature (base64) of the canonical JSON of every other field. */
    signature: z.string().min(1),
  })
  .strict();
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** What the device key signs: the header's canonical JSON without its signature. */
export function signedHeaderText(fields: Omit<BackupHeader, 'signature'>): Buffer {
  return Buffer.from(canonicalJson(fields), 'utf8');
}

/** Whether the header's signature is its device key's (what the laptop itself wrote). */
export function headerSignedByDevice(header: BackupHeader): boolean {
  const { signature, ...fields } = header;
  return verifyBytes(
    header.device_public_key,
    signedHeaderText(fields),
    Buffer.from(signature, 'base64'),
  );
}

/**
 * The door a backup carries: the wraps and the commission's wrap that open the store, the
 * names the login screen shows; never a lockout count, never the key (a store still open
 * without a secret is not backed up: `backup_store_unsealed`).
 */
export function backupDoor(door: DoorFile): DoorFile {
  if (door.open_key !== null || door.key_check === null || door.wraps.length === 0) {
    throw new DomainError(
      'backup_store_unsealed',
      'The store is not sealed by a secret yet: a backup waits for the first PIN',
    );
  }
  return {
    ...door,
    lockouts: [],
    secret_lockouts: [],
    pending_lockouts: [],
    sealing: null,
  };
}

/** The chunks of a backup file, the store copy streamed from `storeCopy`. */
export async function* backupChunks(
  header: BackupHeader,
  doorLine: Buffer,
  storeCopy: string,
): AsyncGenerator<Uint8Array | string> {
  yield `${BACKUP_MAGIC}\n${canonicalJson(header)}\n`;
  yield doorLine;
  for await (const chunk of createReadStream(storeCopy)) yield chunk as Buffer;
}

/** A door as its line in a backup: JSON on one line, ending in a newline. */
export function doorLineOf(door: DoorFile): Buffer {
  return Buffer.from(`${JSON.stringify(door)}\n`, 'utf8');
}

/** A file's size and SHA-256, read as a stream. */
export async function digestOf(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

const damaged = (path: string, why: string) =>
  new DomainError('backup_damaged', `${path} is not a whole backup: ${why}`, { path });

/** A backup's clear header, read without a secret; `backup_damaged` when it is not one. */
export async function readBackupHeader(
  path: string,
): Promise<{ header: BackupHeader; offset: number }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_LIMIT);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_LIMIT, 0);
    const head = buffer.subarray(0, bytesRead);
    const first = head.indexOf(10);
    const second = first < 0 ? -1 : head.indexOf(10, first + 1);
    if (second < 0 || head.subarray(0, first).toString('utf8') !== BACKUP_MAGIC) {
      throw damaged(path, 'no backup header');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(head.subarray(first + 1, second).toString('utf8'));
    } catch {
      throw damaged(path, 'header is not JSON');
    }
    const header = backupHeaderSchema.safeParse(parsed);
    if (!header.success) throw damaged(path, 'header does not fit the format');
    if (!headerSignedByDevice(header.data)) throw damaged(path, 'header not signed by its device');
    const { size } = await handle.stat();
    if (size !== second + 1 + header.data.door_bytes + header.data.store_bytes) {
      throw damaged(path, 'its length is not the one its header gives');
    }
    return { header: header.data, offset: second + 1 };
  } finally {
    await handle.close();
  }
}

/** A backup read whole: its header, its door, and where its store's bytes start. */
export interface OpenedBackup {
  path: string;
  header: BackupHeader;
  door: unknown;
  storeOffset: number;
}

/**
 * Reads a backup and checks it against its header: the door's and the store's SHA-256. The
 * door is returned unparsed (the at-rest code checks it as any door).
 */
export async function readBackup(path: string): Promise<OpenedBackup> {
  const { header, offset } = await readBackupHeader(path);
  if (header.door_bytes > DOOR_LIMIT) throw damaged(path, 'door too large');
  const handle = await open(path, 'r');
  let doorBytes: Buffer;
  try {
    doorBytes = Buffer.alloc(header.door_bytes);
    await handle.read(doorBytes, 0, header.door_bytes, offset);
  } finally {
    await handle.close();
  }
  if (createHash('sha256').update(doorBytes).digest('hex') !== header.door_sha256) {
    throw damaged(path, 'door does not match its SHA-256');
  }
  const storeOffset = offset + header.door_bytes;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { start: storeOffset })) {
    hash.update(chunk as Buffer);
  }
  if (hash.digest('hex') !== header.store_sha256) {
    throw damaged(path, 'store does not match its SHA-256');
  }
  let door: unknown;
  try {
    door = JSON.parse(doorBytes.toString('utf8'));
  } catch {
    throw damaged(path, 'door is not JSON');
  }
  return { path, header, door, storeOffset };
}

/**
 * A backup file's name: sorted by name, the oldest first. The time keeps its milliseconds: two
 * backups of the same state a moment apart (a timer's, then an export's) are two files.
 */
export function backupFileName(header: BackupHeader): string {
  const time = header.created_at.replace(/[-:.]/g, '');
  const precinct = header.precinct_number ?? 0;
  return `precinct-${precinct}-${header.device_id.slice(0, 8)}-${time}-${header.last_seq}${BACKUP_EXTENSION}`;
}

/** The backups in a folder, each with its header (files that are not whole backups apart). */
export async function listBackups(folder: string): Promise<{
  backups: { path: string; name: string; header: BackupHeader }[];
  damaged: string[];
}> {
  const names = (await readdir(folder))
    .filter((name) => name.endsWith(BACKUP_EXTENSION) && !name.startsWith('.'))
    .sort();
  const backups: { path: string; name: string; header: BackupHeader }[] = [];
  const broken: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    try {
      backups.push({ path, name, header: (await readBackupHeader(path)).header });
    } catch {
      broken.push(name);
    }
  }
  // Oldest first: by time, then (one laptop's backups in the same second) by its last event.
  backups.sort(
    (a, b) =>
      a.header.created_at.localeCompare(b.header.created_at) ||
      a.header.last_seq - b.header.last_seq ||
      a.name.localeCompare(b.name),
  );
  return { backups, damaged: broken };
}
