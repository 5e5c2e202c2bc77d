/**
 * The door file (`precinct-door.json`): the one file of a precinct's data folder that is read
 * before a secret is entered, and so the only one in clear. It names the precinct and its
 * members (for the login screen), holds the store key's wraps, the lockout state, and the
 * folder's mode; never a voter's data, a PIN, a code or the key itself (once the store is
 * sealed). Its exact contents are in docs/at-rest.md.
 */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '@shared/result';
import { writePrivateFileSync } from './private-files';

export const DOOR_FILE = 'precinct-door.json';
const FORMAT = 'precinct-desk door';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const secretWrapSchema = z.object({
  kdf: z.literal('scrypt'),
  n_log2: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: b64,
  nonce: b64,
  sealed: b64,
});

/** What a secret wrap opens for: whose secret, of which kind. */
export const WRAP_KINDS = [
  'pin',
  'temporary_pin',
  'recovery_code',
  'handover_code',
  'folder_secret',
] as const;
export type WrapKind = (typeof WRAP_KINDS)[number];

const doorWrapSchema = secretWrapSchema.extend({
  kind: z.enum(WRAP_KINDS),
  member_id: z.string().nullable(),
  /** A temporary PIN's end, ms since the epoch. */
  expires_at: z.number().int().nullable(),
  /** The sealed key is further sealed by the OS keystore (Electron's safeStorage). */
  os_keystore: z.boolean(),
  /** Which key it wraps (key-check below): a wrap of a key the store no longer has is dropped. */
  key_check: b64,
});
export type DoorWrap = z.infer<typeof doorWrapSchema>;

const publicWrapSchema = z.object({
  to: b64,
  ephemeral: b64,
  nonce: b64,
  sealed: b64,
  key_check: b64,
});

/** A key sealed by another key (AES-256-GCM), naming the key it seals by its check. */
const keyWrapSchema = z.object({ nonce: b64, sealed: b64, key_check: b64 });

const lockoutSchema = z.object({
  member_id: z.string(),
  failed_attempts: z.number().int().min(0),
  locked_until: z.number().int().nullable(),
  lockouts: z.number().int().min(0),
});
export type DoorLockout = z.infer<typeof lockoutSchema>;

/** The secrets that seal a store for no member: a package's handover code, a folder's own. */
export const SEALING_KINDS = ['handover_code', 'folder_secret'] as const;
export type SealingKind = (typeof SEALING_KINDS)[number];

/** Wrong tries of a sealing secret, counted as a member's wrong PINs are. */
const secretLockoutSchema = z.object({
  kind: z.enum(SEALING_KINDS),
  failed_attempts: z.number().int().min(0),
  locked_until: z.number().int().nullable(),
  lockouts: z.number().int().min(0),
});
export type SecretLockout = z.infer<typeof secretLockoutSchema>;

export const DOOR_MODES = ['new', 'precinct', 'closed', 'supervisor'] as const;

const doorSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  mode: z.enum(DOOR_MODES),
  /** The precinct's public facts as the screens show them before login (number, name, day…). */
  precinct: z.record(z.string(), z.unknown()).nullable(),
  /** The language of the screens before login. */
  device_language: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string(),
      active: z.boolean(),
      has_pin: z.boolean(),
    }),
  ),
  /**
   * The store key in clear, only while no secret protects the store: a first run before setup
   * or before supervisor mode's administrator is made, a folder just converted from the
   * previous format until a member logs in. Null once sealed.
   */
  open_key: b64.nullable(),
  /** The key's check while sealed (HMAC-SHA256 of a fixed text under the key). */
  key_check: b64.nullable(),
  wraps: z.array(doorWrapSchema),
  central_wrap: publicWrapSchema.nullable(),
  /**
   * A supervisor folder's store key sealed by the central store's key (central.db's), so the
   * small store opens only after a supervisor's passphrase opened the central store. Null
   * elsewhere (a door written before held its key in `open_key`).
   */
  supervisor_wrap: keyWrapSchema.nullable().default(null),
  lockouts: z.array(lockoutSchema),
  /** Wrong handover codes and folder secrets (a door written before counted none). */
  secret_lockouts: z.array(secretLockoutSchema).default([]),
  /** Lockouts that happened while the store was shut, recorded in its log at its next opening. */
  pending_lockouts: z.array(
    z.object({ member_id: z.string(), until: z.number().int(), minutes: z.number() }),
  ),
  /** A seal under way: wraps of the next key (see door-keeper.ts). */
  sealing: z.object({ key_check: b64, wraps: z.array(doorWrapSchema) }).nullable(),
});
export type DoorFile = z.infer<typeof doorSchema>;
export type DoorMember = DoorFile['members'][number];

/** The door file's path in a data folder. */
export function doorPath(dataDir: string): string {
  return join(dataDir, DOOR_FILE);
}

/** A key's check: lets a wrap name its key without telling anything about it. */
export function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('precinct-desk store key check').digest('base64');
}

/** An empty door for a new folder whose store opens with `openKey` until it is sealed. */
export function newDoor(openKey: Buffer): DoorFile {
  return {
    format: FORMAT,
    version: 1,
    mode: 'new',
    precinct: null,
    device_language: null,
    members: [],
    open_key: openKey.toString('base64'),
    key_check: null,
    wraps: [],
    central_wrap: null,
    supervisor_wrap: null,
    lockouts: [],
    secret_lockouts: [],
    pending_lockouts: [],
    sealing: null,
  };
}

/** The folder's door, or null when it has none; a damaged one is refused (`door_damaged`). */
export function readDoor(dataDir: string): DoorFile | null {
  const path = doorPath(dataDir);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = null;
  }
  const door = doorSchema.safeParse(parsed);
  if (!door.success) {
    throw new DomainError('door_damaged', 'The data folder’s door file is damaged');
  }
  return door.data;
}

/** A door read from elsewhere (a backup's copy): `door_damaged` when it does not fit. */
export function parseDoor(value: unknown): DoorFile {
  const door = doorSchema.safeParse(value);
  if (!door.success) throw new DomainError('door_damaged', 'The door file is damaged');
  return door.data;
}

/** Writes the door whole (0600, atomically). */
export function writeDoor(dataDir: string, door: DoorFile): void {
  writePrivateFileSync(doorPath(dataDir), `${JSON.stringify(doorSchema.parse(door), null, 1)}\n`);
}
