import type { Db } from '../../kernel/db/database';
import { durably } from './supervisor-db';
import {
  keyFingerprint,
  newEncryptionKeyPair,
  newSigningKeyPair,
  type KeyPair,
} from '../../airgap/keys';
import { DomainError } from '@shared/result';

/** The central commission's keys: it signs packages and opens sync files with them. */
export interface CentralKeys {
  signing: KeyPair;
  encryption: KeyPair;
  fingerprint: string;
}

interface KeyRow {
  signing_public_key: string;
  signing_key_pem: string;
  encryption_public_key: string;
  encryption_key_pem: string;
  fingerprint: string;
}

/** The keys, or null before `central init`. */
export function readCentralKeys(db: Db): CentralKeys | null {
  const row = db.prepare<[], KeyRow>('SELECT * FROM central_keys WHERE id = 1').get();
  if (!row) return null;
  return {
    signing: { publicKey: row.signing_public_key, privateKeyPem: row.signing_key_pem },
    encryption: { publicKey: row.encryption_public_key, privateKeyPem: row.encryption_key_pem },
    fingerprint: row.fingerprint,
  };
}

export function requireCentralKeys(db: Db): CentralKeys {
  const keys = readCentralKeys(db);
  if (!keys) throw new DomainError('central_not_initialized', 'The central key is not made yet');
  return keys;
}

/**
 * Makes the central keys once; an existing key is never replaced. `also` runs in the same
 * transaction with the keys made (the supervisor log's entry of the act).
 */
export function makeCentralKeys(
  db: Db,
  now: string,
  also: (keys: CentralKeys) => void = () => undefined,
): CentralKeys {
  // The only copy of the keys every package and sync file depends on: flushed before it returns.
  return durably(db, () => {
    if (readCentralKeys(db)) {
      throw new DomainError('central_key_exists', 'This folder already holds a central key');
    }
    const signing = newSigningKeyPair();
    const encryption = newEncryptionKeyPair();
    const fingerprint = keyFingerprint(signing.publicKey);
    db.prepare(
      `INSERT INTO central_keys (id, signing_public_key, signing_key_pem, encryption_public_key,
           encryption_key_pem, fingerprint, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)`,
    ).run(
      signing.publicKey,
      signing.privateKeyPem,
      encryption.publicKey,
      encryption.privateKeyPem,
      fingerprint,
      now,
    );
    const keys = { signing, encryption, fingerprint };
    also(keys);
    return keys;
  });
}
