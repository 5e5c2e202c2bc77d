import { slotViews } from './slots';
import type {
  Alarm,
  Dashboard,
  DeviceView,
  ImportFileResult,
  PrecinctDetail,
  PrecinctSummary,
  RegionTurnoutCell,
  TurnoutCell,
} from '@shared/supervisor/supervisor-contract';
import { DomainError } from '@shared/result';
import { NAME_ORDER } from '@shared/name-order';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

/** What the dashboard and the drill-down read: the aggregates kept at import, nothing replayed. */

/** Every figure of a precinct's row (a page's rows, or one precinct's). */
export const SUMMARY_SQL = `
  SELECT p.precinct_id AS precinctId, p.number, p.name, p.region, p.district,
    c.last_sync_at AS lastSyncAt, c.ballots, c.requests, c.log_entries AS logEntries,
    c.list_corrections AS listCorrections,
    p.voters + (SELECT count(*) FROM list_iins l WHERE l.precinct_id = p.precinct_id AND l.source = 'added') AS voters,
    (SELECT count(*) FROM devices d WHERE d.precinct_id = p.precinct_id) AS devices,
    (SELECT count(*) FROM alarms a, json_each(a.precinct_ids) j
      WHERE j.value = p.precinct_id AND a.decided_at IS NULL) AS openAlarms
  FROM precincts p JOIN precinct_counts c USING (precinct_id)`;

const bind = (region: string | undefined) => (region === undefined ? [] : [region]);

/** Ballots in force by hour, cumulative: each cell counts those issued before its hour ends. */
function cumulative(
  rows: { precinctId: string; region: string; hour: number; ballots: number }[],
): TurnoutCell[] {
  const cells: TurnoutCell[] = [];
  let current = '';
  let total = 0;
  for (const row of rows) {
    if (row.precinctId !== current) {
      current = row.precinctId;
      total = 0;
    }
    total += row.ballots;
    cells.push({ ...row, ballots: total });
  }
  return cells;
}

export function turnout(db: Db, filter: string, values: string[]): TurnoutCell[] {
  return cumulative(
    cachedStatement(
      db,
      `SELECT t.precinct_id AS precinctId, p.region, t.hour, t.ballots FROM turnout t
       JOIN precincts p USING (precinct_id) ${filter} ORDER BY t.precinct_id, t.hour`,
    ).all(...values) as TurnoutCell[],
  );
}

/** A precinct's accommodation items by kind and status (the request_items_counts index). */
function precinctRequests(db: Db, precinctId: string) {
  return cachedStatement(
    db,
    `SELECT kind, status, count(*) AS count FROM request_items WHERE precinct_id = ?
     GROUP BY kind, status ORDER BY kind, status`,
  ).all(precinctId) as { kind: string; status: string; count: number }[];
}

/** A precinct's information log entries in force by kind. */
function precinctInfolog(db: Db, precinctId: string) {
  return cachedStatement(
    db,
    `SELECT kind, count(*) AS count FROM infolog_entries
     WHERE precinct_id = ? AND withdrawn = 0 AND kind IS NOT NULL GROUP BY kind ORDER BY kind`,
  ).all(precinctId) as { kind: string; count: number }[];
}

interface AlarmRow {
  alarm_id: string;
  kind: Alarm['kind'];
  raised_at: string;
  subject: string;
  precinct_ids: string;
  details: string;
  decided_at: string | null;
  decided_by: string | null;
  decision: string | null;
}

const alarmOf = (row: AlarmRow): Alarm => ({
  alarmId: row.alarm_id,
  kind: row.kind,
  raisedAt: row.raised_at,
  subject: row.subject,
  precinctIds: JSON.parse(row.precinct_ids) as string[],
  details: row.details,
  decidedAt: row.decided_at,
  decidedBy: row.decided_by,
  decision: row.decision,
});

export function listAlarms(db: Db, openOnly: boolean, precinctId?: string): Alarm[] {
  const rows = cachedStatement(
    db,
    `SELECT * FROM alarms WHERE (@a = 0 OR decided_at IS NULL)
     AND (@b IS NULL OR EXISTS (SELECT 1 FROM json_each(alarms.precinct_ids) WHERE value = @b))
     ORDER BY raised_at DESC, alarm_id`,
  ).all({ a: openOnly ? 1 : 0, b: precinctId ?? null }) as AlarmRow[];
  return rows.map(alarmOf);
}

export function alarm(db: Db, alarmId: string): Alarm {
  const row = cachedStatement(db, 'SELECT * FROM alarms WHERE alarm_id = ?').get(alarmId) as
    AlarmRow | undefined;
  if (!row) throw new DomainError('alarm_not_found', `No alarm ${alarmId}`);
  return alarmOf(row);
}

/** Cumulative ballots by precinct-local hour per region: every precinct's ballots up to the hour. */
function regionTurnout(db: Db, filter: string, values: string[]): RegionTurnoutCell[] {
  const rows = cachedStatement(
    db,
    `SELECT region, hour, ballots FROM region_turnout ${filter} ORDER BY region, hour`,
  ).all(...values) as RegionTurnoutCell[];
  let region: string | null = null;
  let total = 0;
  return rows.map((row) => {
    if (row.region !== region) {
      region = row.region;
      total = 0;
    }
    total += row.ballots;
    return { ...row, ballots: total };
  });
}

/** Accommodation items by kind and status, of the country or a region (schema 11's figures). */
function regionRequests(db: Db, filter: string, values: string[]) {
  return cachedStatement(
    db,
    `SELECT kind, status, sum(n) AS count FROM region_requests ${filter}
     GROUP BY kind, status ORDER BY kind, status`,
  ).all(...values) as { kind: string; status: string; count: number }[];
}

/** Information log entries in force by kind, of the country or a region. */
function regionInfolog(db: Db, filter: string, values: string[]) {
  return cachedStatement(
    db,
    `SELECT kind, sum(n) AS count FROM region_infolog ${filter} GROUP BY kind ORDER BY kind`,
  ).all(...values) as { kind: string; count: number }[];
}

/**
 * The overview in figures a screen can hold for 10,459 precincts: counts, turnout and the
 * rest per region; the precincts themselves are read a page at a time (precinct-list.ts).
 */
export function dashboard(db: Db, region?: string): Dashboard {
  const filter = region === undefined ? '' : 'WHERE p.region = ?';
  // The figures kept per region (region-figures-schema.ts).
  const byRegion = region === undefined ? '' : 'WHERE region = ?';
  const values = bind(region);
  const counts = cachedStatement(
    db,
    `SELECT count(*) AS known, count(c.last_sync_at) AS reporting
     FROM precincts p JOIN precinct_counts c USING (precinct_id) ${filter}`,
  ).get(...values) as { known: number; reporting: number };
  const regions = (
    cachedStatement(db, 'SELECT DISTINCT region FROM precincts ORDER BY region').all() as {
      region: string;
    }[]
  )
    .map((r) => r.region)
    .sort(NAME_ORDER.compare);
  const regionVoters = cachedStatement(
    db,
    `SELECT p.region, sum(p.voters + (SELECT count(*) FROM list_iins l
       WHERE l.precinct_id = p.precinct_id AND l.source = 'added')) AS voters
     FROM precincts p ${filter} GROUP BY p.region ORDER BY p.region`,
  ).all(...values) as { region: string; voters: number }[];
  const open = listAlarms(db, true);
  const inRegion =
    region === undefined || open.length === 0
      ? null
      : new Set(
          (
            cachedStatement(db, 'SELECT precinct_id AS id FROM precincts WHERE region = ?').all(
              region,
            ) as { id: string }[]
          ).map((row) => row.id),
        );
  return {
    precinctsKnown: counts.known,
    reporting: counts.reporting,
    silent: counts.known - counts.reporting,
    regions,
    regionVoters,
    turnout: regionTurnout(db, byRegion, values),
    requests: regionRequests(db, byRegion, values),
    infolog: regionInfolog(db, byRegion, values),
    conflicts: inRegion ? open.filter((a) => a.precinctIds.some((id) => inRegion.has(id))) : open,
  };
}

export interface DeviceRowView {
  device_id: string;
  precinct_id: string;
  slot: number | null;
  enrolled_at: string;
  last_sync_at: string | null;
  head_seq: number;
  revoked_at: string | null;
  revoked_by: string | null;
  revoked_reason: string | null;
  restored_from: string | null;
  restored_to_seq: number | null;
}

export function devices(db: Db, precinctId?: string): DeviceView[] {
  const rows = cachedStatement(
    db,
    `SELECT d.device_id, d.precinct_id, d.slot, d.enrolled_at, d.last_sync_at, d.head_seq,
       d.revoked_at, d.revoked_by, d.revoked_reason, r.old_device_id AS restored_from,
       r.old_last_seq AS restored_to_seq
     FROM devices d LEFT JOIN restored_devices r ON r.new_device_id = d.device_id
     WHERE @a IS NULL OR d.precinct_id = @a ORDER BY d.precinct_id, d.device_id`,
  ).all({ a: precinctId ?? null }) as DeviceRowView[];
  return rows.map(deviceViewOf);
}

export function deviceViewOf(r: DeviceRowView): DeviceView {
  return {
    deviceId: r.device_id,
    precinctId: r.precinct_id,
    slot: r.slot,
    enrolledAt: r.enrolled_at,
    lastSyncAt: r.last_sync_at,
    headSeq: r.head_seq,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revokedReason: r.revoked_reason,
    restoredFrom:
      r.restored_from === null
        ? null
        : { deviceId: r.restored_from, lastSeq: r.restored_to_seq ?? 0 },
  };
}

interface ImportRow {
  file: string;
  status: ImportFileResult['status'];
  code: ImportFileResult['code'];
  device_id: string | null;
  precinct_id: string | null;
  first_seq: number | null;
  last_seq: number | null;
  new_events: number;
  waiting_from: number | null;
  waiting_to: number | null;
  imported_at: string;
}

export const importOf = (r: ImportRow): ImportFileResult & { importedAt: string } => ({
  file: r.file,
  status: r.status,
  code: r.code,
  device: r.device_id,
  precinctId: r.precinct_id,
  firstSeq: r.first_seq,
  lastSeq: r.last_seq,
  newEvents: r.new_events,
  waitingFor:
    r.waiting_from === null ? null : { from: r.waiting_from, to: r.waiting_to ?? r.waiting_from },
  importedAt: r.imported_at,
});

export function listImports(
  db: Db,
  query: { status?: ImportFileResult['status']; limit: number; offset: number },
): { total: number; files: (ImportFileResult & { importedAt: string })[] } {
  const status = query.status ?? null;
  const total = (
    cachedStatement(db, 'SELECT count(*) AS n FROM imports WHERE @a IS NULL OR status = @a').get({
      a: status,
    }) as {
      n: number;
    }
  ).n;
  const rows = cachedStatement(
    db,
    'SELECT * FROM imports WHERE @a IS NULL OR status = @a ORDER BY id DESC LIMIT @b OFFSET @c',
  ).all({ a: status, b: query.limit, c: query.offset }) as ImportRow[];
  return { total, files: rows.map(importOf) };
}

export function precinctDetail(db: Db, precinctId: string): PrecinctDetail {
  const summary = cachedStatement(db, `${SUMMARY_SQL} WHERE p.precinct_id = ?`).get(precinctId) as
    PrecinctSummary | undefined;
  if (!summary) throw new DomainError('precinct_not_found', `No precinct ${precinctId}`);
  const filter = 'WHERE p.precinct_id = ?';
  const imports = cachedStatement(
    db,
    'SELECT * FROM imports WHERE precinct_id = ? ORDER BY id DESC LIMIT 200',
  ).all(precinctId) as ImportRow[];
  return {
    summary,
    devices: devices(db, precinctId),
    slots: slotViews(db, precinctId),
    turnout: turnout(db, filter, [precinctId]),
    requests: precinctRequests(db, precinctId),
    infolog: precinctInfolog(db, precinctId),
    imports: imports.map(importOf),
    alarms: listAlarms(db, false, precinctId),
  };
}
