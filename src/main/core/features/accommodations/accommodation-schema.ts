/**
 * Migration 4: accessibility accommodation requests. Every table here is a projection of the
 * `accommodation.*` events and is rebuilt from them (the voter list's `home_voting_marks` and
 * `ballots`, which these events also write, belong to migration 2).
 */
export const ACCOMMODATIONS_SCHEMA = `
  -- One row per request as it stands now. Numbers are not stored: the register numbers
  -- requests in the order they were recorded (recorded_hlc), on every laptop alike.
  CREATE TABLE accommodation_requests (
    id TEXT PRIMARY KEY,
    -- The requester: an IIN when known; on_list as last established (recorded or resolved).
    iin TEXT,
    on_list INTEGER NOT NULL CHECK (on_list IN (0, 1)),
    full_name TEXT NOT NULL,
    birth_date TEXT,
    -- Who the person is for the duplicate rule: iin:…, or a folded name with a birth date or phone.
    person_key TEXT NOT NULL,
    channel TEXT NOT NULL
      CHECK (channel IN ('in_person', 'phone', 'written', 'social_worker_ngo')),
    intermediary TEXT,
    contact_phone TEXT,
    address TEXT,
    other_description TEXT,
    notes TEXT,
    received_at TEXT NOT NULL,
    received_local TEXT NOT NULL,
    local_date TEXT NOT NULL,
    received_by TEXT NOT NULL,
    -- The home-voting cut-off in force when it was recorded (precinct-local), if it asks for one.
    cutoff_local TEXT,
    recorded_by TEXT,
    recorded_at TEXT NOT NULL,
    recorded_hlc TEXT NOT NULL,
    corrections INTEGER NOT NULL DEFAULT 0,
    -- Lower-cased name, IIN, phone, address and notes, for the register's text filter.
    search_text TEXT NOT NULL
  ) STRICT;
  CREATE INDEX accommodation_requests_by_hlc ON accommodation_requests (recorded_hlc, id);
  CREATE INDEX accommodation_requests_by_date ON accommodation_requests (local_date);

  -- Health reasons and notes, apart, so no list query reads them by accident.
  CREATE TABLE accommodation_sensitive (
    request_id TEXT PRIMARY KEY REFERENCES accommodation_requests (id),
    reason_category TEXT CHECK (reason_category IN ('own_health', 'caring_for_sick', 'remote_place')),
    health_note TEXT
  ) STRICT;

  -- One item per kind asked for, each with its own status.
  CREATE TABLE accommodation_items (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES accommodation_requests (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    final INTEGER NOT NULL CHECK (final IN (0, 1)),
    person_key TEXT NOT NULL,
    status_at TEXT NOT NULL,
    status_by TEXT,
    not_fulfilled_reason TEXT,
    outcome_text TEXT,
    outcome_at TEXT,
    outcome_local TEXT,
    trip_id TEXT,
    route_order INTEGER,
    ballot_id TEXT,
    missed_cutoff TEXT
  ) STRICT;
  CREATE INDEX accommodation_items_by_request ON accommodation_items (request_id, position);
  CREATE INDEX accommodation_items_open ON accommodation_items (person_key, kind, final);
  CREATE INDEX accommodation_items_by_trip ON accommodation_items (trip_id, route_order);

  -- Every change of every request (one row per event and request), for the register's history.
  CREATE TABLE accommodation_history (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    request_id TEXT NOT NULL REFERENCES accommodation_requests (id),
    change TEXT NOT NULL,
    at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    member_id TEXT,
    reason TEXT,
    item_id TEXT,
    kind TEXT,
    status TEXT,
    -- Corrections: [{field, before, after}]; sensitive = 1 when they are the sensitive fields.
    fields_json TEXT NOT NULL DEFAULT '[]',
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    PRIMARY KEY (device_id, seq, request_id)
  ) STRICT;
  CREATE INDEX accommodation_history_by_request ON accommodation_history (request_id, hlc);

  CREATE TABLE accommodation_trips (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('planned', 'departed', 'returned', 'cancelled')),
    planned_departure TEXT NOT NULL,
    planned_departure_local TEXT NOT NULL,
    expected_return TEXT NOT NULL,
    expected_return_local TEXT NOT NULL,
    departed_at TEXT,
    departed_local TEXT,
    observers_told_at TEXT,
    observers_told_local TEXT,
    observer_entry_ids_json TEXT NOT NULL DEFAULT '[]',
    ballots_taken INTEGER,
    returned_at TEXT,
    returned_local TEXT,
    ballots_unused INTEGER,
    ballots_spoiled INTEGER,
    fulfilled INTEGER,
    discrepancy_note TEXT,
    cancel_reason TEXT,
    replans INTEGER NOT NULL DEFAULT 0,
    planned_by TEXT,
    planned_hlc TEXT NOT NULL
  ) STRICT;

  CREATE TABLE accommodation_trip_members (
    trip_id TEXT NOT NULL REFERENCES accommodation_trips (id),
    member_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (trip_id, member_id)
  ) STRICT;
  CREATE INDEX accommodation_trip_members_by_member ON accommodation_trip_members (member_id);

  CREATE TABLE accommodation_equipment (
    equipment TEXT PRIMARY KEY,
    availability TEXT NOT NULL CHECK (availability IN ('unknown', 'available', 'not_available')),
    count INTEGER,
    note TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT
  ) STRICT;

  -- The election's home-voting cut-off, once the chair or a precinct package has set it.
  CREATE TABLE accommodation_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cutoff_time TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('manual', 'package'))
  ) STRICT;
`;

/** The tables above, emptied and refilled by a rebuild (those naming others first). */
export const ACCOMMODATION_PROJECTION_TABLES = [
  'accommodation_history',
  'accommodation_items',
  'accommodation_sensitive',
  'accommodation_requests',
  'accommodation_trip_members',
  'accommodation_trips',
  'accommodation_equipment',
  'accommodation_settings',
] as const;
