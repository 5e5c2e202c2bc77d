import type Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '@shared/result';
import type { MigrationPart } from '../feature';

/**
 * The kernel's own tables: the device's identity, the event log, and preferences local to this
 * laptop (languages) in schema version 1; the folder's mode in version 6. Features bring
 * theirs in their descriptors.
 */
export const KERNEL_MIGRATIONS: readonly MigrationPart[] = [
  {
    version: 1,
    sql: `
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

  CREATE TABLE local_prefs (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  },
  {
    // What the data folder is, decided once (kernel/folder-mode.ts); never changed or removed.
    // A folder already set up as a precinct is recorded by the precinct feature's part.
    version: 6,
    sql: `
  CREATE TABLE folder_mode (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mode TEXT NOT NULL CHECK (mode IN ('precinct', 'supervisor')),
    decided_at TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER folder_mode_kept BEFORE UPDATE ON folder_mode
  BEGIN SELECT RAISE(ABORT, 'a data folder''s mode is decided once'); END;
  CREATE TRIGGER folder_mode_not_removed BEFORE DELETE ON folder_mode
  BEGIN SELECT RAISE(ABORT, 'a data folder''s mode is decided once'); END;
  `,
  },
];

/** The newest schema version the given parts reach. */
export function latestVersion(parts: readonly MigrationPart[]): number {
  return parts.reduce((max, part) => Math.max(max, part.version), 0);
}

/**
 * Applies numbered schema migrations in order on `PRAGMA user_version`: every part of one
 * version (the kernel's and each feature's, in feature order) in one transaction with the
 * version bump. Data is never reset: a new version only adds parts. Returns the versions applied.
 */
export function migrate(db: Database.Database, parts: readonly MigrationPart[]): number[] {
  const latest = latestVersion(parts);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new DomainError(
      'database_newer',
      `The database is from a newer version of Precinct Desk (schema ${current}, this app knows ${latest}).`,
      { found: current, known: latest },
    );
  }
  const applied: number[] = [];
  for (let version = current + 1; version <= latest; version++) {
    const sql = parts.filter((part) => part.version === version).map((part) => part.sql);
    if (sql.length === 0) throw new Error(`No migration declares schema version ${version}`);
    db.transaction(() => {
      for (const statement of sql) db.exec(statement);
      db.pragma(`user_version = ${version}`);
    }).immediate();
    applied.push(version);
  }
  return applied;
}
