/**
 * The store key's wraps: the one random 256-bit key of a precinct's store, encrypted once per
 * secret that may open it. A secret's wrap stretches the secret with scrypt (memory-hard; the
 * cost is recorded in the wrap) into an AES-256-GCM key; the commission's wrap encrypts to the
 * central commission's X25519 public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM), so only
 * the central private key opens it. Only node:crypto.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
} from 'node:crypto';
import { STORE_KEY_BYTES } from '../db/store-key';

/** scrypt's cost: N = 2^17, r = 8 (128 MiB and about a third of a second per try on a laptop). */
export const WRAP_COST_LOG2 = 17;
const R = 8;
const P = 1;
const NONCE = 12;
const TAG = 16;
const CENTRAL_INFO = Buffer.from('precinct-desk store key v1', 'utf8');

/** A key wrapped by a secret; every binary field base64. */
export interface SecretWrap {
  kdf: 'scrypt';
  n_log2: number;
  r: number;
  p: number;
  salt: string;
  nonce: string;
  sealed: string;
}

/** A key wrapped to an X25519 public key (base64 SPKI). */
export interface PublicKeyWrap {
  to: string;
  ephemeral: string;
  nonce: string;
  sealed: string;
}

function stretch(
  secret: string,
  salt: Buffer,
  nLog2: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const n = 2 ** nLog2;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { N: n, r, p, maxmem: 128 * n * r * 2 }, (e, key) =>
      e ? reject(e) : resolve(key),
    );
  });
}

function seal(key: Buffer, plain: Buffer, aad: Buffer): { nonce: Buffer; sealed: Buffer } {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { nonce, sealed };
}

function open(key: Buffer, nonce: Buffer, sealed: Buffer, aad: Buffer): Buffer | null {
  if (sealed.length < TAG) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - TAG)),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

/**
 * Wraps `storeKey` by `secret`. `label` names what the wrap is for (a member's PIN, the recovery
 * code…) and is authenticated with it, so a wrap cannot be moved to another slot of the door.
 */
export async function wrapWithSecret(
  storeKey: Buffer,
  secret: string,
  label: string,
  costLog2: number = WRAP_COST_LOG2,
): Promise<SecretWrap> {
  const salt = randomBytes(16);
  const kek = await stretch(secret, salt, costLog2, R, P);
  const { nonce, sealed } = seal(kek, storeKey, Buffer.from(label, 'utf8'));
  return {
    kdf: 'scrypt',
    n_log2: costLog2,
    r: R,
    p: P,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    sealed: sealed.toString('base64'),
  };
}

/** The store key, or null when `secret` is not the one the wrap was made with. */
export async function unwrapWithSecret(
  wrap: SecretWrap,
  secret: string,
  label: string,
): Promise<Buffer | null> {
  if (wrap.n_log2 < 10 || wrap.n_log2 > 20 || wrap.r < 1 || wrap.r > 32 || wrap.p !== 1)
    return null;
  const kek = await stretch(secret, Buffer.from(wrap.salt, 'base64'), wrap.n_log2, wrap.r, wrap.p);
  const key = open(
    kek,
    Buffer.from(wrap.nonce, 'base64'),
    Buffer.from(wrap.sealed, 'base64'),
    Buffer.from(label, 'utf8'),
  );
  return key && key.length === STORE_KEY_BYTES ? key : null;
}

/** A key sealed by another 256-bit key; binary fields base64. */
export interface KeyWrap {
  nonce: string;
  sealed: string;
}

/** Seals `storeKey` by another random key (`kek`), bound to `label`. */
export function wrapWithKey(storeKey: Buffer, kek: Buffer, label: string): KeyWrap {
  const { nonce, sealed } = seal(kek, storeKey, Buffer.from(label, 'utf8'));
  return { nonce: nonce.toString('base64'), sealed: sealed.toString('base64') };
}

/** The store key `wrapWithKey` sealed, or null for another key, label or an altered wrap. */
export function unwrapWithKey(wrap: KeyWrap, kek: Buffer, label: string): Buffer | null {
  const key = open(
    kek,
    Buffer.from(wrap.nonce, 'base64'),
    Buffer.from(wrap.sealed, 'base64'),
    Buffer.from(label, 'utf8'),
  );
  return key && key.length === STORE_KEY_BYTES ? key : null;
}

const SPKI_X25519_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function rawOf(spkiBase64: string): Buffer {
  return Buffer.from(spkiBase64, 'base64').subarray(-32);
}

function kekFor(shared: Buffer, ephemeralRaw: Buffer, recipientRaw: Buffer): Buffer {
  return Buffer.from(
    hkdfSync('sha256', shared, Buffer.concat([ephemeralRaw, recipientRaw]), CENTRAL_INFO, 32),
  );
}

/** Wraps `storeKey` to an X25519 public key given as base64 SPKI DER (the commission's). */
export function wrapToPublicKey(storeKey: Buffer, publicKey: string): PublicKeyWrap {
  const recipient = createPublicKey({
    key: Buffer.from(publicKey, 'base64'),
    format: 'der',
    type: 'spki',
  });
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = Buffer.from(
    ephemeral.publicKey.export({ type: 'spki', format: 'der' }),
  ).subarray(-32);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const kek = kekFor(shared, ephemeralRaw, rawOf(publicKey));
  const { nonce, sealed } = seal(kek, storeKey, CENTRAL_INFO);
  return {
    to: publicKey,
    ephemeral: ephemeralRaw.toString('base64'),
    nonce: nonce.toString('base64'),
    sealed: sealed.toString('base64'),
  };
}

/**
 * The store key of a wrap made to the central commission's key, opened with its private key
 * (PKCS#8 PEM); null when the wrap was made to another key or altered.
 */
export function unwrapWithPrivateKey(wrap: PublicKeyWrap, privateKeyPem: string): Buffer | null {
  try {
    const privateKey = createPrivateKey(privateKeyPem);
    const ownPublic = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
    const ephemeralRaw = Buffer.from(wrap.ephemeral, 'base64');
    const shared = diffieHellman({
      privateKey,
      publicKey: createPublicKey({
        key: Buffer.concat([SPKI_X25519_PREFIX, ephemeralRaw]),
        format: 'der',
        type: 'spki',
      }),
    });
    const kek = kekFor(shared, ephemeralRaw, ownPublic.subarray(-32));
    const key = open(
      kek,
      Buffer.from(wrap.nonce, 'base64'),
      Buffer.from(wrap.sealed, 'base64'),
      CENTRAL_INFO,
    );
    return key && key.length === STORE_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/** A fresh random store key. */
export function newStoreKey(): Buffer {
  return randomBytes(STORE_KEY_BYTES);
}
