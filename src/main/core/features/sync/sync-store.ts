import { DomainError } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { publicKeyOf } from '../../airgap/keys';

/** The package keys this laptop keeps (local, never exported): sync_keys. */
export interface SyncKeys {
  election_id: string;
  precinct_id: string;
  central_fingerprint: string;
  central_signing_public_key: string;
  central_encryption_public_key: string;
  encryption_key_pem: string;
  encryption_public_key: string;
  /** The device slot this laptop took, and its certificate signed by that slot's key. */
  slot: number;
  slot_public_key: string;
  certificate: string;
  revision: number;
  package_id: string;
}

export function readKeys(db: Db): SyncKeys | null {
  return db.prepare<[], SyncKeys>('SELECT * FROM sync_keys WHERE id = 1').get() ?? null;
}

export function requireKeys(db: Db): SyncKeys {
  const keys = readKeys(db);
  if (!keys) throw new DomainError('no_package', 'This laptop has not loaded its package yet');
  return keys;
}

export function writeKeys(db: Db, keys: SyncKeys): void {
  db.prepare(
    `INSERT INTO sync_keys (id, election_id, precinct_id, central_fingerprint,
       central_signing_public_key, central_encryption_public_key, encryption_key_pem,
       encryption_public_key, slot, slot_public_key, certificate, revision, package_id)
     VALUES (1, @election_id, @precinct_id, @central_fingerprint, @central_signing_public_key,
       @central_encryption_public_key, @encryption_key_pem, @encryption_public_key, @slot,
       @slot_public_key, @certificate, @revision, @package_id)
     ON CONFLICT (id) DO UPDATE SET election_id = excluded.election_id,
       precinct_id = excluded.precinct_id, central_fingerprint = excluded.central_fingerprint,
       central_signing_public_key = excluded.central_signing_public_key,
       central_encryption_public_key = excluded.central_encryption_public_key,
       encryption_key_pem = excluded.encryption_key_pem,
       encryption_public_key = excluded.encryption_public_key, slot = excluded.slot,
       slot_public_key = excluded.slot_public_key, certificate = excluded.certificate,
       revision = excluded.revision, package_id = excluded.package_id`,
  ).run(keys);
}

/** The precinct's slots as the newest package gave them (public keys and labels). */
export function writeSlots(
  db: Db,
  slots: readonly { slot: number; label: string | null; public_key: string }[],
  revoked: readonly { device_id: string; device_public_key: string }[],
): void {
  db.prepare('DELETE FROM sync_slots').run();
  const slot = db.prepare('INSERT INTO sync_slots (slot, label, public_key) VALUES (?, ?, ?)');
  for (const s of slots) slot.run(s.slot, s.label, s.public_key);
  // Revocations only grow: a newer package names every device the store revoked so far.
  const revoke = db.prepare(
    'INSERT OR IGNORE INTO sync_revoked_devices (device_id, device_public_key) VALUES (?, ?)',
  );
  for (const r of revoked) revoke.run(r.device_id, r.device_public_key);
}

/** The slot number of a public key the precinct's package made, or null. */
export function slotOfKey(db: Db, publicKey: string): number | null {
  const row = db
    .prepare<[string], { slot: number }>('SELECT slot FROM sync_slots WHERE public_key = ?')
    .get(publicKey);
  return row?.slot ?? null;
}

/** Whether the central store revoked this device (by id or by key). */
export function isRevoked(db: Db, deviceId: string, publicKey: string): boolean {
  return (
    db
      .prepare<[string, string], { n: number }>(
        `SELECT count(*) AS n FROM sync_revoked_devices
         WHERE device_id = ? OR device_public_key = ?`,
      )
      .get(deviceId, publicKey)?.n !== 0
  );
}

/** This laptop's Ed25519 key: the private PEM and the public key as base64 SPKI DER. */
export function deviceKey(db: Db): { deviceId: string; privateKeyPem: string; publicKey: string } {
  const row = db
    .prepare<[], { device_id: string; private_key_pem: string }>(
      'SELECT device_id, private_key_pem FROM device WHERE id = 1',
    )
    .get();
  if (!row) throw new Error('The device has no identity');
  return {
    deviceId: row.device_id,
    privateKeyPem: row.private_key_pem,
    publicKey: publicKeyOf(row.private_key_pem),
  };
}

/**
 * A laptop restored from another's backup starts its own exports: the exports recorded are
 * the replaced laptop's (of its chain, not this one's), so they no longer say what this
 * laptop has sent.
 */
export function forgetReplacedExports(db: Db): void {
  db.prepare('DELETE FROM sync_exports').run();
}

/** Whether a package set the precinct up and no chair has a PIN yet. */
export function chairPinPending(db: Db): boolean {
  if (!readKeys(db)) return false;
  const chairsWithPin = db
    .prepare<[], { n: number }>(
      `SELECT count(*) AS n FROM members m JOIN credentials c ON c.member_id = m.id
       WHERE m.role = 'chair' AND m.active = 1`,
    )
    .get();
  return (chairsWithPin?.n ?? 0) === 0;
}

/** Active chairs (the one a package names), for the chair-PIN step. */
export function activeChairs(db: Db): { memberId: string; fullName: string }[] {
  return db
    .prepare<[], { memberId: string; fullName: string }>(
      `SELECT id AS memberId, full_name AS fullName FROM members
       WHERE role = 'chair' AND active = 1 ORDER BY full_name`,
    )
    .all();
}

/** The central commission's X25519 public key (base64 SPKI), once a package brought it. */
export function centralEncryptionKey(db: Db): string | null {
  return readKeys(db)?.central_encryption_public_key ?? null;
}
