/**
 * The voting day's tables: schema version 8 (its descriptor, feature.ts, declares it). All of
 * them are projections of the protocol events and are rebuilt from them.
 */
export const PROTOCOL_SCHEMA = `
  -- The ballot and protocol settings the precinct package brought.
  CREATE TABLE protocol_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ballot_json TEXT,
    quorum_rule TEXT NOT NULL CHECK (quorum_rule IN ('more_than_half', 'two_thirds'))
  ) STRICT;

  -- The voting day: its opening (as the chair recorded it) and its close.
  CREATE TABLE protocol_day (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    opened_at TEXT NOT NULL,
    opened_by TEXT,
    opening_json TEXT NOT NULL,
    closed_at TEXT,
    closed_hlc TEXT,
    closed_by TEXT
  ) STRICT;

  -- Ballots moved between the stock (member null) and members: the opening's allocations
  -- and every later move, in the order recorded.
  CREATE TABLE protocol_moves (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    part INTEGER NOT NULL,
    at TEXT NOT NULL,
    from_member_id TEXT,
    to_member_id TEXT,
    ballots INTEGER NOT NULL CHECK (ballots >= 0),
    recorded_by TEXT,
    PRIMARY KEY (device_id, seq, part)
  ) STRICT;

  -- Ballots spoiled by voters and cancelled, each with the ballot event it belongs to.
  CREATE TABLE protocol_spoiled (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    ballot_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
  ) STRICT;

  -- The turnout reports at the fixed hours, marked sent.
  CREATE TABLE protocol_turnout_reports (
    hour TEXT PRIMARY KEY,
    voters_voted INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by TEXT
  ) STRICT;

  -- Every signed version of the results protocol; none is ever changed.
  CREATE TABLE protocol_versions (
    protocol_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    supersedes TEXT,
    correction_reason TEXT,
    figures_json TEXT NOT NULL,
    explanations_json TEXT NOT NULL,
    signed_by_json TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    recorded_by TEXT,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX protocol_versions_by_version ON protocol_versions (version);
`;

/** Schema version 9: the protocol's lines the package gave (null: the law's, by default). */
export const PROTOCOL_LINES_SCHEMA = `
  ALTER TABLE protocol_settings ADD COLUMN lines_json TEXT;
`;

/** The tables above, emptied and refilled by a rebuild. */
export const PROTOCOL_PROJECTION_TABLES = [
  'protocol_settings',
  'protocol_day',
  'protocol_moves',
  'protocol_spoiled',
  'protocol_turnout_reports',
  'protocol_versions',
] as const;
