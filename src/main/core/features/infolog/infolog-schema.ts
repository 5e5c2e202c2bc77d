/**
 * The information log's tables: schema version 3 (its descriptor, feature.ts, declares it).
 * All three are projections of the `infolog.*` events and are rebuilt from them.
 */
export const INFOLOG_SCHEMA = `
  -- One row per entry, as it stands after every change; its history is in the next table.
  CREATE TABLE infolog_entries (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL
      CHECK (kind IN ('inquiry', 'notice', 'meeting', 'media', 'observer', 'complaint')),
    occurred_at TEXT NOT NULL,
    -- The precinct-local YYYY-MM-DDTHH:MM the member entered, and its date.
    occurred_local TEXT NOT NULL,
    local_date TEXT NOT NULL,
    details_json TEXT NOT NULL,
    -- Lower-cased free texts of the entry, for the text filter.
    search_text TEXT NOT NULL,
    recorded_by TEXT,
    recorded_at TEXT NOT NULL,
    recorded_hlc TEXT NOT NULL,
    corrections INTEGER NOT NULL DEFAULT 0,
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    withdrawn_reason TEXT,
    -- Observers: when they left (null while present).
    departed_at TEXT,
    -- Complaints: the deadline that applied when received, the state and the answer's time.
    deadline_rule TEXT CHECK (deadline_rule IN ('standard', 'voter_list', 'same_day')),
    deadline_days INTEGER,
    deadline_date TEXT,
    deadline_at TEXT,
    complaint_status TEXT CHECK (complaint_status IN ('open', 'answered', 'forwarded')),
    responded_at TEXT
  ) STRICT;
  CREATE INDEX infolog_entries_by_time ON infolog_entries (occurred_at);
  CREATE INDEX infolog_entries_by_kind ON infolog_entries (kind, recorded_hlc);
  CREATE INDEX infolog_entries_by_date ON infolog_entries (local_date, kind);

  -- Every change of every entry, so a register shows the original beside its corrections.
  CREATE TABLE infolog_entry_history (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entry_id TEXT NOT NULL REFERENCES infolog_entries (id),
    change TEXT NOT NULL
      CHECK (change IN ('recorded', 'corrected', 'withdrawn', 'checked_out', 'answered')),
    at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    member_id TEXT,
    reason TEXT,
    -- The entry after the change (null for a withdrawal).
    occurred_local TEXT,
    details_json TEXT,
    PRIMARY KEY (device_id, seq)
  ) STRICT;
  CREATE INDEX infolog_entry_history_by_entry ON infolog_entry_history (entry_id, hlc);

  -- The election's complaint deadlines, once the chair or a precinct package has set them.
  CREATE TABLE infolog_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    standard_days INTEGER NOT NULL,
    voter_list_days INTEGER NOT NULL,
    same_day_days_before INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('manual', 'package'))
  ) STRICT;
`;

/** The tables above, emptied and refilled by a rebuild (history before the entries it names). */
export const INFOLOG_PROJECTION_TABLES = [
  'infolog_entry_history',
  'infolog_entries',
  'infolog_settings',
] as const;

/**
 * Schema version 9: the kind `copy_issued` (a copy of the opening act or of a protocol version
 * issued to an observer, recorded from the voting day's screen). SQLite cannot change a CHECK
 * in place, so both tables are copied into new ones and renamed (the rename carries the
 * history's reference along); the rows stay as they were.
 */
export const INFOLOG_COPIES_SCHEMA = `
  CREATE TABLE infolog_entries_v9 (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL
      CHECK (kind IN ('inquiry', 'notice', 'meeting', 'media', 'observer', 'complaint',
        'copy_issued')),
    occurred_at TEXT NOT NULL,
    -- The precinct-local YYYY-MM-DDTHH:MM the member entered, and its date.
    occurred_local TEXT NOT NULL,
    local_date TEXT NOT NULL,
    details_json TEXT NOT NULL,
    -- Lower-cased free texts of the entry, for the text filter.
    search_text TEXT NOT NULL,
    recorded_by TEXT,
    recorded_at TEXT NOT NULL,
    recorded_hlc TEXT NOT NULL,
    corrections INTEGER NOT NULL DEFAULT 0,
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    withdrawn_reason TEXT,
    -- Observers: when they left (null while present).
    departed_at TEXT,
    -- Complaints: the deadline that applied when received, the state and the answer's time.
    deadline_rule TEXT CHECK (deadline_rule IN ('standard', 'voter_list', 'same_day')),
    deadline_days INTEGER,
    deadline_date TEXT,
    deadline_at TEXT,
    complaint_status TEXT CHECK (complaint_status IN ('open', 'answered', 'forwarded')),
    responded_at TEXT
  ) STRICT;
  INSERT INTO infolog_entries_v9 SELECT * FROM infolog_entries;

  -- Every change of every entry, so a register shows the original beside its corrections.
  CREATE TABLE infolog_entry_history_v9 (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entry_id TEXT NOT NULL REFERENCES infolog_entries_v9 (id),
    change TEXT NOT NULL
      CHECK (change IN ('recorded', 'corrected', 'withdrawn', 'checked_out', 'answered')),
    at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    member_id TEXT,
    reason TEXT,
    -- The entry after the change (null for a withdrawal).
    occurred_local TEXT,
    details_json TEXT,
    PRIMARY KEY (device_id, seq)
  ) STRICT;
  INSERT INTO infolog_entry_history_v9 SELECT * FROM infolog_entry_history;

  DROP TABLE infolog_entry_history;
  DROP TABLE infolog_entries;
  ALTER TABLE infolog_entries_v9 RENAME TO infolog_entries;
  ALTER TABLE infolog_entry_history_v9 RENAME TO infolog_entry_history;
  CREATE INDEX infolog_entries_by_time ON infolog_entries (occurred_at);
  CREATE INDEX infolog_entries_by_kind ON infolog_entries (kind, recorded_hlc);
  CREATE INDEX infolog_entries_by_date ON infolog_entries (local_date, kind);
  CREATE INDEX infolog_entry_history_by_entry ON infolog_entry_history (entry_id, hlc);
`;
