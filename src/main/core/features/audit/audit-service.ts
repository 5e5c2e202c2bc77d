import type { AuditEntry, AuditPage } from '@shared/api';
import type { Db } from '../../kernel/db/database';
import type { EventRow } from '../../kernel/events/event-log';
import { hlcToIso } from '../../kernel/events/hlc';
import { localDateTime } from '../../kernel/time/local-time';

export interface AuditFilter {
  type?: string | undefined;
  actorId?: string | undefined;
  fromDate?: string | undefined;
  toDate?: string | undefined;
  limit: number;
  offset: number;
}

/** Reads the event log for the Audit screen, newest first, with filters. */
export class AuditService {
  constructor(private readonly db: Db) {}

  /** Dates are precinct-local calendar days in `timeZone`. */
  list(filter: AuditFilter, timeZone: string): AuditPage {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.type) {
      where.push('e.type = ?');
      params.push(filter.type);
    }
    if (filter.actorId) {
      where.push('e.actor = ?');
      params.push(filter.actorId);
    }
    const rows = this.db
      .prepare<(string | number)[], AuditRow>(
        `SELECT e.*, a.full_name AS actor_name, s.full_name AS subject_name
         FROM events e
         LEFT JOIN members a ON a.id = e.actor
         LEFT JOIN members s ON s.id = json_extract(e.payload_json, '$.member_id')
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY e.hlc DESC, e.device_id, e.seq DESC`,
      )
      .all(...params);
    // Local-date filtering needs the time zone, so it runs here rather than in SQL; an audit
    // log of a precinct is small enough for this.
    const inRange = rows.filter((row) => {
      if (!filter.fromDate && !filter.toDate) return true;
      const date = localDateTime(Date.parse(hlcToIso(row.hlc)), timeZone).date;
      return (
        (!filter.fromDate || date >= filter.fromDate) && (!filter.toDate || date <= filter.toDate)
      );
    });
    const types = this.db
      .prepare<[], { type: string }>('SELECT DISTINCT type FROM events ORDER BY type')
      .all()
      .map((r) => r.type);
    return {
      entries: inRange.slice(filter.offset, filter.offset + filter.limit).map(toEntry),
      total: inRange.length,
      types,
    };
  }
}

type AuditRow = EventRow & { actor_name: string | null; subject_name: string | null };

function toEntry(row: AuditRow): AuditEntry {
  return {
    deviceId: row.device_id,
    seq: row.seq,
    at: hlcToIso(row.hlc),
    type: row.type,
    actorId: row.actor,
    actorName: row.actor_name,
    subjectName: row.subject_name,
    payload: JSON.parse(row.payload_json) as Record<string, unknown>,
    hash: row.hash,
  };
}
