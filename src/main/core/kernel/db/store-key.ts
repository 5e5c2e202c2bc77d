import type { Db } from './database';

/** A store key is 256 random bits; the stores are opened with it raw, never with a passphrase. */
export const STORE_KEY_BYTES = 32;

/** Thrown when a store does not open with the key given (a wrong key, or not a store at all). */
export class WrongStoreKeyError extends Error {
  readonly code = 'wrong_store_key';
  constructor() {
    super('wrong_store_key');
  }
}

/**
 * Turns encryption on for a fresh connection, before anything else is read or written: SQLite3
 * Multiple Ciphers' SQLCipher scheme (version 4: AES-256 in CBC mode with an HMAC-SHA512 per
 * page) rather than its default ChaCha20, with a raw 256-bit key — the key is random and is
 * wrapped elsewhere, so no key derivation runs on open. Every page of the database and of its
 * WAL is written encrypted. A wrong key is found at once (`WrongStoreKeyError`), not at a
 * later query.
 *
 * SQLite3 Multiple Ciphers encrypts the database and its WAL but not SQLite's temporary files:
 * a sort too large for memory (an index built after a list import, a large ORDER BY) spills
 * its keys — names, IINs — in clear into an unlinked file of the temporary folder. Every keyed
 * connection therefore keeps its temporary storage in memory (`temp_store = MEMORY`).
 */
export function applyStoreKey(db: Db, key: Buffer): void {
  applyKey(db, key);
  storeKeys.set(db, key);
}

/** Changes an open store's key (one transaction: a kill leaves the old key or the new). */
export function rekeyStore(db: Db, key: Buffer): void {
  if (key.length !== STORE_KEY_BYTES) throw new Error('store key must be 32 bytes');
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  storeKeys.set(db, key);
}

const storeKeys = new WeakMap<Db, Buffer>();

/**
 * The key an open connection's store was opened (or last rekeyed) with, null for a plain
 * store: a worker thread's second connection to the same store opens with it.
 */
export function storeKeyOf(db: Db): Buffer | null {
  return storeKeys.get(db) ?? null;
}

function applyKey(db: Db, key: Buffer): void {
  if (key.length !== STORE_KEY_BYTES) throw new Error('store key must be 32 bytes');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongStoreKeyError();
    throw error;
  }
  db.pragma('temp_store = MEMORY');
}
