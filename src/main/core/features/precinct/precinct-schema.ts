import type { MigrationPart } from '../../kernel/feature';

/** The precinct's read tables, part of schema version 1: its identity, settings, clock checks. */
export const PRECINCT_MIGRATIONS: readonly MigrationPart[] = [
  {
    version: 1,
    sql: `
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

  CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    auto_lock_minutes INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE clock_confirmations (
    local_date TEXT PRIMARY KEY,
    member_id TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
  ) STRICT;
  `,
  },
  {
    // A folder set up before its mode was recorded is a precinct's (kernel/folder-mode.ts).
    version: 6,
    sql: `
  INSERT INTO folder_mode (id, mode, decided_at)
  SELECT 1, 'precinct', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM precinct WHERE id = 1;
  `,
  },
];
