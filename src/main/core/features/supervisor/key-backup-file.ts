/**
 * The key backup file (`.pdkeys`, docs/key-backup.md): the central store's keys and package
 * registry, sealed under a passphrase of its own.
 *
 *   bytes  = MAGIC ‖ header JSON (one line) ‖ "\n" ‖ sealed
 *   k ‖ c  = scrypt(passphrase in NFC, salt, N = 2^17, r = 8, p = 1), 64 bytes
 *   check  = HMAC-SHA256(c, "precinct-desk/key-backup v1 check")   (in the header)
 *   sealed = AES-256-GCM(k, iv, deflate-raw(body)) ‖ 16-byte tag, with everything before it
 *            (magic and header line) as additional data: a changed header byte fails the tag
 *
 * The check tells a wrong passphrase (`wrong_backup_passphrase`) from an altered file
 * (`key_backup_altered`); neither opens anything.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { DomainError, type ErrorCode } from '@shared/result';

export const KEY_BACKUP_EXTENSION = '.pdkeys';
export const KEY_BACKUP_FORMAT = 'precinct-desk/key-backup';
export const KEY_BACKUP_VERSION = 1;
const MAGIC = Buffer.from(`${KEY_BACKUP_FORMAT}\n`, 'utf8');
/** No backup is larger: a bigger file is refused before it is read. */
export const MAX_KEY_BACKUP_BYTES = 512 * 1024 * 1024;
/** The body, once inflated, is bounded the same way (a string JavaScript can hold). */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
const MAX_HEADER_BYTES = 4096;
const TAG_BYTES = 16;
const CHECK_TEXT = `${KEY_BACKUP_FORMAT} v1 check`;
/** The real cost, as the door file's wraps: 128 MiB and about half a second per try. */
const KDF = { n: 1 << 17, r: 8, p: 1 } as const;

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((text) => Buffer.from(text, 'base64').length === bytes);

const headerSchema = z
  .object({
    format: z.literal(KEY_BACKUP_FORMAT),
    version: z.literal(KEY_BACKUP_VERSION),
    created_at: z.string().datetime(),
    central_fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    precincts: z.number().int().min(0),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        // Never cheaper than the cost it is written with; never so dear that reading hangs.
        n: z
          .number()
          .int()
          .min(KDF.n)
          .max(1 << 20),
        r: z.number().int().min(8).max(16),
        p: z.number().int().min(1).max(4),
        salt: base64Of(16),
      })
      .strict(),
    check: base64Of(32),
    cipher: z.literal('aes-256-gcm'),
    iv: base64Of(12),
    sealed_bytes: z.number().int().min(TAG_BYTES).max(MAX_KEY_BACKUP_BYTES),
  })
  .strict();
export type KeyBackupHeader = z.infer<typeof headerSchema>;

const refuse = (code: ErrorCode, message: string) => new DomainError(code, message);

function stretch(passphrase: string, salt: Buffer, n: number, r: number, p: number) {
  return new Promise<{ key: Buffer; check: Buffer }>((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 64, { N: n, r, p, maxmem: 256 * n * r }, (e, k) => {
      if (e) return reject(e);
      const check = createHmac('sha256', k.subarray(32)).update(CHECK_TEXT).digest();
      resolve({ key: k.subarray(0, 32), check });
    }),
  );
}

/** Seals `body` (JSON text) under `passphrase`: the whole file's bytes. */
export async function sealKeyBackup(
  body: string,
  meta: { createdAt: string; centralFingerprint: string; precincts: number },
  passphrase: string,
): Promise<Buffer> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = await stretch(passphrase, salt, KDF.n, KDF.r, KDF.p);
  const plain = deflateRawSync(Buffer.from(body, 'utf8'));
  const header: KeyBackupHeader = {
    format: KEY_BACKUP_FORMAT,
    version: KEY_BACKUP_VERSION,
    created_at: meta.createdAt,
    central_fingerprint: meta.centralFingerprint,
    precincts: meta.precincts,
    kdf: { name: 'scrypt', ...KDF, salt: salt.toString('base64') },
    check: check.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    sealed_bytes: plain.length + TAG_BYTES,
  };
  const front = Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(front);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  key.fill(0);
  return Buffer.concat([front, sealed]);
}

/** The readable header of a backup and where its sealed part starts, or a refusal. */
export function readKeyBackupHeader(bytes: Buffer): { header: KeyBackupHeader; front: Buffer } {
  if (bytes.length > MAX_KEY_BACKUP_BYTES) {
    throw refuse('key_backup_too_large', 'The file is larger than any key backup');
  }
  const start = bytes.subarray(0, MAGIC.length);
  if (!start.equals(MAGIC)) {
    // A backup cut inside its first line is still recognisably one.
    const cut =
      bytes.length < MAGIC.length &&
      bytes.length > 0 &&
      MAGIC.subarray(0, bytes.length).equals(bytes);
    throw cut
      ? refuse('key_backup_truncated', 'The key backup is cut off')
      : refuse('not_a_key_backup', 'The file is not a key backup');
  }
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > MAX_HEADER_BYTES) {
    throw bytes.length - MAGIC.length <= MAX_HEADER_BYTES
      ? refuse('key_backup_truncated', 'The key backup is cut off')
      : refuse('key_backup_damaged', 'The key backup’s header does not read');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    throw refuse('key_backup_damaged', 'The key backup’s header does not read');
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== KEY_BACKUP_VERSION) {
    throw refuse('key_backup_version', `Key backup version ${version} is not read here`);
  }
  const checked = headerSchema.safeParse(parsed);
  if (!checked.success) {
    throw refuse('key_backup_damaged', 'The key backup’s header does not read');
  }
  return { header: checked.data, front: bytes.subarray(0, end + 1) };
}

/** Opens a backup: its header and its body (JSON text), or a refusal naming why. */
export async function openKeyBackup(
  bytes: Buffer,
  passphrase: string,
): Promise<{ header: KeyBackupHeader; body: string }> {
  const { header, front } = readKeyBackupHeader(bytes);
  const sealed = bytes.subarray(front.length);
  if (sealed.length < header.sealed_bytes) {
    throw refuse('key_backup_truncated', 'The key backup is cut off');
  }
  if (sealed.length > header.sealed_bytes) {
    throw refuse('key_backup_altered', 'The key backup was changed');
  }
  const { kdf } = header;
  const { key, check } = await stretch(
    passphrase,
    Buffer.from(kdf.salt, 'base64'),
    kdf.n,
    kdf.r,
    kdf.p,
  );
  try {
    if (!timingSafeEqual(check, Buffer.from(header.check, 'base64'))) {
      throw refuse('wrong_backup_passphrase', 'The passphrase does not open this key backup');
    }
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
      decipher.setAAD(front);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      plain = Buffer.concat([
        decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw refuse('key_backup_altered', 'The key backup was changed');
    }
    try {
      return {
        header,
        body: inflateRawSync(plain, { maxOutputLength: MAX_BODY_BYTES }).toString('utf8'),
      };
    } catch {
      throw refuse('key_backup_damaged', 'The key backup’s body does not read');
    } finally {
      plain.fill(0);
    }
  } finally {
    key.fill(0);
  }
}
