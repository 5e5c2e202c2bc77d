import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { ProjectedEvent } from './file-reader';
import { refreshBallotConflicts, refreshListConflicts } from './conflicts';
import { votingDayHour } from './local-hour';
import { isProtocolEvent, PROTOCOL_TYPES } from './protocol-payload';
import { projectProtocolEvents } from './protocol-projection';
import { hasProtocol, recheckPrecinct } from './protocol-checks';

/** What the projection needs to know of a precinct. */
export interface PrecinctRef {
  precinct_id: string;
  time_zone: string;
  voting_day: string;
}

const LIST_CORRECTIONS = new Set(['voter.added', 'voter.corrected', 'voter.removal_decided']);
/** Only these events' payloads are parsed; the dashboard needs nothing from the others. */
const PROJECTED = new Set([
  'ballot.issued',
  'ballot.undone',
  'voter.added',
  'voter.removal_decided',
  'voter.absentee_certificate_issued',
  'accommodation.request_recorded',
  'accommodation.item_status_changed',
  'infolog.entry_recorded',
  'infolog.entry_withdrawn',
]);

/** What the reader hands on to the projection: the events read here and list corrections. */
export const DASHBOARD_TYPES: ReadonlySet<string> = new Set([
  ...PROJECTED,
  ...LIST_CORRECTIONS,
  ...PROTOCOL_TYPES,
]);

type Payload = Record<string, unknown>;

const BALLOT_PREFIX = '{"ballot_id":"';
const IIN_KEY = ',"iin":"';
/**
 * The ballot id and IIN of a `ballot.issued` payload, read from its canonical text without
 * parsing it (most of a voting day's events are ballots): keys are sorted, so the id comes
 * first, and `,"iin":"` cannot occur inside a string value (its quotes would be escaped).
 * Anything unexpected falls back to JSON.parse.
 */
function ballotFields(text: string): [string, string] {
  if (text.startsWith(BALLOT_PREFIX)) {
    const end = text.indexOf('"', BALLOT_PREFIX.length);
    const at = text.indexOf(IIN_KEY, end);
    const id = text.slice(BALLOT_PREFIX.length, end);
    const iin = text.slice(at + IIN_KEY.length, at + IIN_KEY.length + 12);
    if (
      at > 0 &&
      !id.includes('\\') &&
      /^\d{12}$/.test(iin) &&
      text[at + IIN_KEY.length + 12] === '"'
    ) {
      return [id, iin];
    }
  }
  const p = JSON.parse(text) as Payload;
  return [String(p.ballot_id), String(p.iin)];
}
const physical = (hlc: string) => Number(hlc.slice(0, 18));
/** A ballot issued from a portable box (voting at home): as the key sort puts it, after the IIN. */
const HOME_PLACE = ',"place":"portable_box"';

/**
 * Applies newly accepted events of one precinct's device to the dashboard's tables. Each
 * table is keyed so that the result does not depend on the order files arrive in: ballots by
 * id (an undo may come before its issue from another laptop), request items by their newest
 * status stamp, counts as sums. Rows go in per kind as one JSON array each (SQLite's json_each
 * reads them), far faster than a statement call per row.
 */
export function projectEvents(
  db: Db,
  precinct: PrecinctRef,
  events: readonly ProjectedEvent[],
  now: string,
  deviceId: string,
): void {
  const issued: [string, string, number, number][] = [];
  const voting: ProjectedEvent[] = [];
  const undone: [string, string][] = [];
  const items: [string, string, string, string, string][] = [];
  const entries: [string, string][] = [];
  const withdrawn: string[] = [];
  const added: string[] = [];
  const addedAbsentee: [string, string, string][] = [];
  const removed: string[] = [];
  const certificates: [string, string][] = [];
  let corrections = 0;
  for (const event of events) {
    if (LIST_CORRECTIONS.has(event.type)) corrections++;
    if (isProtocolEvent(event.type)) voting.push(event);
    if (!PROJECTED.has(event.type)) continue;
    if (event.type === 'ballot.issued') {
      const [ballotId, iin] = ballotFields(event.payload_json);
      const hour = votingDayHour(physical(event.hlc), precinct.time_zone, precinct.voting_day);
      issued.push([ballotId, iin, hour, event.payload_json.includes(HOME_PLACE) ? 1 : 0]);
      continue;
    }
    const p = JSON.parse(event.payload_json) as Payload;
    switch (event.type) {
      case 'ballot.undone':
        undone.push([String(p.ballot_id), String(p.iin)]);
        break;
      case 'voter.added':
        added.push(String(p.iin));
        if (p.basis === 'absentee_certificate' && p.certificate_number && p.issuing_precinct) {
          addedAbsentee.push([
            String(p.iin),
            String(p.certificate_number),
            String(p.issuing_precinct),
          ]);
        }
        break;
      case 'voter.removal_decided':
        if (p.decision === 'approve') removed.push(String(p.iin));
        break;
      case 'voter.absentee_certificate_issued':
        certificates.push([String(p.iin), String(p.number)]);
        break;
      case 'accommodation.request_recorded':
        for (const item of p.items as { item_id: string; kind: string; status: string }[]) {
          items.push([item.item_id, String(p.request_id), item.kind, item.status, event.hlc]);
        }
        break;
      case 'accommodation.item_status_changed':
        items.push([
          String(p.item_id),
          String(p.request_id),
          String(p.kind),
          String(p.status),
          event.hlc,
        ]);
        break;
      case 'infolog.entry_recorded':
        entries.push([String(p.entry_id), String((p.details as Payload).kind)]);
        break;
      case 'infolog.entry_withdrawn':
        withdrawn.push(String(p.entry_id));
        break;
    }
  }
  const id = precinct.precinct_id;
  const run = (sql: string, rows: unknown[]) => {
    if (rows.length > 0) cachedStatement(db, sql).run(id, JSON.stringify(rows));
  };
  const { inForce, atHome } = applyBallots(db, id, issued, undone);
  run(
    `INSERT INTO request_items (precinct_id, item_id, request_id, kind, status, status_hlc)
     SELECT ?, value->>0, value->>1, value->>2, value->>3, value->>4 FROM json_each(?) WHERE true
     ON CONFLICT (precinct_id, item_id) DO UPDATE SET status = excluded.status,
       status_hlc = excluded.status_hlc WHERE excluded.status_hlc > request_items.status_hlc`,
    items,
  );
  run(
    `INSERT INTO infolog_entries (precinct_id, entry_id, kind) SELECT ?, value->>0, value->>1
     FROM json_each(?) WHERE true ON CONFLICT (precinct_id, entry_id) DO UPDATE SET kind = excluded.kind`,
    entries,
  );
  run(
    `INSERT INTO infolog_entries (precinct_id, entry_id, withdrawn) SELECT ?, value, 1
     FROM json_each(?) WHERE true ON CONFLICT (precinct_id, entry_id) DO UPDATE SET withdrawn = 1`,
    withdrawn,
  );
  run(
    `INSERT OR IGNORE INTO list_iins (precinct_id, iin, source) SELECT ?, value, 'added' FROM json_each(?)`,
    added,
  );
  run(
    `INSERT OR IGNORE INTO absentee_added (precinct_id, iin, certificate_number, issuing_precinct)
     SELECT ?, value->>0, value->>1, value->>2 FROM json_each(?)`,
    addedAbsentee,
  );
  run(
    `INSERT OR IGNORE INTO list_removals (precinct_id, iin) SELECT ?, value FROM json_each(?)`,
    removed,
  );
  run(
    `INSERT OR IGNORE INTO absentee_issued (precinct_id, iin, number) SELECT ?, value->>0, value->>1
     FROM json_each(?)`,
    certificates,
  );
  if (issued.length > 0 || undone.length > 0) {
    refreshBallotConflicts(db, [...issued.map((b) => b[1]), ...undone.map((b) => b[1])], now);
  }
  cachedStatement(
    db,
    `UPDATE precinct_counts SET
       ballots = ballots + @c,
       requests = (SELECT count(DISTINCT request_id) FROM request_items WHERE precinct_id = @a),
       log_entries = (SELECT count(*) FROM infolog_entries WHERE precinct_id = @a AND withdrawn = 0 AND kind IS NOT NULL),
       list_corrections = list_corrections + @b,
       home_ballots = home_ballots + @d
     WHERE precinct_id = @a`,
  ).run({ a: id, b: corrections, c: inForce, d: atHome });
  const listIins = [...added, ...removed, ...certificates.map((c) => c[0])];
  if (listIins.length > 0) refreshListConflicts(db, null, listIins, now);
  projectProtocolEvents(db, id, deviceId, voting);
  // A protocol is checked again when it comes, and when ballots that its check counts do.
  const ballotsMoved = issued.length > 0 || undone.length > 0;
  if (voting.length > 0 || (ballotsMoved && hasProtocol(db, id))) recheckPrecinct(db, id, now);
}

/**
 * Ballots issued and undone, by id: an undo may arrive before its issue (another laptop's
 * file), so each row says what is known of it, and turnout and the count move by what each
 * upsert changed (RETURNING): an issue counts unless its undo is already there; an undo
 * takes back a ballot in force. Returns the change in ballots in force, and in those of them
 * issued from a portable box.
 */
function applyBallots(
  db: Db,
  precinctId: string,
  issued: [string, string, number, number][],
  undone: [string, string][],
): { inForce: number; atHome: number } {
  const hours = new Map<number, number>();
  const move = (hour: number, by: number) => {
    if (hour >= 0) hours.set(hour, (hours.get(hour) ?? 0) + by);
  };
  let inForce = 0;
  let atHome = 0;
  if (issued.length > 0) {
    const rows = cachedStatement(
      db,
      `INSERT INTO ballots (iin, precinct_id, ballot_id, hour, home) SELECT value->>1, @a,
       value->>0, value->>2, value->>3 FROM json_each(@b) WHERE true
       ON CONFLICT (iin, precinct_id, ballot_id)
       DO UPDATE SET hour = excluded.hour, home = excluded.home RETURNING hour, undone, home`,
    ).all({ a: precinctId, b: JSON.stringify(issued) }) as {
      hour: number;
      undone: number;
      home: number;
    }[];
    for (const row of rows) {
      if (row.undone) continue;
      inForce++;
      atHome += row.home;
      move(row.hour, 1);
    }
  }
  if (undone.length > 0) {
    const rows = cachedStatement(
      db,
      `INSERT INTO ballots (iin, precinct_id, ballot_id, hour, undone) SELECT value->>1, @a,
       value->>0, NULL, 1 FROM json_each(@b) WHERE true ON CONFLICT (iin, precinct_id, ballot_id)
       DO UPDATE SET undone = 1 WHERE ballots.undone = 0 RETURNING hour, home`,
    ).all({ a: precinctId, b: JSON.stringify(undone) }) as { hour: number | null; home: number }[];
    for (const row of rows) {
      // A new row (hour NULL) is an undo ahead of its issue: nothing was counted yet.
      if (row.hour === null) continue;
      inForce--;
      atHome -= row.home;
      move(row.hour, -1);
    }
  }
  const turnout = cachedStatement(
    db,
    `INSERT INTO turnout (precinct_id, hour, ballots) VALUES (?, ?, ?)
     ON CONFLICT (precinct_id, hour) DO UPDATE SET ballots = ballots + excluded.ballots`,
  );
  for (const [hour, by] of hours) if (by !== 0) turnout.run(precinctId, hour, by);
  // An hour whose every ballot was undone has no row, as if they had never come.
  if (undone.length > 0) {
    cachedStatement(db, 'DELETE FROM turnout WHERE precinct_id = ? AND ballots = 0').run(
      precinctId,
    );
  }
  return { inForce, atHome };
}
