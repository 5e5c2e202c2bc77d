import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

/**
 * Keys of the sync formats. A public key travels as base64 of its SubjectPublicKeyInfo DER
 * (what `openssl pkey -pubin -outform DER` writes); a private key stays PKCS#8 PEM in a local
 * table and never travels, except a precinct's enrolment keys inside its package.
 */
export interface KeyPair {
  /** Base64 of the SPKI DER. */
  publicKey: string;
  /** PKCS#8 PEM. */
  privateKeyPem: string;
}

function pair(kind: 'ed25519' | 'x25519'): KeyPair {
  const { publicKey, privateKey } =
    kind === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** An Ed25519 key pair for signing. */
export const newSigningKeyPair = (): KeyPair => pair('ed25519');
/** An X25519 key pair that sync bodies are encrypted to. */
export const newEncryptionKeyPair = (): KeyPair => pair('x25519');

const publicKeys = new Map<string, KeyObject>();
/** The key object of a base64 SPKI public key (cached: a supervisor checks thousands). */
export function publicKeyObject(publicKey: string): KeyObject {
  let key = publicKeys.get(publicKey);
  if (!key) {
    key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (publicKeys.size > 10_000) publicKeys.clear();
    publicKeys.set(publicKey, key);
  }
  return key;
}

const privateKeys = new Map<string, KeyObject>();
/** The key object of a PKCS#8 PEM private key (cached). */
export function privateKeyObject(privateKeyPem: string): KeyObject {
  let key = privateKeys.get(privateKeyPem);
  if (!key) {
    key = createPrivateKey(privateKeyPem);
    if (privateKeys.size > 1000) privateKeys.clear();
    privateKeys.set(privateKeyPem, key);
  }
  return key;
}

/** The base64 SPKI public key of a PKCS#8 PEM private key. */
export function publicKeyOf(privateKeyPem: string): string {
  return createPublicKey(privateKeyObject(privateKeyPem))
    .export({ type: 'spki', format: 'der' })
    .toString('base64');
}

/** A public key as PEM, for `openssl -pubin -inkey`. */
export function publicKeyPem(publicKey: string): string {
  const lines = publicKey.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** A key's fingerprint: SHA-256 of its SPKI DER, 64 lowercase hex digits. */
export function keyFingerprint(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
}

/** A fingerprint as people compare it with a paper act: 16 groups of 4, upper case. */
export function displayFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** Accepts a fingerprint typed with spaces, colons or in either case; null when not one. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/** Ed25519 signature (64 bytes) of the bytes. */
export function signBytes(privateKeyPem: string, data: Buffer): Buffer {
  return sign(null, data, privateKeyObject(privateKeyPem));
}

/** Checks an Ed25519 signature; false for any malformed key or signature. */
export function verifyBytes(publicKey: string, data: Buffer, signature: Buffer): boolean {
  try {
    if (signature.length !== 64) return false;
    return verify(null, data, publicKeyObject(publicKey), signature);
  } catch {
    return false;
  }
}
