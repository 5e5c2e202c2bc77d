import { ballotSchema, type Ballot } from '@shared/protocol/ballot';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import { protocolLinesSchema, type ProtocolLine } from '@shared/protocol/protocol-lines';
import type { ProtocolFigures } from '@shared/protocol/protocol-figures';
import type {
  BallotName,
  PrecinctProtocols,
  PrecinctResult,
  QuestionTotal,
  RegionResult,
  Results,
  ResultSort,
  ResultStatus,
} from '@shared/supervisor/results-contract';
import { DomainError } from '@shared/result';
import { toCsv } from '@shared/csv';
import { NAME_ORDER } from '@shared/name-order';
import type { Db } from '../../kernel/db/database';
import { ballotFlow } from './ballot-flow-views';
import { precinctMatcher } from './precinct-list';
import { cachedStatement } from '../../kernel/db/statement-cache';
import {
  centralContext,
  checkKey,
  currentProtocol,
  judgeProtocol,
  protocolRows,
} from './protocol-checks';

/** What the results screens read: the protocols as stored, checked again as they are read. */

interface PrecinctRow {
  precinct_id: string;
  number: number;
  name: string;
  region: string;
  district: string;
  content_json: string;
  opened_at: string | null;
  closed_at: string | null;
  open_alarms: number;
  reports_sent: number;
}

/** A precinct's result with its current figures (null without a protocol). */
export interface ResultRow extends PrecinctResult {
  figures: ProtocolFigures | null;
  ballot: Ballot | null;
}

/** The ballot the precinct's package brought (its election's `ballot`), if any. */
function ballotOf(contentJson: string): Ballot | null {
  const content = JSON.parse(contentJson) as { election?: { ballot?: unknown } };
  const parsed = ballotSchema.safeParse(content.election?.ballot);
  return parsed.success ? parsed.data : null;
}

/** The protocol's lines the precinct's package gave (its election's `protocol.lines`), or the law's. */
function linesOf(contentJson: string): ProtocolLine[] {
  const content = JSON.parse(contentJson) as { election?: { protocol?: { lines?: unknown } } };
  const parsed = protocolLinesSchema.safeParse(content.election?.protocol?.lines);
  return parsed.success ? parsed.data : defaultProtocolLines();
}

/** Every precinct's result, in the region when one is given, by region and number. */
export function resultRows(db: Db, region?: string): ResultRow[] {
  const rows = cachedStatement(
    db,
    `SELECT p.precinct_id, p.number, p.name, p.region, p.district, p.content_json,
       v.opened_at, v.closed_at,
       (SELECT count(*) FROM alarms a, json_each(a.precinct_ids) j
         WHERE j.value = p.precinct_id AND a.decided_at IS NULL) AS open_alarms,
       (SELECT count(*) FROM turnout_reports r WHERE r.precinct_id = p.precinct_id) AS reports_sent
     FROM precincts p LEFT JOIN voting_days v USING (precinct_id)
     WHERE @region IS NULL OR p.region = @region ORDER BY p.region, p.number`,
  ).all({ region: region ?? null }) as PrecinctRow[];
  return rows.map((row) => {
    const versions = protocolRows(db, row.precinct_id);
    const current = currentProtocol(versions);
    const base = {
      precinctId: row.precinct_id,
      number: row.number,
      name: row.name,
      region: row.region,
      district: row.district,
      versions: versions.length,
      openedAt: row.opened_at,
      closedAt: row.closed_at,
      openAlarms: row.open_alarms,
      reportsSent: row.reports_sent,
      ballot: ballotOf(row.content_json),
    };
    if (!current) {
      return {
        ...base,
        status: 'no_protocol',
        version: null,
        signedAt: null,
        issued: null,
        valid: null,
        failing: [],
        figures: null,
      };
    }
    const verdict = judgeProtocol(current, centralContext(db, row.precinct_id));
    const figures = JSON.parse(current.figures_json) as ProtocolFigures;
    const failing = verdict.checks.filter((c) => !c.holds).map(checkKey);
    const status: ResultStatus =
      verdict.unexplained.length > 0 || verdict.eventsMismatch
        ? 'unexplained'
        : verdict.explained.length > 0
          ? 'explained'
          : 'consistent';
    return {
      ...base,
      status,
      version: current.version,
      signedAt: current.signed_at,
      issued: figures.issued_at_station + figures.issued_at_home,
      valid: figures.questions[0]?.valid ?? 0,
      failing,
      figures,
    };
  });
}

/** The votes of the rows' current protocols summed per question and option. */
export function sumQuestions(rows: readonly ResultRow[]): QuestionTotal[] {
  const questions = new Map<string, QuestionTotal>();
  const names = (row: ResultRow, questionId: string) =>
    row.ballot?.questions.find((q) => q.id === questionId) ?? null;
  for (const row of rows) {
    for (const count of row.figures?.questions ?? []) {
      const asked = names(row, count.question_id);
      let total = questions.get(count.question_id);
      if (!total) {
        total = {
          questionId: count.question_id,
          text: asked?.text ?? null,
          valid: 0,
          invalid: 0,
          options: [],
        };
        questions.set(count.question_id, total);
      }
      total.text ??= asked?.text ?? null;
      total.valid += count.valid;
      total.invalid += count.invalid;
      for (const [optionId, votes] of Object.entries(count.votes)) {
        let option = total.options.find((o) => o.optionId === optionId);
        if (!option) {
          const name: BallotName = asked?.options.find((o) => o.id === optionId)?.name ?? null;
          option = { optionId, name, votes: 0 };
          total.options.push(option);
        }
        option.votes += votes;
      }
    }
  }
  // In the ballot's order where a package gives the ballot; else as the figures list them.
  const order = new Map<string, number>();
  for (const row of rows) {
    for (const q of row.ballot?.questions ?? []) {
      q.options.forEach((o, i) => order.set(`${q.id}/${o.id}`, order.get(`${q.id}/${o.id}`) ?? i));
    }
  }
  const at = (q: QuestionTotal, optionId: string) =>
    order.get(`${q.questionId}/${optionId}`) ?? Number.MAX_SAFE_INTEGER;
  for (const q of questions.values()) {
    q.options.sort((a, b) => at(q, a.optionId) - at(q, b.optionId));
  }
  return [...questions.values()];
}

const STATUS_ORDER: Record<ResultStatus, number> = {
  unexplained: 0,
  explained: 1,
  no_protocol: 2,
  consistent: 3,
};

function compare(sort: ResultSort): (a: ResultRow, b: ResultRow) => number {
  const byNumber = (a: ResultRow, b: ResultRow) => a.number - b.number;
  switch (sort) {
    case 'number':
      return byNumber;
    case 'region':
      return (a, b) => NAME_ORDER.compare(a.region, b.region) || byNumber(a, b);
    case 'issued':
      return (a, b) => (a.issued ?? -1) - (b.issued ?? -1) || byNumber(a, b);
    case 'valid':
      return (a, b) => (a.valid ?? -1) - (b.valid ?? -1) || byNumber(a, b);
    case 'status':
      return (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byNumber(a, b);
  }
}

export function results(
  db: Db,
  query: {
    region?: string;
    search?: string;
    sort: ResultSort;
    descending: boolean;
    limit: number;
    offset: number;
  },
): Results {
  const all = resultRows(db);
  const scope = query.region === undefined ? all : all.filter((r) => r.region === query.region);
  const order = compare(query.sort);
  const matches = precinctMatcher(query.search);
  // A precinct whose number was searched for comes first, as on the dashboard.
  const sorted = scope
    .filter(matches)
    .sort(
      (a, b) =>
        Number(matches.byNumber(b)) - Number(matches.byNumber(a)) ||
        (query.descending ? order(b, a) : order(a, b)),
    );
  const regions = [...new Set(all.map((r) => r.region))].sort(NAME_ORDER.compare);
  const byRegion: RegionResult[] = regions.map((region) => {
    const inRegion = all.filter((r) => r.region === region);
    return {
      region,
      precincts: inRegion.length,
      withProtocol: inRegion.filter((r) => r.figures !== null).length,
      issued: inRegion.reduce((sum, r) => sum + (r.issued ?? 0), 0),
      questions: sumQuestions(inRegion),
    };
  });
  return {
    regions,
    total: scope.length,
    withProtocol: scope.filter((r) => r.figures !== null).length,
    found: sorted.length,
    precincts: sorted
      .slice(query.offset, query.offset + query.limit)
      .map(({ figures: _figures, ballot: _ballot, ...result }) => result),
    questions: sumQuestions(scope),
    byRegion,
  };
}

/** A precinct's opening, closing and every protocol version with its checks, newest first. */
export function precinctProtocols(db: Db, precinctId: string): PrecinctProtocols {
  const row = cachedStatement(
    db,
    `SELECT p.precinct_id, p.number, p.name, p.region, p.content_json, v.opened_at, v.closed_at,
       v.opening_json, coalesce(v.spoiled, 0) AS spoiled
     FROM precincts p LEFT JOIN voting_days v USING (precinct_id) WHERE p.precinct_id = ?`,
  ).get(precinctId) as
    | (Omit<PrecinctRow, 'district' | 'open_alarms' | 'reports_sent'> & {
        opening_json: string | null;
        spoiled: number;
      })
    | undefined;
  if (!row) throw new DomainError('precinct_not_found', `No precinct ${precinctId}`);
  const members = new Map(
    (
      cachedStatement(
        db,
        'SELECT member_id, full_name FROM precinct_members WHERE precinct_id = ?',
      ).all(precinctId) as { member_id: string; full_name: string }[]
    ).map((m) => [m.member_id, m.full_name]),
  );
  const context = centralContext(db, precinctId);
  const rows = protocolRows(db, precinctId);
  const superseded = new Set(rows.map((r) => r.supersedes));
  const opening = row.opening_json
    ? (JSON.parse(row.opening_json) as { ballots_received: number })
    : null;
  return {
    precinctId,
    number: row.number,
    name: row.name,
    region: row.region,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    ballotsReceivedAtOpening: opening?.ballots_received ?? null,
    spoiledEvents: row.spoiled,
    votersOnList: context.voters_on_list,
    ballotEventsAtStation: context.ballot_events_at_station,
    lines: linesOf(row.content_json),
    ...ballotFlow(db, precinctId, row.opening_json, members),
    versions: rows.map((version) => {
      const verdict = judgeProtocol(version, context);
      return {
        protocolId: version.protocol_id,
        version: version.version,
        supersedes: version.supersedes,
        correctionReason: version.correction_reason,
        superseded: superseded.has(version.protocol_id),
        signedAt: version.signed_at,
        signedBy: (JSON.parse(version.signed_by_json) as string[]).map(
          (id) => members.get(id) ?? id,
        ),
        figures: JSON.parse(version.figures_json) as ProtocolFigures,
        checks: verdict.checks.map((check) => ({
          relation: check.relation,
          questionId: check.question_id,
          holds: check.holds,
          left: check.left,
          right: check.right,
          explanation: check.holds ? null : (verdict.explanations[checkKey(check)] ?? null),
        })),
      };
    }),
  };
}

/**
 * Every precinct's current protocol as CSV: one row per option of each question (a precinct
 * without a protocol has one row, its figures empty). Columns are stable English identifiers.
 */
export function resultsCsv(db: Db): string {
  const rows: (string | number)[][] = [];
  for (const r of resultRows(db)) {
    const head = [
      r.precinctId,
      r.number,
      r.region,
      r.district,
      r.status,
      r.version ?? '',
      r.signedAt ?? '',
    ];
    const f = r.figures;
    if (!f) {
      rows.push([...head, ...Array<string>(13).fill('')]);
      continue;
    }
    const ballots = [
      f.ballots_received,
      f.issued_at_station,
      f.issued_at_home,
      f.spoiled,
      f.unused,
      f.in_stationary_boxes,
      f.in_portable_boxes,
    ];
    for (const q of f.questions) {
      for (const [optionId, votes] of Object.entries(q.votes)) {
        rows.push([
          ...head,
          ...ballots,
          q.question_id,
          q.valid,
          q.invalid,
          optionId,
          votes,
          r.failing.join(' '),
        ]);
      }
    }
  }
  return toCsv(
    [
      'precinct_id',
      'precinct_number',
      'region',
      'district',
      'status',
      'version',
      'signed_at',
      'ballots_received',
      'issued_at_station',
      'issued_at_home',
      'spoiled',
      'unused',
      'in_stationary_boxes',
      'in_portable_boxes',
      'question_id',
      'valid',
      'invalid',
      'option_id',
      'votes',
      'failing_checks',
    ],
    rows,
  );
}
