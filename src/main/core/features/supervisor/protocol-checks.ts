import type { AlarmKind } from '@shared/supervisor/supervisor-contract';
import {
  checkControlRelations,
  type ControlContext,
  type RelationCheck,
} from '@shared/protocol/control-relations';
import type { ProtocolFigures } from '@shared/protocol/protocol-figures';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { instantOfRuleTime } from '../../kernel/time/local-instant';
import { raiseAlarm } from './conflicts';

/**
 * Every protocol checked again centrally: its control relations against the central store's
 * own context (the voters on the precinct's list, the ballot events at the station its
 * laptops sent), and the alarms that follow, recomputed for the precinct whenever its
 * protocols or its ballots change, so files in any order end in the same alarms. An
 * undecided alarm whose cause is gone (a correction that holds, the missing laptop's ballots
 * arrived) is withdrawn; a decided one stays with its decision.
 */

/** After the voting hours close, the count has this long to end (Constitutional Law "On Elections", Art. 43: within 12 hours). */
export const PROTOCOL_GRACE_MS = 12 * 3_600_000;

/** The relation compared with the ballot events: its failure is an alarm of its own. */
const EVENTS_RELATION = 'issued_matches_events';

export interface StoredProtocol {
  protocol_id: string;
  version: number;
  supersedes: string | null;
  correction_reason: string | null;
  figures_json: string;
  explanations_json: string;
  signed_by_json: string;
  signed_at: string;
}

/** A precinct's protocol versions, newest first (by version, then by signing time). */
export function protocolRows(db: Db, precinctId: string): StoredProtocol[] {
  return cachedStatement(
    db,
    `SELECT protocol_id, version, supersedes, correction_reason, figures_json, explanations_json,
       signed_by_json, signed_at FROM protocols WHERE precinct_id = ?
     ORDER BY version DESC, signed_at DESC, protocol_id`,
  ).all(precinctId) as StoredProtocol[];
}

/** The version in force: the newest one no other version supersedes. */
export function currentProtocol(rows: readonly StoredProtocol[]): StoredProtocol | null {
  const superseded = new Set(rows.map((r) => r.supersedes).filter((s) => s !== null));
  return rows.find((r) => !superseded.has(r.protocol_id)) ?? null;
}

/** What a precinct's figures are checked against, from the central store. */
export function centralContext(db: Db, precinctId: string): ControlContext {
  const row = cachedStatement(
    db,
    `SELECT p.voters + (SELECT count(*) FROM list_iins l
         WHERE l.precinct_id = p.precinct_id AND l.source = 'added') AS voters,
       c.ballots - c.home_ballots AS station
     FROM precincts p JOIN precinct_counts c USING (precinct_id) WHERE p.precinct_id = ?`,
  ).get(precinctId) as { voters: number; station: number } | undefined;
  return { voters_on_list: row?.voters ?? 0, ballot_events_at_station: row?.station ?? 0 };
}

/** A check's key, as explanations are keyed: `relation` or `relation:question`. */
export const checkKey = (check: RelationCheck): string =>
  check.question_id === null ? check.relation : `${check.relation}:${check.question_id}`;

export interface ProtocolVerdict {
  checks: RelationCheck[];
  explanations: Record<string, string>;
  /** Failing relations (beyond the one compared with the ballot events), by explanation. */
  unexplained: string[];
  explained: string[];
  /** The ballot events disagree with the ballots issued at the station. */
  eventsMismatch: boolean;
}

export function judgeProtocol(row: StoredProtocol, context: ControlContext): ProtocolVerdict {
  const figures = JSON.parse(row.figures_json) as ProtocolFigures;
  const explanations = JSON.parse(row.explanations_json) as Record<string, string>;
  const checks = checkControlRelations(figures, context);
  const failing = checks.filter((c) => !c.holds && c.relation !== EVENTS_RELATION).map(checkKey);
  return {
    checks,
    explanations,
    unexplained: failing.filter((key) => !explanations[key]),
    explained: failing.filter((key) => explanations[key]),
    eventsMismatch: checks.some((c) => !c.holds && c.relation === EVENTS_RELATION),
  };
}

function withdraw(db: Db, kind: AlarmKind, precinctId: string): void {
  cachedStatement(
    db,
    'DELETE FROM alarms WHERE kind = ? AND subject_key = ? AND decided_at IS NULL',
  ).run(kind, precinctId);
}

/** Raises the precinct's alarm of `kind` with `details`, or withdraws it (details null). */
function setAlarm(
  db: Db,
  kind: AlarmKind,
  precinctId: string,
  details: string | null,
  now: string,
): void {
  if (details === null) return withdraw(db, kind, precinctId);
  raiseAlarm(
    db,
    { kind, subjectKey: precinctId, subject: precinctId, precinctIds: [precinctId], details },
    now,
  );
}

/** Checks a precinct's protocol in force again and raises or withdraws its alarms. */
export function recheckPrecinct(db: Db, precinctId: string, now: string): void {
  const rows = protocolRows(db, precinctId);
  const current = currentProtocol(rows);
  if (!current) return;
  const context = centralContext(db, precinctId);
  const verdict = judgeProtocol(current, context);
  const version = `version ${current.version}`;
  setAlarm(
    db,
    'protocol_unexplained',
    precinctId,
    verdict.unexplained.length > 0 ? `${version}: ${verdict.unexplained.join(', ')}` : null,
    now,
  );
  setAlarm(
    db,
    'protocol_explained',
    precinctId,
    verdict.unexplained.length === 0 && verdict.explained.length > 0
      ? `${version}: ${verdict.explained.join(', ')}`
      : null,
    now,
  );
  const figures = JSON.parse(current.figures_json) as ProtocolFigures;
  setAlarm(
    db,
    'protocol_events_mismatch',
    precinctId,
    verdict.eventsMismatch
      ? `${version}: ${figures.issued_at_station} issued at the station, ${context.ballot_events_at_station} ballot events`
      : null,
    now,
  );
  setAlarm(
    db,
    'protocol_versions',
    precinctId,
    rows.length > 1 ? `${rows.length} versions` : null,
    now,
  );
  withdraw(db, 'protocol_missing', precinctId);
}

/** Whether a precinct has any protocol version (what a new ballot may change the check of). */
export function hasProtocol(db: Db, precinctId: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM protocols WHERE precinct_id = ? LIMIT 1').get(precinctId) !==
    undefined
  );
}

/** The instant a precinct's voting hours close, from its package (null when it names none). */
export function closingInstant(row: {
  voting_day: string;
  time_zone: string;
  content_json: string;
}): number | null {
  const content = JSON.parse(row.content_json) as { election?: { closes?: unknown } };
  const closes = content.election?.closes;
  if (typeof closes !== 'string' || !/^\d{2}:\d{2}$/.test(closes)) return null;
  return instantOfRuleTime(row.voting_day, closes, row.time_zone);
}

/**
 * Precincts silent after the close: their voting hours closed more than the grace period
 * ago and no protocol came. Run at every import and whenever the results are read.
 */
export function raiseSilentPrecincts(db: Db, now: string): void {
  const at = Date.parse(now);
  const rows = cachedStatement(
    db,
    `SELECT p.precinct_id, p.voting_day, p.time_zone, p.content_json FROM precincts p
     WHERE NOT EXISTS (SELECT 1 FROM protocols r WHERE r.precinct_id = p.precinct_id)`,
  ).all() as { precinct_id: string; voting_day: string; time_zone: string; content_json: string }[];
  for (const row of rows) {
    const closes = closingInstant(row);
    if (closes === null || at < closes + PROTOCOL_GRACE_MS) continue;
    const existing = cachedStatement(
      db,
      'SELECT 1 FROM alarms WHERE kind = ? AND subject_key = ?',
    ).get('protocol_missing', row.precinct_id);
    if (existing) continue;
    setAlarm(
      db,
      'protocol_missing',
      row.precinct_id,
      `voting closed at ${new Date(closes).toISOString()}; no protocol`,
      now,
    );
  }
}
