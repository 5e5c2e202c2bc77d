import { ENTRY_KINDS, type EntryKind } from '@shared/infolog/entry-kinds';
import type {
  InfoLogChange,
  InfoLogDay,
  InfoLogEntryView,
  InfoLogFilter,
  InfoLogPage,
} from '@shared/infolog/infolog-contract';
import type { EntryDetails } from '@shared/infolog/entry-schemas';
import type { Db } from '../../kernel/db/database';
import { parseHlc } from '../../kernel/events/hlc';
import { localDateTime } from '../../kernel/time/local-time';
import { detailsForView } from './entry-rules';

interface EntryRow {
  id: string;
  kind: EntryKind;
  number: number;
  occurred_at: string;
  occurred_local: string;
  details_json: string;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: string;
  corrections: number;
  withdrawn_at: string | null;
  withdrawn_by_name: string | null;
  withdrawn_reason: string | null;
  departed_at: string | null;
  deadline_rule: 'standard' | 'voter_list' | 'same_day' | null;
  deadline_days: number | null;
  deadline_date: string | null;
  deadline_at: string | null;
  complaint_status: 'open' | 'answered' | 'forwarded' | null;
  responded_at: string | null;
}

interface HistoryRow {
  entry_id: string;
  change: InfoLogChange['change'];
  at: string;
  member_id: string | null;
  member_name: string | null;
  reason: string | null;
  occurred_local: string | null;
  details_json: string | null;
}

/** Registration checks the voter screens record (an event type of the voter list feature). */
const REGISTRATION_CHECK_EVENT = 'voter.inquiry_answered';

/** `LIKE` pattern matching `text` anywhere, with the wildcard characters taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Reads the information log for its screens, registers, counts and exports. */
export class InfoLogReader {
  constructor(private readonly db: Db) {}

  /** One page of entries matching the filter, with each entry's history. */
  list(filter: InfoLogFilter, now: number, timeZone: string): InfoLogPage {
    const nowIso = new Date(now).toISOString();
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (clause: string, ...values: (string | number)[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.kind) add('n.kind = ?', filter.kind);
    if (filter.fromDate) add('n.local_date >= ?', filter.fromDate);
    if (filter.toDate) add('n.local_date <= ?', filter.toDate);
    if (filter.memberId) add('n.recorded_by = ?', filter.memberId);
    // Every word must occur somewhere in the entry's texts.
    for (const word of (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      add("n.search_text LIKE ? ESCAPE '\\'", containing(word));
    }
    if (filter.presentOnly) {
      add("n.kind = 'observer' AND n.departed_at IS NULL AND n.withdrawn_at IS NULL");
    }
    switch (filter.complaintStatus) {
      case 'open':
        add("n.complaint_status = 'open' AND n.withdrawn_at IS NULL");
        break;
      case 'overdue':
        add(
          "n.complaint_status = 'open' AND n.withdrawn_at IS NULL AND n.deadline_at <= ?",
          nowIso,
        );
        break;
      case 'answered':
      case 'forwarded':
        add('n.complaint_status = ?', filter.complaintStatus);
        break;
      default:
        break;
    }
    if (filter.includeWithdrawn === false) add('n.withdrawn_at IS NULL');

    const from = `FROM (
        SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.kind ORDER BY e.recorded_hlc, e.id) AS number
        FROM infolog_entries e
      ) n
      LEFT JOIN members r ON r.id = n.recorded_by
      LEFT JOIN members w ON w.id = n.withdrawn_by
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const direction = filter.order === 'newest' ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare<(string | number)[], EntryRow>(
        `SELECT n.*, r.full_name AS recorded_by_name, w.full_name AS withdrawn_by_name ${from}
         ORDER BY n.occurred_at ${direction}, n.recorded_hlc ${direction}
         LIMIT ? OFFSET ?`,
      )
      .all(...params, filter.limit, filter.offset);
    const total =
      this.db
        .prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n ${from}`)
        .get(...params)?.n ?? 0;
    const history = this.historyOf(rows.map((row) => row.id));
    const members = this.db
      .prepare<[], { id: string; name: string }>(
        `SELECT DISTINCT m.id, m.full_name AS name FROM infolog_entries e
         JOIN members m ON m.id = e.recorded_by ORDER BY m.full_name`,
      )
      .all();
    const counts = this.db
      .prepare<[string], { present: number; overdue: number }>(
        `SELECT
           count(*) FILTER (WHERE kind = 'observer' AND departed_at IS NULL) AS present,
           count(*) FILTER (WHERE complaint_status = 'open' AND deadline_at <= ?) AS overdue
         FROM infolog_entries WHERE withdrawn_at IS NULL`,
      )
      .get(nowIso);
    return {
      entries: rows.map((row) => toView(row, history.get(row.id) ?? [], now, timeZone)),
      total,
      members,
      presentObservers: counts?.present ?? 0,
      overdueComplaints: counts?.overdue ?? 0,
    };
  }

  /** One entry, as the list shows it. */
  get(entryId: string, now: number, timeZone: string): InfoLogEntryView | null {
    const row = this.db
      .prepare<[string], EntryRow>(
        `SELECT n.*, r.full_name AS recorded_by_name, w.full_name AS withdrawn_by_name FROM (
           SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e.kind ORDER BY e.recorded_hlc, e.id) AS number
           FROM infolog_entries e
         ) n
         LEFT JOIN members r ON r.id = n.recorded_by
         LEFT JOIN members w ON w.id = n.withdrawn_by
         WHERE n.id = ?`,
      )
      .get(entryId);
    return row ? toView(row, this.historyOf([row.id]).get(row.id) ?? [], now, timeZone) : null;
  }

  /**
   * Entries per precinct-local day and kind, withdrawn ones left out, with the registration
   * checks answered in the voter screens (counted from their events; no personal data).
   */
  dailyCounts(timeZone: string, fromDate?: string, toDate?: string): InfoLogDay[] {
    const inRange = (date: string) =>
      (!fromDate || date >= fromDate) && (!toDate || date <= toDate);
    const days = new Map<string, InfoLogDay>();
    const day = (date: string): InfoLogDay => {
      let found = days.get(date);
      if (!found) {
        const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<
          EntryKind,
          number
        >;
        found = { date, counts, registrationChecks: 0 };
        days.set(date, found);
      }
      return found;
    };
    const rows = this.db
      .prepare<[], { local_date: string; kind: EntryKind; n: number }>(
        `SELECT local_date, kind, count(*) AS n FROM infolog_entries
         WHERE withdrawn_at IS NULL GROUP BY local_date, kind`,
      )
      .all();
    for (const row of rows)
      if (inRange(row.local_date)) day(row.local_date).counts[row.kind] = row.n;
    // A plain query on the log: it works whether or not this build knows the event type.
    const checks = this.db
      .prepare<[string], { hlc: string }>('SELECT hlc FROM events WHERE type = ?')
      .all(REGISTRATION_CHECK_EVENT);
    for (const { hlc } of checks) {
      const date = localDateTime(parseHlc(hlc).physical, timeZone).date;
      if (inRange(date)) day(date).registrationChecks += 1;
    }
    return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  private historyOf(entryIds: string[]): Map<string, InfoLogChange[]> {
    const byEntry = new Map<string, InfoLogChange[]>();
    if (entryIds.length === 0) return byEntry;
    const rows = this.db
      .prepare<[string], HistoryRow>(
        `SELECT h.*, m.full_name AS member_name FROM infolog_entry_history h
         LEFT JOIN members m ON m.id = h.member_id
         WHERE h.entry_id IN (SELECT value FROM json_each(?))
         ORDER BY h.hlc, h.device_id, h.seq`,
      )
      .all(JSON.stringify(entryIds));
    return rows.reduce((map, row) => {
      const list = map.get(row.entry_id) ?? [];
      list.push(historyItem(row));
      return map.set(row.entry_id, list);
    }, byEntry);
  }
}

function historyItem(row: HistoryRow): InfoLogChange {
  return {
    change: row.change,
    at: row.at,
    memberId: row.member_id,
    memberName: row.member_name,
    reason: row.reason,
    occurredLocal: row.occurred_local,
    details: row.details_json ? (JSON.parse(row.details_json) as EntryDetails) : null,
  };
}

function toView(
  row: EntryRow,
  history: InfoLogChange[],
  now: number,
  timeZone: string,
): InfoLogEntryView {
  const withdrawn = row.withdrawn_at !== null;
  const dueAt = row.deadline_at;
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    occurredAt: row.occurred_at,
    occurredLocal: row.occurred_local,
    details: detailsForView(JSON.parse(row.details_json) as EntryDetails, timeZone),
    recordedById: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
    withdrawn: withdrawn
      ? {
          at: row.withdrawn_at ?? '',
          reason: row.withdrawn_reason ?? '',
          memberName: row.withdrawn_by_name,
        }
      : null,
    corrections: row.corrections,
    history: history.map((item) => ({
      ...item,
      details: item.details ? detailsForView(item.details, timeZone) : null,
    })),
    observer:
      row.kind === 'observer'
        ? { present: !withdrawn && row.departed_at === null, departedAt: row.departed_at }
        : null,
    complaint:
      row.kind === 'complaint' && dueAt && row.deadline_rule && row.deadline_date
        ? {
            status: row.complaint_status ?? 'open',
            deadline: {
              rule: row.deadline_rule,
              days: row.deadline_days ?? 0,
              dueDate: row.deadline_date,
              dueAt,
            },
            respondedAt: row.responded_at,
            overdue: !withdrawn && row.complaint_status === 'open' && now >= Date.parse(dueAt),
            late: row.responded_at !== null && row.responded_at >= dueAt,
          }
        : null,
  };
}
