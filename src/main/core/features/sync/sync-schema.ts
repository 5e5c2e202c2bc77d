/**
 * Migration 5: the precinct side of sync. Mostly local state (the package's keys, package and
 * export history, signed checkpoints of the chain head, peer files held for a gap, alarms):
 * never derived from events, never exported. `sync_identity` is a
 * projection (emptied and refilled by a rebuild, see SYNC_PROJECTION_TABLES).
 */
export const SYNC_SCHEMA = `
  -- The keys of the loaded package: the central commission's public keys, the precinct's
  -- enrolment and encryption keys, and this device's enrolment certificate. Never exported.
  CREATE TABLE sync_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    election_id TEXT NOT NULL,
    precinct_id TEXT NOT NULL,
    central_fingerprint TEXT NOT NULL,
    central_signing_public_key TEXT NOT NULL,
    central_encryption_public_key TEXT NOT NULL,
    enrollment_key_pem TEXT NOT NULL,
    enrollment_public_key TEXT NOT NULL,
    encryption_key_pem TEXT NOT NULL,
    encryption_public_key TEXT NOT NULL,
    enrollment_signature TEXT NOT NULL,
    revision INTEGER NOT NULL,
    package_id TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sync_packages (
    package_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('first_run', 'adopted', 'update')),
    file_sha256 TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT,
    differences_json TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sync_exports (
    export_id TEXT PRIMARY KEY,
    exported_at TEXT NOT NULL,
    member_id TEXT,
    file_name TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    counts_json TEXT NOT NULL,
    full INTEGER NOT NULL CHECK (full IN (0, 1))
  ) STRICT;

  -- The chain head at each export, signed by the device key: audit verify checks against it.
  CREATE TABLE sync_checkpoints (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signature TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
  ) STRICT;

  -- Files of the precinct's other laptops waiting for the events before them.
  CREATE TABLE sync_held_files (
    sha256 TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    received_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sync_alarms (
    alarm_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('fork', 'double_ballot')),
    details_json TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    decision TEXT
  ) STRICT;

  -- A projection: the package identity of the precinct. (The same version's
  -- sync_applied_lists belongs to the voter list: ../voters/voters-schema.ts.)
  CREATE TABLE sync_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    election_id TEXT NOT NULL,
    precinct_id TEXT NOT NULL,
    abroad INTEGER NOT NULL CHECK (abroad IN (0, 1)),
    country TEXT
  ) STRICT;
`;

/** The projection tables of this migration, emptied and refilled by a rebuild. */
export const SYNC_PROJECTION_TABLES = ['sync_identity'] as const;

/**
 * Migration 7: device slots instead of a precinct enrolment key. A laptop keeps the precinct's
 * encryption key, the slot it took and the certificate that slot's key signed for its device
 * key, never a slot's private key; the slots' public keys (to check the other laptops'
 * certificates) and the devices the central store revoked. The keys of a package loaded
 * before (an enrolment key) are dropped: such a laptop loads the newer package as adopted.
 */
export const SYNC_SLOTS_SCHEMA = `
  DROP TABLE sync_keys;
  CREATE TABLE sync_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    election_id TEXT NOT NULL,
    precinct_id TEXT NOT NULL,
    central_fingerprint TEXT NOT NULL,
    central_signing_public_key TEXT NOT NULL,
    central_encryption_public_key TEXT NOT NULL,
    encryption_key_pem TEXT NOT NULL,
    encryption_public_key TEXT NOT NULL,
    slot INTEGER NOT NULL,
    slot_public_key TEXT NOT NULL,
    certificate TEXT NOT NULL,
    revision INTEGER NOT NULL,
    package_id TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sync_slots (
    slot INTEGER PRIMARY KEY,
    label TEXT,
    public_key TEXT NOT NULL UNIQUE
  ) STRICT;

  CREATE TABLE sync_revoked_devices (
    device_id TEXT NOT NULL,
    device_public_key TEXT NOT NULL,
    PRIMARY KEY (device_id, device_public_key)
  ) STRICT;
`;
