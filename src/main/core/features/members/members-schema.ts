import type { MigrationPart } from '../../kernel/feature';

/**
 * The members' tables, part of schema version 1: the commission as its events say (a
 * projection), and the local secrets that never leave the laptop. Version 6 adds to the
 * secrets how many lockouts a member has had since their last login (each one lasts twice as
 * long as the one before) and when a temporary PIN stops working.
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
  {
    version: 6,
    sql: `
  ALTER TABLE credentials ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE credentials ADD COLUMN expires_at INTEGER;
  -- Temporary PINs handed out before this version expire like new ones, from now.
  UPDATE credentials SET expires_at = (unixepoch() + 72 * 3600) * 1000 WHERE must_change = 1;
  `,
  },
];
