/**
 * The central store's schema, one entry per version (user_version counts the applied ones).
 *
 * Accepted events are kept per device as ranges, one row per accepted piece of a sync file:
 * its plain event lines (exactly the bytes their hashes cover) and the 32-byte hashes
 * concatenated, so overlap and fork checks read one row, and a supervisor import of millions
 * of events writes thousands of rows, not millions. The dashboard reads aggregates kept up
 * to date as events are decoded (supervisor-projection.ts).
 */
import { REGION_FIGURES_MIGRATION } from './region-figures-schema';

export const CENTRAL_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE central_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_public_key TEXT NOT NULL,
    signing_key_pem TEXT NOT NULL,
    encryption_public_key TEXT NOT NULL,
    encryption_key_pem TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE precincts (
    precinct_id TEXT PRIMARY KEY,
    election_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    district TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    voting_day TEXT NOT NULL,
    content_json TEXT NOT NULL,
    enrollment_signing_public_key TEXT NOT NULL,
    enrollment_signing_key_pem TEXT NOT NULL,
    enrollment_encryption_public_key TEXT NOT NULL,
    enrollment_encryption_key_pem TEXT NOT NULL,
    revision INTEGER NOT NULL,
    voters INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX precincts_election ON precincts (election_id);

  CREATE TABLE precinct_members (
    precinct_id TEXT NOT NULL REFERENCES precincts,
    member_id TEXT NOT NULL,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (precinct_id, member_id)
  ) STRICT;

  CREATE TABLE packages (
    package_id TEXT PRIMARY KEY,
    precinct_id TEXT NOT NULL REFERENCES precincts,
    revision INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    voter_rows INTEGER NOT NULL,
    path TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (precinct_id, revision)
  ) STRICT;

  -- Who is on which precinct's list: from its package (package) or added there (added).
  CREATE TABLE list_iins (
    iin TEXT NOT NULL,
    precinct_id TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('package', 'added')),
    PRIMARY KEY (iin, precinct_id, source)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX list_iins_precinct ON list_iins (precinct_id, source);

  CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    precinct_id TEXT NOT NULL REFERENCES precincts,
    public_key TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    last_sync_at TEXT,
    head_seq INTEGER NOT NULL DEFAULT 0,
    head_hash TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    revoked_reason TEXT,
    -- The device's head when it was revoked: files reaching beyond it are refused.
    revoked_head_seq INTEGER
  ) STRICT;
  CREATE INDEX devices_precinct ON devices (precinct_id);

  CREATE TABLE event_ranges (
    device_id TEXT NOT NULL REFERENCES devices,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    prev_hash TEXT NOT NULL,
    head_hash TEXT NOT NULL,
    hashes BLOB NOT NULL,
    lines BLOB NOT NULL,
    attachments BLOB,
    PRIMARY KEY (device_id, first_seq)
  ) STRICT;

  -- Files that wait for a gap in their device's chain to be filled (their bytes, as read).
  CREATE TABLE held_files (
    file_sha256 TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    path TEXT NOT NULL,
    bytes BLOB NOT NULL,
    held_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX held_files_device ON held_files (device_id, first_seq);

  CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    status TEXT NOT NULL,
    code TEXT,
    device_id TEXT,
    precinct_id TEXT,
    first_seq INTEGER,
    last_seq INTEGER,
    new_events INTEGER NOT NULL,
    waiting_from INTEGER,
    waiting_to INTEGER,
    imported_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX imports_precinct ON imports (precinct_id, id);
  CREATE INDEX imports_status ON imports (status, id);

  -- Dashboard aggregates, kept as events are accepted.
  -- Keyed by IIN first: the double-ballot check is a prefix lookup, and one b-tree per
  -- ballot is all an import writes (turnout and counts move by deltas, see projection).
  CREATE TABLE ballots (
    iin TEXT NOT NULL,
    precinct_id TEXT NOT NULL,
    ballot_id TEXT NOT NULL,
    -- Precinct-local hour of voting day it was issued in; -1 on another day; NULL while
    -- only its undoing has arrived (from another laptop's file).
    hour INTEGER,
    undone INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (iin, precinct_id, ballot_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE turnout (
    precinct_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    ballots INTEGER NOT NULL,
    PRIMARY KEY (precinct_id, hour)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE request_items (
    precinct_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    -- The newest status wins whichever laptop's file comes first.
    status_hlc TEXT NOT NULL,
    PRIMARY KEY (precinct_id, item_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE infolog_entries (
    precinct_id TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    kind TEXT,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (precinct_id, entry_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE precinct_counts (
    precinct_id TEXT PRIMARY KEY,
    ballots INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    log_entries INTEGER NOT NULL DEFAULT 0,
    list_corrections INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT
  ) STRICT;

  -- Absentee certificates a precinct issued, and voters added under one elsewhere.
  CREATE TABLE absentee_issued (
    precinct_id TEXT NOT NULL,
    iin TEXT NOT NULL,
    number TEXT NOT NULL,
    PRIMARY KEY (precinct_id, iin, number)
  ) STRICT, WITHOUT ROWID;
  -- Removals a precinct approved: that precinct no longer holds the voter on its list.
  CREATE TABLE list_removals (
    precinct_id TEXT NOT NULL,
    iin TEXT NOT NULL,
    PRIMARY KEY (precinct_id, iin)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE absentee_added (
    precinct_id TEXT NOT NULL,
    iin TEXT NOT NULL,
    certificate_number TEXT NOT NULL,
    issuing_precinct TEXT NOT NULL,
    PRIMARY KEY (precinct_id, iin, certificate_number)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE alarms (
    alarm_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    -- What the alarm is about, whole (a device id, or an IIN never shown): one alarm each.
    subject_key TEXT NOT NULL,
    subject TEXT NOT NULL,
    precinct_ids TEXT NOT NULL,
    details TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    decision TEXT,
    UNIQUE (kind, subject_key)
  ) STRICT;
  `,
  // 2: who is on the commission as each device's own chain has it, beyond the package's
  // members (a member added, replaced or deactivated there): what re-authorising reads.
  `
  CREATE TABLE device_members (
    device_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    role TEXT NOT NULL,
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    PRIMARY KEY (device_id, member_id)
  ) STRICT, WITHOUT ROWID;
  `,
  // 3: events a supervisor's decision accepted void: their device's file goes in with them
  // kept in the chain, shown, never counted or projected.
  `
  CREATE TABLE void_events (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    alarm_id TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
  ) STRICT, WITHOUT ROWID;
  `,
  // 4: device slots instead of a precinct enrolment key. The store makes one Ed25519 key per
  // laptop the spec names and keeps its public half; its private half only until a device is
  // seen with the slot's certificate (a later revision then carries no key for it). Each
  // device keeps the slot it showed; the devices the chair's list sections name attest them.
  `
  CREATE TABLE precinct_slots (
    precinct_id TEXT NOT NULL REFERENCES precincts,
    slot INTEGER NOT NULL,
    label TEXT,
    public_key TEXT NOT NULL UNIQUE,
    key_pem TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (precinct_id, slot)
  ) STRICT;
  ALTER TABLE precincts DROP COLUMN enrollment_signing_public_key;
  ALTER TABLE precincts DROP COLUMN enrollment_signing_key_pem;
  ALTER TABLE devices ADD COLUMN slot INTEGER;
  ALTER TABLE devices ADD COLUMN issued_ballots INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE attested_devices (
    precinct_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (precinct_id, device_id)
  ) STRICT, WITHOUT ROWID;
  `,
  // 5: the voting day's protocols (docs/central-store.md, "Protocols"): each precinct's
  // opening and closing, every protocol version as signed (superseded ones kept), and the
  // ballots issued from the portable boxes, so the ballots issued at the station are known.
  `
  CREATE TABLE voting_days (
    precinct_id TEXT PRIMARY KEY REFERENCES precincts,
    -- The first opening and closing any laptop of the precinct recorded (their event times).
    opened_at TEXT,
    opening_json TEXT,
    closed_at TEXT,
    spoiled INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE TABLE protocols (
    precinct_id TEXT NOT NULL REFERENCES precincts,
    protocol_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    supersedes TEXT,
    correction_reason TEXT,
    figures_json TEXT NOT NULL,
    explanations_json TEXT NOT NULL,
    signed_by_json TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (precinct_id, protocol_id)
  ) STRICT;
  ALTER TABLE ballots ADD COLUMN home INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE precinct_counts ADD COLUMN home_ballots INTEGER NOT NULL DEFAULT 0;
  `,
  // 6: the supervisor log (docs/central-store.md, "The supervisor log"): every supervisor act,
  // with its account, hash-chained (supervisor-log.ts). Nothing updates or deletes an entry.
  `
  CREATE TABLE supervisor_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    account_id TEXT NOT NULL,
    account_name TEXT NOT NULL,
    act TEXT NOT NULL,
    details_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
  ) STRICT;
  `,
  // 7: ballots passed between a precinct's members and its turnout reports sent through the
  // day (docs/central-store.md, "Protocols"), as the precinct's files bring them from now on.
  `
  CREATE TABLE ballot_moves (
    precinct_id TEXT NOT NULL REFERENCES precincts,
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    -- Null: the commission's stock.
    from_member_id TEXT,
    to_member_id TEXT,
    ballots INTEGER NOT NULL CHECK (ballots >= 1),
    PRIMARY KEY (device_id, seq)
  ) STRICT;
  CREATE INDEX ballot_moves_by_precinct ON ballot_moves (precinct_id, at);
  -- One row per precinct and fixed hour: the earliest "sent" mark any laptop recorded.
  CREATE TABLE turnout_reports (
    precinct_id TEXT NOT NULL REFERENCES precincts,
    hour TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    voters_voted INTEGER NOT NULL,
    PRIMARY KEY (precinct_id, hour)
  ) STRICT, WITHOUT ROWID;
  `,
  // 8: laptops restored from another's backup (docs/backups.md), as their own files say it
  // (\`backup.restored\`): the Devices screen shows old → new, and attestation follows it.
  `
  CREATE TABLE restored_devices (
    new_device_id TEXT PRIMARY KEY,
    precinct_id TEXT NOT NULL REFERENCES precincts,
    old_device_id TEXT NOT NULL,
    old_slot INTEGER,
    old_last_seq INTEGER NOT NULL,
    recorded_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX restored_devices_by_old ON restored_devices (old_device_id);
  `,
  // 9: the dashboard's precincts table a page at a time (precinct-list.ts): a region's
  // precincts in number order, and a number looked up, without reading the whole table.
  `
  CREATE INDEX precincts_region_number ON precincts (region, number);
  CREATE INDEX precincts_number ON precincts (number);
  `,
  // 10: the dashboard's request and information log counts read from indexes, a precinct at
  // a time (supervisor-views.ts), rather than each row looking its precinct up.
  `
  CREATE INDEX request_items_counts ON request_items (precinct_id, kind, status);
  CREATE INDEX infolog_entries_counts ON infolog_entries (precinct_id, withdrawn, kind);
  `,
  // 11: the dashboard's country and region figures kept per region (region-figures-schema.ts).
  REGION_FIGURES_MIGRATION,
];
