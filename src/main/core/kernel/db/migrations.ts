import type Database from 'better-sqlite3';
import { VOTERS_SCHEMA } from '../../features/voters/schema';
import { INFOLOG_SCHEMA } from '../../features/infolog/schema';
import { ACCOMMODATIONS_SCHEMA } from '../../features/accommodations/schema';
import { SYNC_SCHEMA } from '../../features/sync/schema';

/**
 * Numbered schema migrations, applied in order on `PRAGMA user_version`, each in the same
 * transaction as the version bump. Data is never reset: a new version only adds a migration.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: device identity, the event log, the first projections and local secrets.
  `
  CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    private_key_pem TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE events (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    hlc TEXT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT,
    payload_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
  ) STRICT;
  CREATE INDEX events_by_hlc ON events (hlc);
  CREATE INDEX events_by_type ON events (type, hlc);
  CREATE INDEX events_by_actor ON events (actor, hlc);

  CREATE TABLE precinct (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    election_kind TEXT NOT NULL CHECK (election_kind IN ('election', 'referendum')),
    election_name TEXT NOT NULL,
    voting_day TEXT NOT NULL,
    opens TEXT NOT NULL,
    closes TEXT NOT NULL,
    precinct_number INTEGER NOT NULL,
    precinct_name TEXT NOT NULL,
    region TEXT NOT NULL,
    district TEXT NOT NULL,
    address TEXT NOT NULL,
    time_zone TEXT NOT NULL
  ) STRICT;

  CREATE TABLE members (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'deputy_chair', 'secretary', 'member')),
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    replaced_by TEXT,
    added_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    auto_lock_minutes INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE clock_confirmations (
    local_date TEXT PRIMARY KEY,
    member_id TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
  ) STRICT;

  -- Local secrets and device state: not derived from events and never exported.
  CREATE TABLE credentials (
    member_id TEXT PRIMARY KEY,
    pin_hash TEXT NOT NULL,
    must_change INTEGER NOT NULL CHECK (must_change IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER
  ) STRICT;

  CREATE TABLE recovery_codes (
    member_id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL,
    issued_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE local_prefs (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // 2: the voter list, check reports, corrections, absentee certificates and ballots.
  VOTERS_SCHEMA,
  // 3: the public information log (entries, their history, complaint deadlines).
  INFOLOG_SCHEMA,
  // 4: accessibility accommodation requests, home-voting trips, station equipment.
  ACCOMMODATIONS_SCHEMA,
  // 5: sync on the precinct side: the package's keys, export history, signed checkpoints.
  SYNC_SCHEMA,
];

/** Brings the schema up to the newest version; returns the versions applied. */
export function migrate(db: Database.Database): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database is from a newer version of Precinct Desk (schema ${current}, this app knows ${MIGRATIONS.length}).`,
    );
  }
  const applied: number[] = [];
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    const sql = MIGRATIONS[version - 1] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    }).immediate();
    applied.push(version);
  }
  return applied;
}
