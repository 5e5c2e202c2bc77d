import type { BallotFlow } from '@shared/supervisor/results-contract';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

/**
 * What supervisor mode shows of a precinct's ballots through the day: the ballots passed
 * between the stock and members, and each side's net from the opening's allocations and the
 * moves alone. A net below zero means a member (or the stock) passed on more ballots than were
 * ever given to them: issuing or spoiling could only take more, so that is wrong whatever the
 * ballot events say. Also the turnout reports marked sent, by hour.
 */
export function ballotFlow(
  db: Db,
  precinctId: string,
  openingJson: string | null,
  names: ReadonlyMap<string, string>,
): BallotFlow {
  const opening = openingJson
    ? (JSON.parse(openingJson) as {
        ballots_received: number;
        allocations: { member_id: string; ballots: number }[];
      })
    : null;
  const moves = cachedStatement(
    db,
    `SELECT at, from_member_id, to_member_id, ballots FROM ballot_moves
     WHERE precinct_id = ? ORDER BY at, device_id, seq`,
  ).all(precinctId) as {
    at: string;
    from_member_id: string | null;
    to_member_id: string | null;
    ballots: number;
  }[];
  const STOCK = '';
  const net = new Map<string, number>([[STOCK, opening?.ballots_received ?? 0]]);
  const add = (side: string | null, by: number) =>
    net.set(side ?? STOCK, (net.get(side ?? STOCK) ?? 0) + by);
  for (const a of opening?.allocations ?? []) {
    add(null, -a.ballots);
    add(a.member_id, a.ballots);
  }
  for (const m of moves) {
    add(m.from_member_id, -m.ballots);
    add(m.to_member_id, m.ballots);
  }
  const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  const reports = cachedStatement(
    db,
    'SELECT hour, sent_at, voters_voted FROM turnout_reports WHERE precinct_id = ? ORDER BY hour',
  ).all(precinctId) as { hour: string; sent_at: string; voters_voted: number }[];
  return {
    moves: moves.map((m) => ({
      at: m.at,
      from: name(m.from_member_id),
      to: name(m.to_member_id),
      ballots: m.ballots,
    })),
    // Only once the opening is known: before it, every move looks like more than was given.
    overdrawn: opening
      ? [...net]
          .filter(([, balance]) => balance < 0)
          .map(([side, balance]) => ({ member: side === STOCK ? null : name(side), balance }))
      : [],
    turnoutReports: reports.map((r) => ({
      hour: r.hour,
      sentAt: r.sent_at,
      votersVoted: r.voters_voted,
    })),
  };
}
