/**
 * The voter table's indexes: dropped while a large list is loaded into an empty table and
 * built afterwards (sorting once is far cheaper than a million scattered inserts).
 */
export const VOTER_INDEXES = [
  'CREATE UNIQUE INDEX voters_iin ON voters (iin)',
  // A surname with a given name is the usual query, ranked from this index alone (it holds
  // every column the ranking reads, see voter-search.ts); a given name alone has its own index.
  'CREATE INDEX voters_name ON voters (last_key, first_key, patronymic_key, iin)',
  'CREATE INDEX voters_first ON voters (first_key)',
  'CREATE INDEX voters_birth_date ON voters (birth_date)',
] as const;

/**
 * A bulk load's page cache, in KiB as `cache_size` takes it: the load appends, so a small cache
 * costs no time and keeps the import's memory down (docs/benchmarks.md).
 */
export const BULK_CACHE_KIB = -4096;

/** Index names of the voter table, in the order VOTER_INDEXES creates them. */
export const VOTER_INDEX_NAMES = VOTER_INDEXES.map((sql) => {
  const match = /INDEX (\w+) ON/.exec(sql);
  if (!match?.[1]) throw new Error(`No index name in ${sql}`);
  return match[1];
});

/** The indexes as schema version 2 made them (version 10 widened the name index). */
const VERSION_2_INDEXES = [
  'CREATE UNIQUE INDEX voters_iin ON voters (iin)',
  'CREATE INDEX voters_last_first ON voters (last_key, first_key)',
  'CREATE INDEX voters_first ON voters (first_key)',
  'CREATE INDEX voters_birth_date ON voters (birth_date)',
] as const;

/** Migration 10: the name index holds the ranking's columns. */
export const VOTERS_NAME_INDEX_SCHEMA = `
  DROP INDEX voters_last_first;
  ${VOTER_INDEXES[1]};
`;

/**
 * Migration 2: the voter list, its check reports, ballots and the tables the voter
 * corrections need. `voters`, `voter_removals`, `absentee_certificates`, `ballots`,
 * `voter_sections` and `home_voting_marks` are projections of events; `attachments` holds
 * immutable bodies that events name by id and SHA-256 (an imported list's rows), and
 * `voter_reports` / `voter_report_issues` are this laptop's working copies of check reports.
 */
export const VOTERS_SCHEMA = `
  CREATE TABLE attachments (
    id TEXT NOT NULL,
    part INTEGER NOT NULL CHECK (part >= 0),
    bytes BLOB NOT NULL,
    PRIMARY KEY (id, part)
  ) STRICT;

  CREATE TABLE voters (
    id INTEGER PRIMARY KEY,
    iin TEXT NOT NULL,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT,
    birth_date TEXT NOT NULL,
    address TEXT NOT NULL,
    precinct INTEGER,
    last_key TEXT NOT NULL,
    first_key TEXT NOT NULL,
    patronymic_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'removed')),
    -- Where the row came from (voter_sources.id): a million rows name it by a small number.
    source INTEGER NOT NULL
  ) STRICT;
  ${VERSION_2_INDEXES.map((sql) => `${sql};`).join('\n  ')}

  -- The imports that brought rows (by import id) and 'added' for voters added by corrections.
  CREATE TABLE voter_sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  ) STRICT;

  CREATE TABLE voter_removals (
    request_id TEXT PRIMARY KEY,
    iin TEXT NOT NULL,
    basis TEXT NOT NULL,
    reason TEXT NOT NULL,
    document_ref TEXT,
    requested_at TEXT NOT NULL,
    requested_by TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
    decided_at TEXT,
    decided_by TEXT,
    decision_reason TEXT
  ) STRICT;
  CREATE INDEX voter_removals_by_iin ON voter_removals (iin, status);

  CREATE TABLE absentee_certificates (
    iin TEXT PRIMARY KEY,
    number TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT
  ) STRICT;

  -- Written by home-voting requests: the chair's mark on the list.
  CREATE TABLE home_voting_marks (
    iin TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    marked_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE ballots (
    ballot_id TEXT PRIMARY KEY,
    iin TEXT NOT NULL,
    place TEXT NOT NULL CHECK (place IN ('station', 'portable_box')),
    helper_name TEXT,
    issued_at TEXT NOT NULL,
    issued_by TEXT,
    device_id TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT,
    undo_reason TEXT
  ) STRICT;
  -- One ballot in force per voter in this table: a peer's second one is left out (and raised
  -- as an alarm); this laptop's own second one is refused before it is logged.
  CREATE UNIQUE INDEX ballots_one_per_voter ON ballots (iin) WHERE undone_at IS NULL;
  CREATE INDEX ballots_by_time ON ballots (issued_at);

  CREATE TABLE voter_sections (
    section_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    rule_json TEXT NOT NULL,
    device_id TEXT NOT NULL,
    desk_label TEXT NOT NULL
  ) STRICT;

  CREATE TABLE voter_reports (
    report_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('file', 'list')),
    file_name TEXT,
    file_path TEXT,
    sha256 TEXT,
    format TEXT,
    encoding TEXT,
    delimiter TEXT,
    voting_day TEXT,
    rows INTEGER NOT NULL,
    valid INTEGER NOT NULL,
    error_count INTEGER NOT NULL,
    warning_count INTEGER NOT NULL,
    counts_json TEXT NOT NULL,
    skipped_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT,
    imported INTEGER
  ) STRICT;

  CREATE TABLE voter_report_issues (
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    row INTEGER NOT NULL,
    field TEXT,
    code TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
    details_json TEXT NOT NULL,
    cells_json TEXT NOT NULL,
    PRIMARY KEY (report_id, seq)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX voter_report_issues_by_severity ON voter_report_issues (report_id, severity, seq);

  -- A voter's history: the events that name the voter's IIN.
  CREATE INDEX events_by_iin ON events (json_extract(payload_json, '$.iin'));
`;
