import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { canonicalJson } from '../kernel/events/canonical-json';
import { signBytes, verifyBytes } from './keys';

/**
 * The envelope both sync formats share (docs/sync-format.md):
 *
 *   line 1  magic and format version    `PRECINCT-DESK-SYNC 1` or `PRECINCT-DESK-PACKAGE 2`
 *   line 2  header: canonical JSON, one line, with `body_sha256` and `body_bytes`
 *   line 3  base64 Ed25519 signature of lines 1 and 2 (their bytes, newlines included)
 *   then    the body, `body_bytes` bytes whose SHA-256 is `body_sha256`
 *
 * So `head -n 2` is what was signed, `sed -n 3p | base64 -d` the signature and
 * `tail -n +4` the body: a reader with openssl and sha256sum can check a file by hand.
 */
export type FileKind = 'sync' | 'package';

/** The version of each kind this app writes (a package's body is sealed from 2). */
export const FORMAT_VERSION: Record<FileKind, number> = { sync: 1, package: 2 };
/**
 * The versions this app reads: a sync file carrying a restored range is version 2
 * (docs/sync-format.md, "The restored range"); every other sync file is still version 1.
 */
export const READ_VERSIONS: Record<FileKind, readonly number[]> = { sync: [1, 2], package: [2] };
export const MAGIC: Record<FileKind, string> = {
  sync: 'PRECINCT-DESK-SYNC',
  package: 'PRECINCT-DESK-PACKAGE',
};
const MAGIC_PREFIX = 'PRECINCT-DESK-';
/** Files over this size are refused before they are read (a supervisor's default). */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
/** A header is small; a longer first part is not one of ours. */
const MAX_HEADER_BYTES = 1024 * 1024;

export type EnvelopeProblem =
  | 'not_a_sync_file'
  | 'not_a_package'
  | 'unsupported_version'
  | 'malformed'
  | 'too_large'
  | 'bad_signature'
  | 'body_mismatch';

export interface Envelope {
  kind: FileKind;
  /** The version line 1 names. */
  version: number;
  header: Record<string, unknown>;
  /** Lines 1 and 2 with their newlines: the signed bytes. */
  signed: Buffer;
  signature: Buffer;
  body: Buffer;
}

export type EnvelopeResult =
  { ok: true; envelope: Envelope } | { ok: false; problem: EnvelopeProblem };

const notOurs = (expected: FileKind): EnvelopeProblem =>
  expected === 'sync' ? 'not_a_sync_file' : 'not_a_package';

/** Writes a file: the header gets `body_sha256` and `body_bytes`, lines 1–2 are signed. */
export function writeEnvelope(
  kind: FileKind,
  header: Record<string, unknown>,
  body: Buffer,
  signingKeyPem: string,
  version: number = FORMAT_VERSION[kind],
): { bytes: Buffer; header: Record<string, unknown> } {
  const full = {
    ...header,
    body_sha256: createHash('sha256').update(body).digest('hex'),
    body_bytes: body.length,
  };
  const signed = Buffer.from(`${MAGIC[kind]} ${version}\n${canonicalJson(full)}\n`, 'utf8');
  const signature = signBytes(signingKeyPem, signed);
  return {
    bytes: Buffer.concat([signed, Buffer.from(`${signature.toString('base64')}\n`, 'ascii'), body]),
    header: full,
  };
}

/**
 * Reads the envelope's structure: magic, version, header JSON, signature line, body length.
 * Checks neither the signature nor the body's hash (see `checkEnvelope`).
 */
export function parseEnvelope(bytes: Buffer, expected: FileKind): EnvelopeResult {
  const fail = (problem: EnvelopeProblem): EnvelopeResult => ({ ok: false, problem });
  const first = bytes.indexOf(0x0a);
  const magicLine = bytes.subarray(0, first < 0 ? Math.min(bytes.length, 64) : first);
  const magic = magicLine.toString('latin1');
  if (!magic.startsWith(MAGIC_PREFIX)) return fail(notOurs(expected));
  const match = /^(PRECINCT-DESK-[A-Z]+) (\d{1,6})$/.exec(magic);
  if (!match) return fail(first < 0 && magic.length < 64 ? 'malformed' : notOurs(expected));
  if (match[1] !== MAGIC[expected]) return fail(notOurs(expected));
  const version = Number(match[2]);
  if (!READ_VERSIONS[expected].includes(version)) {
    return fail('unsupported_version');
  }
  const second = bytes.indexOf(0x0a, first + 1);
  if (second < 0 || second - first > MAX_HEADER_BYTES) return fail('malformed');
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(first + 1, second).toString('utf8'));
  } catch {
    return fail('malformed');
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) {
    return fail('malformed');
  }
  const third = bytes.indexOf(0x0a, second + 1);
  if (third < 0 || third - second > 200) return fail('malformed');
  const signatureText = bytes.subarray(second + 1, third).toString('latin1');
  if (!/^[A-Za-z0-9+/]{86}==$/.test(signatureText)) return fail('malformed');
  const h = header as Record<string, unknown>;
  if (
    typeof h.body_sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(h.body_sha256) ||
    typeof h.body_bytes !== 'number' ||
    !Number.isSafeInteger(h.body_bytes) ||
    h.body_bytes < 0
  ) {
    return fail('malformed');
  }
  return {
    ok: true,
    envelope: {
      kind: expected,
      version,
      header: h,
      signed: bytes.subarray(0, second + 1),
      signature: Buffer.from(signatureText, 'base64'),
      body: bytes.subarray(third + 1),
    },
  };
}

/** The signature by `publicKey` (base64 SPKI), then the body's length and SHA-256. */
export function checkEnvelope(envelope: Envelope, publicKey: string): EnvelopeProblem | null {
  if (!verifyBytes(publicKey, envelope.signed, envelope.signature)) return 'bad_signature';
  const { header, body } = envelope;
  if (body.length !== header.body_bytes) return 'body_mismatch';
  if (createHash('sha256').update(body).digest('hex') !== header.body_sha256) {
    return 'body_mismatch';
  }
  return null;
}

/**
 * Reads a file whose size, checked on the open file first, is within the limit. Only a regular
 * file is read: a pipe, device or socket (which could block a read for ever, or never end) is
 * refused as `malformed` without reading from it; the open itself does not wait for a writer.
 */
export function readRegularFile(
  path: string,
  maxBytes: number,
): Buffer | 'too_large' | 'malformed' {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return 'malformed';
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return 'malformed';
    if (stat.size > maxBytes) return 'too_large';
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return 'malformed';
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses an envelope file (see readRegularFile for what is read at all). */
export function readEnvelopeFile(
  path: string,
  expected: FileKind,
  maxBytes: number = DEFAULT_MAX_FILE_BYTES,
): EnvelopeResult & { bytes?: Buffer } {
  const bytes = readRegularFile(path, maxBytes);
  if (typeof bytes === 'string') return { ok: false, problem: bytes };
  return { ...parseEnvelope(bytes, expected), bytes };
}
