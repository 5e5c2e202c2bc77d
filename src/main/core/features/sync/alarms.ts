import { DomainError } from '@shared/result';
import type { SyncAlarmView } from '@shared/sync/sync-contract';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';

interface AlarmRow {
  alarm_id: string;
  kind: 'fork' | 'double_ballot';
  details_json: string;
  raised_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decision: string | null;
}

/** An IIN as alarms show it: never whole. */
export const maskIin = (iin: string): string => `••••••••${iin.slice(-4)}`;

const viewOf = (row: AlarmRow): SyncAlarmView => {
  const details = JSON.parse(row.details_json) as Record<string, string | number>;
  return {
    alarmId: row.alarm_id,
    kind: row.kind,
    raisedAt: row.raised_at,
    subject:
      row.kind === 'fork' ? String(details.device ?? '') : maskIin(String(details.iin ?? '')),
    details: Object.fromEntries(Object.entries(details).filter(([key]) => key !== 'iin')),
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decision: row.decision,
  };
};

/** Alarms raised by the files of the precinct's other laptops, kept until the chair decides. */
export class SyncAlarms {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
  ) {}

  /** Raises an alarm once (the same alarm id again changes nothing); true when new. */
  raise(
    alarmId: string,
    kind: AlarmRow['kind'],
    details: Record<string, string | number>,
  ): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO sync_alarms (alarm_id, kind, details_json, raised_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (alarm_id) DO NOTHING`,
        )
        .run(alarmId, kind, JSON.stringify(details), new Date(this.clock.now()).toISOString())
        .changes > 0
    );
  }

  /**
   * Finds ballots that two laptops issued to one voter: after their logs met, the projection
   * kept the first in force and left the other out. Each such ballot (not undone) is an alarm.
   */
  raiseDoubleBallots(): void {
    const doubles = this.db
      .prepare<[], { ballot_id: string; iin: string; device_id: string; seq: number; hlc: string }>(
        `SELECT json_extract(e.payload_json, '$.ballot_id') AS ballot_id,
                json_extract(e.payload_json, '$.iin') AS iin, e.device_id, e.seq, e.hlc
         FROM events e
         WHERE e.type = 'ballot.issued'
           AND NOT EXISTS (SELECT 1 FROM ballots b
                           WHERE b.ballot_id = json_extract(e.payload_json, '$.ballot_id'))`,
      )
      .all();
    const inForce = this.db.prepare<
      [string],
      { ballot_id: string; device_id: string; issued_at: string }
    >('SELECT ballot_id, device_id, issued_at FROM ballots WHERE iin = ? AND undone_at IS NULL');
    for (const d of doubles) {
      const first = inForce.get(d.iin);
      this.raise(`double_ballot:${d.ballot_id}`, 'double_ballot', {
        iin: d.iin,
        ballot: d.ballot_id,
        device: d.device_id,
        seq: d.seq,
        other_ballot: first?.ballot_id ?? '',
        other_device: first?.device_id ?? '',
        other_issued_at: first?.issued_at ?? '',
      });
    }
  }

  list(): SyncAlarmView[] {
    return this.db
      .prepare<[], AlarmRow>(
        'SELECT * FROM sync_alarms ORDER BY decided_at IS NOT NULL, raised_at DESC, alarm_id',
      )
      .all()
      .map(viewOf);
  }

  /** The chair's decision, recorded as an event; the alarm then stays, decided. */
  decide(alarmId: string, decision: string, actor: string): SyncAlarmView {
    return this.db
      .transaction(() => {
        const row = this.row(alarmId);
        if (row.decided_at)
          throw new DomainError('alarm_decided', 'This alarm was decided already');
        this.log.record('sync.alarm_decided', actor, {
          alarm_id: alarmId,
          kind: row.kind,
          decision,
        });
        this.db
          .prepare(
            'UPDATE sync_alarms SET decided_at = ?, decided_by = ?, decision = ? WHERE alarm_id = ?',
          )
          .run(new Date(this.clock.now()).toISOString(), actor, decision, alarmId);
        return viewOf(this.row(alarmId));
      })
      .immediate();
  }

  private row(alarmId: string): AlarmRow {
    const row = this.db
      .prepare<[string], AlarmRow>('SELECT * FROM sync_alarms WHERE alarm_id = ?')
      .get(alarmId);
    if (!row) throw new DomainError('alarm_not_found', 'No such alarm');
    return row;
  }
}
