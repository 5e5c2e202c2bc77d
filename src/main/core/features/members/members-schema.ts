import type { MigrationPart } from '../../kernel/feature';

/**
 * The members' tables, part of schema version 1: the commission as its events say (a
 * projection), and the local secrets that never leave the laptop.
 */
export const MEMBERS_MIGRATIONS: readonly MigrationPart[] = [
  {
    version: 1,
    sql: `
  CREATE TABLE members (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'deputy_chair', 'secretary', 'member')),
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    replaced_by TEXT,
    added_at TEXT NOT NULL
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
  `,
  },
];
