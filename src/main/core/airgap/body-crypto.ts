import {
  createCipheriv,
  createPublicKey,
  createDecipheriv,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { privateKeyObject, publicKeyObject } from './keys';

/**
 * A sync body encrypted to one or more X25519 keys (the central commission's, and the
 * precinct's so that the chair's laptop can gather its other laptops' files):
 *
 *   ephemeral X25519 public key (32 raw bytes)
 *   per recipient, in the header's order: nonce (12) ‖ wrapped content key (32) ‖ tag (16)
 *   nonce (12) ‖ AES-256-GCM ciphertext of the plain body ‖ tag (16)
 *
 * Each recipient's wrapping key is HKDF-SHA256 of the X25519 shared secret, salt the
 * ephemeral and the recipient's raw public keys, info `precinct-desk sync v1 key wrap`.
 */
const WRAP_INFO = Buffer.from('precinct-desk sync v1 key wrap', 'utf8');
const RAW = 32;
const NONCE = 12;
const TAG = 16;
const WRAPPED = NONCE + RAW + TAG;

/** The 32 raw bytes of an X25519 public key given as base64 SPKI DER. */
function rawKey(publicKey: string): Buffer {
  const der = Buffer.from(publicKey, 'base64');
  return der.subarray(der.length - RAW);
}

function spkiOfRaw(raw: Buffer): Buffer {
  // SPKI DER of an X25519 key: fixed 12-byte prefix, then the raw key.
  return Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), raw]);
}

function wrapKey(shared: Buffer, ephemeralRaw: Buffer, recipientRaw: Buffer): Buffer {
  return Buffer.from(
    hkdfSync('sha256', shared, Buffer.concat([ephemeralRaw, recipientRaw]), WRAP_INFO, RAW),
  );
}

function seal(key: Buffer, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

function open(key: Buffer, sealed: Buffer): Buffer {
  const nonce = sealed.subarray(0, NONCE);
  const tag = sealed.subarray(sealed.length - TAG);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(sealed.subarray(NONCE, sealed.length - TAG)),
    decipher.final(),
  ]);
}

/** Encrypts a plain body to the recipients' X25519 public keys (base64 SPKI). */
export function encryptBody(plain: Buffer, recipients: readonly string[]): Buffer {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = Buffer.from(
    ephemeral.publicKey.export({ type: 'spki', format: 'der' }),
  ).subarray(-RAW);
  const contentKey = randomBytes(RAW);
  const wrapped = recipients.map((recipient) => {
    const shared = diffieHellman({
      privateKey: ephemeral.privateKey,
      publicKey: publicKeyObject(recipient),
    });
    return seal(wrapKey(shared, ephemeralRaw, rawKey(recipient)), contentKey);
  });
  return Buffer.concat([ephemeralRaw, ...wrapped, seal(contentKey, plain)]);
}

/**
 * Decrypts a body as recipient number `index` (its place in the header's list) with that
 * recipient's private key; null when the body is not decryptable (altered, or another key).
 */
export function decryptBody(
  body: Buffer,
  recipientCount: number,
  index: number,
  recipient: { publicKey: string; privateKeyPem: string },
): Buffer | null {
  const contentAt = RAW + recipientCount * WRAPPED;
  if (index < 0 || index >= recipientCount || body.length < contentAt + NONCE + TAG) return null;
  try {
    const ephemeralRaw = body.subarray(0, RAW);
    const shared = diffieHellman({
      privateKey: privateKeyObject(recipient.privateKeyPem),
      publicKey: createPublicKey({ key: spkiOfRaw(ephemeralRaw), format: 'der', type: 'spki' }),
    });
    const wrapped = body.subarray(RAW + index * WRAPPED, RAW + (index + 1) * WRAPPED);
    const contentKey = open(wrapKey(shared, ephemeralRaw, rawKey(recipient.publicKey)), wrapped);
    return open(contentKey, body.subarray(contentAt));
  } catch {
    return null;
  }
}
