import type { ProtocolPayload } from '@shared/protocol/protocol-events';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { ProjectedEvent } from './file-reader';

/**
 * The voting day's events in the central store: each precinct's first opening and closing
 * (whichever laptop's file brings them), the ballots its laptops recorded spoiled, and every
 * protocol version as signed, the ballots passed between members and the turnout reports
 * marked sent. Keyed so that files in any order, or twice, end the same: an
 * opening or a closing keeps the earliest event time, a protocol version is stored once by
 * its id (a correction is a version of its own; the one it supersedes stays).
 */

/** An event's time (its hybrid clock's physical part) as an ISO instant. */
export const eventInstant = (hlc: string): string =>
  new Date(Number(hlc.slice(0, 18))).toISOString();

export function projectProtocolEvents(
  db: Db,
  precinctId: string,
  deviceId: string,
  events: readonly ProjectedEvent[],
): void {
  if (events.length === 0) return;
  cachedStatement(db, 'INSERT OR IGNORE INTO voting_days (precinct_id) VALUES (?)').run(precinctId);
  for (const event of events) {
    const at = eventInstant(event.hlc);
    switch (event.type) {
      case 'voting.opened':
        cachedStatement(
          db,
          `UPDATE voting_days SET opened_at = @at, opening_json = @json
           WHERE precinct_id = @id AND (opened_at IS NULL OR opened_at > @at)`,
        ).run({ id: precinctId, at, json: event.payload_json });
        break;
      case 'voting.closed':
        cachedStatement(
          db,
          `UPDATE voting_days SET closed_at = @at
           WHERE precinct_id = @id AND (closed_at IS NULL OR closed_at > @at)`,
        ).run({ id: precinctId, at });
        break;
      case 'ballots.moved': {
        const p = JSON.parse(event.payload_json) as ProtocolPayload<'ballots.moved'>;
        cachedStatement(
          db,
          `INSERT OR IGNORE INTO ballot_moves (precinct_id, device_id, seq, at, from_member_id,
             to_member_id, ballots) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(precinctId, deviceId, event.seq, at, p.from_member_id, p.to_member_id, p.ballots);
        break;
      }
      case 'turnout.report_sent': {
        const p = JSON.parse(event.payload_json) as ProtocolPayload<'turnout.report_sent'>;
        // The earliest mark wins (ties by the smaller count), whichever file comes first.
        cachedStatement(
          db,
          `INSERT INTO turnout_reports (precinct_id, hour, sent_at, voters_voted)
           VALUES (@id, @hour, @at, @voters)
           ON CONFLICT (precinct_id, hour) DO UPDATE SET sent_at = excluded.sent_at,
             voters_voted = excluded.voters_voted
           WHERE (excluded.sent_at, excluded.voters_voted) < (sent_at, voters_voted)`,
        ).run({ id: precinctId, hour: p.hour, at, voters: p.voters_voted });
        break;
      }
      case 'ballot.spoiled':
        cachedStatement(
          db,
          'UPDATE voting_days SET spoiled = spoiled + 1 WHERE precinct_id = ?',
        ).run(precinctId);
        break;
      case 'protocol.signed': {
        const p = JSON.parse(event.payload_json) as ProtocolPayload<'protocol.signed'>;
        cachedStatement(
          db,
          `INSERT OR IGNORE INTO protocols (precinct_id, protocol_id, version, supersedes,
             correction_reason, figures_json, explanations_json, signed_by_json, signed_at,
             device_id, seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          precinctId,
          p.protocol_id,
          p.version,
          p.supersedes,
          p.correction_reason,
          JSON.stringify(p.figures),
          JSON.stringify(p.explanations),
          JSON.stringify(p.signed_by_member_ids),
          at,
          deviceId,
          event.seq,
        );
        break;
      }
    }
  }
}
