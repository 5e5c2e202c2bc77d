import type { ProtocolEventType } from '@shared/protocol/protocol-events';
import { assertNever } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import type { StoredEvent } from '../../events';

/** Applies one protocol event to the voting day's tables (record and rebuild alike). */
export function applyProtocolEvent(db: Db, event: StoredEvent<ProtocolEventType>): void {
  const at = hlcToIso(event.hlc);
  const run = (sql: string, ...values: unknown[]) => cachedStatement(db, sql).run(...values);
  switch (event.type) {
    case 'protocol.ballot_set': {
      const p = event.payload as StoredEvent<'protocol.ballot_set'>['payload'];
      run(
        `INSERT INTO protocol_settings (id, ballot_json, quorum_rule, lines_json) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET ballot_json = excluded.ballot_json,
           quorum_rule = excluded.quorum_rule, lines_json = excluded.lines_json`,
        p.ballot === null ? null : JSON.stringify(p.ballot),
        p.quorum_rule,
        p.lines ? JSON.stringify(p.lines) : null,
      );
      return;
    }
    case 'voting.opened': {
      const p = event.payload as StoredEvent<'voting.opened'>['payload'];
      run(
        `INSERT INTO protocol_day (id, opened_at, opened_by, opening_json) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET opened_at = excluded.opened_at,
           opened_by = excluded.opened_by, opening_json = excluded.opening_json`,
        at,
        event.actor,
        JSON.stringify(p),
      );
      // A reopening (a correction of the opening) replaces the allocations it made.
      run('DELETE FROM protocol_moves WHERE part > 0');
      p.allocations.forEach((allocation, index) =>
        run(
          `INSERT INTO protocol_moves (device_id, seq, part, at, from_member_id, to_member_id,
             ballots, recorded_by) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
          event.deviceId,
          event.seq,
          index + 1,
          at,
          allocation.member_id,
          allocation.ballots,
          event.actor,
        ),
      );
      return;
    }
    case 'ballots.moved': {
      const p = event.payload as StoredEvent<'ballots.moved'>['payload'];
      run(
        `INSERT OR IGNORE INTO protocol_moves (device_id, seq, part, at, from_member_id,
           to_member_id, ballots, recorded_by) VALUES (?, ?, 0, ?, ?, ?, ?, ?)`,
        event.deviceId,
        event.seq,
        at,
        p.from_member_id,
        p.to_member_id,
        p.ballots,
        event.actor,
      );
      return;
    }
    case 'ballot.spoiled': {
      const p = event.payload as StoredEvent<'ballot.spoiled'>['payload'];
      run(
        `INSERT OR IGNORE INTO protocol_spoiled (device_id, seq, at, ballot_id, member_id)
         VALUES (?, ?, ?, ?, ?)`,
        event.deviceId,
        event.seq,
        at,
        p.ballot_id,
        p.member_id,
      );
      return;
    }
    case 'turnout.report_sent': {
      const p = event.payload as StoredEvent<'turnout.report_sent'>['payload'];
      run(
        `INSERT OR IGNORE INTO protocol_turnout_reports (hour, voters_voted, sent_at, sent_by)
         VALUES (?, ?, ?, ?)`,
        p.hour,
        p.voters_voted,
        at,
        event.actor,
      );
      return;
    }
    case 'voting.closed':
      run(
        `UPDATE protocol_day SET closed_at = ?, closed_hlc = ?, closed_by = ?
         WHERE id = 1 AND closed_at IS NULL`,
        at,
        event.hlc,
        event.actor,
      );
      return;
    case 'protocol.signed': {
      const p = event.payload as StoredEvent<'protocol.signed'>['payload'];
      run(
        `INSERT OR IGNORE INTO protocol_versions (protocol_id, version, supersedes,
           correction_reason, figures_json, explanations_json, signed_by_json, signed_at,
           recorded_by, device_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        p.protocol_id,
        p.version,
        p.supersedes,
        p.correction_reason,
        JSON.stringify(p.figures),
        JSON.stringify(p.explanations),
        JSON.stringify(p.signed_by_member_ids),
        at,
        event.actor,
        event.deviceId,
        event.seq,
      );
      return;
    }
    default:
      assertNever(event.type);
  }
}
