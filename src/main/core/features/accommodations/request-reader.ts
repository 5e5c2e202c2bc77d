import {
  isFinalStatus,
  type AccommodationKind,
  type HomeVotingReason,
  type ItemStatus,
  type NotFulfilledReason,
  type RequestChange,
} from '@shared/accommodations/accommodation-kinds';
import type {
  ItemView,
  MemberRef,
  RegisterPage,
  RegisterRow,
  RequestChangeView,
  RequestView,
} from '@shared/accommodations/accommodation-contract';
import type { RegisterFilter } from '@shared/accommodations/accommodation-schemas';
import { foldText } from '@shared/voters/fold';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { FieldChange } from './accommodation-projection';
import type { RequestRow as StoredRequestRow } from './request-rows';

/** A request as the screens read it: the services' row and who recorded and received it. */
interface RequestRow extends Omit<StoredRequestRow, 'person_key' | 'cutoff_local'> {
  number: number;
  birth_date: string | null;
  received_by: string;
  received_by_name: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: string;
  corrections: number;
}

interface ItemRow {
  id: string;
  request_id: string;
  kind: AccommodationKind;
  status: ItemStatus;
  status_at: string;
  status_by: string | null;
  status_by_name: string | null;
  not_fulfilled_reason: NotFulfilledReason | null;
  outcome_text: string | null;
  outcome_at: string | null;
  outcome_local: string | null;
  trip_id: string | null;
  trip_number: number | null;
  trip_status: string | null;
  route_order: number | null;
  ballot_id: string | null;
  missed_cutoff: string | null;
}

interface HistoryRow {
  change: RequestChange;
  at: string;
  member_id: string | null;
  member_name: string | null;
  reason: string | null;
  item_id: string | null;
  kind: AccommodationKind | null;
  status: ItemStatus | null;
  fields_json: string;
  sensitive: number;
}

/** Requests numbered in the order they were recorded, with the names of the members named. */
const NUMBERED = `
  WITH numbered AS (
    SELECT r.*, row_number() OVER (ORDER BY r.recorded_hlc, r.id) AS number
    FROM accommodation_requests r
  )
  SELECT n.*, rb.full_name AS received_by_name, cb.full_name AS recorded_by_name
  FROM numbered n
  LEFT JOIN members rb ON rb.id = n.received_by
  LEFT JOIN members cb ON cb.id = n.recorded_by`;

const ITEMS = `
  SELECT i.*, m.full_name AS status_by_name, t.status AS trip_status,
    (SELECT count(*) FROM accommodation_trips o WHERE (o.planned_hlc, o.id) <= (t.planned_hlc, t.id)) AS trip_number
  FROM accommodation_items i
  LEFT JOIN members m ON m.id = i.status_by
  LEFT JOIN accommodation_trips t ON t.id = i.trip_id`;

/** `LIKE` pattern matching `text` anywhere, with the wildcard characters taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const member = (id: string | null, name: string | null): MemberRef | null =>
  id ? { id, name } : null;

function itemView(row: ItemRow): ItemView {
  return {
    itemId: row.id,
    kind: row.kind,
    status: row.status,
    final: isFinalStatus(row.status),
    statusAt: row.status_at,
    statusBy: member(row.status_by, row.status_by_name),
    notFulfilledReason: row.not_fulfilled_reason,
    outcomeText: row.outcome_text,
    outcomeAt:
      row.outcome_at && row.outcome_local ? { at: row.outcome_at, local: row.outcome_local } : null,
    trip:
      row.trip_id && row.route_order !== null && row.trip_number !== null
        ? { tripId: row.trip_id, number: row.trip_number, routeOrder: row.route_order }
        : null,
    ballotId: row.ballot_id,
    missedCutoff: row.missed_cutoff,
  };
}

/**
 * Reads requests for the register, the request screen, the CSV and the PDF. The register never
 * reads the sensitive fields; a request's view reads them only when the caller may see them
 * (`health.read`).
 */
export class RequestReader {
  constructor(private readonly db: Db) {}

  get(requestId: string, canReadHealth: boolean): RequestView | null {
    const row = cachedStatement(this.db, `${NUMBERED} WHERE n.id = ?`).get(requestId) as
      RequestRow | undefined;
    if (!row) return null;
    const items = this.items([row.id]);
    const homeVotingMarked = Boolean(
      row.iin &&
      cachedStatement(
        this.db,
        'SELECT 1 FROM home_voting_marks WHERE iin = ? AND request_id = ?',
      ).get(row.iin, row.id),
    );
    return {
      requestId: row.id,
      number: row.number,
      received: { at: row.received_at, local: row.received_local },
      receivedBy: { id: row.received_by, name: row.received_by_name },
      channel: row.channel,
      intermediary: row.intermediary,
      requester: {
        iin: row.iin,
        fullName: row.full_name,
        birthDate: row.birth_date,
        onList: row.on_list === 1,
      },
      contactPhone: row.contact_phone,
      address: row.address,
      kinds: items.map((item) => item.kind),
      otherDescription: row.other_description,
      notes: row.notes,
      items: items.map(itemView),
      status: items.every((item) => isFinalStatus(item.status)) ? 'closed' : 'open',
      homeVotingMarked,
      sensitive: canReadHealth ? this.sensitive(row.id) : null,
      sensitiveHidden: !canReadHealth,
      recordedBy: member(row.recorded_by, row.recorded_by_name),
      recordedAt: row.recorded_at,
      corrections: row.corrections,
      history: this.history(row.id, canReadHealth),
    };
  }

  /** One page of the register, numbered, matching the filter. */
  list(filter: RegisterFilter): RegisterPage {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const add = (clause: string, ...values: (string | number)[]) => {
      where.push(clause);
      params.push(...values);
    };
    const itemWhere = (clause: string, ...values: (string | number)[]) =>
      add(
        `EXISTS (SELECT 1 FROM accommodation_items i WHERE i.request_id = n.id AND ${clause})`,
        ...values,
      );
    if (filter.kind) itemWhere('i.kind = ?', filter.kind);
    if (filter.status === 'open') itemWhere('i.final = 0');
    else if (filter.status === 'closed') {
      add(
        'NOT EXISTS (SELECT 1 FROM accommodation_items i WHERE i.request_id = n.id AND i.final = 0)',
      );
    } else if (filter.status) itemWhere('i.status = ?', filter.status);
    if (filter.fromDate) add('n.local_date >= ?', filter.fromDate);
    if (filter.toDate) add('n.local_date <= ?', filter.toDate);
    if (filter.notOnListOnly) add('n.on_list = 0');
    // Every word must occur, as typed or folded (Жанболат finds Zhanbolat).
    for (const word of (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      add(
        "(n.search_text LIKE ? ESCAPE '\\' OR n.search_text LIKE ? ESCAPE '\\')",
        containing(word),
        containing(foldText(word) || word),
      );
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const order = filter.order === 'newest' ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare<(string | number)[], RequestRow>(
        `${NUMBERED} ${clause} ORDER BY n.number ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, filter.limit, filter.offset);
    const total = this.db
      .prepare<(string | number)[], { n: number }>(
        `SELECT count(*) AS n FROM accommodation_requests n ${clause}`,
      )
      .get(...params)?.n;
    const items = this.items(rows.map((row) => row.id));
    const counts = cachedStatement(
      this.db,
      `SELECT
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM accommodation_items i
           WHERE i.request_id = r.id AND i.final = 0)) AS open,
         count(*) FILTER (WHERE r.on_list = 0) AS not_on_list
       FROM accommodation_requests r`,
    ).get() as { open: number; not_on_list: number };
    return {
      rows: rows.map((row) =>
        this.registerRow(
          row,
          items.filter((item) => item.request_id === row.id),
        ),
      ),
      total: total ?? 0,
      openRequests: counts.open,
      notOnList: counts.not_on_list,
    };
  }

  private registerRow(row: RequestRow, items: ItemRow[]): RegisterRow {
    const home = items.some((item) => item.kind === 'home_voting');
    return {
      requestId: row.id,
      number: row.number,
      received: { at: row.received_at, local: row.received_local },
      receivedByName: row.received_by_name,
      requesterName: row.full_name,
      requesterIin: row.iin,
      onList: row.on_list === 1,
      contactPhone: row.contact_phone,
      address: home ? row.address : null,
      channel: row.channel,
      kinds: items.map((item) => item.kind),
      items: items.map((item) => ({
        itemId: item.id,
        kind: item.kind,
        status: item.status,
        notFulfilledReason: item.not_fulfilled_reason,
        outcomeText: item.outcome_text,
        outcomeAt:
          item.outcome_at && item.outcome_local
            ? { at: item.outcome_at, local: item.outcome_local }
            : null,
      })),
      status: items.every((item) => isFinalStatus(item.status)) ? 'closed' : 'open',
      membersAssigned: this.membersAssigned(items),
      corrections: row.corrections,
    };
  }

  /** Members of the items' trips (not cancelled) and those who prepared or provided station items. */
  private membersAssigned(items: ItemRow[]): string[] {
    const names = new Set<string>();
    for (const item of items) {
      if (item.trip_id && item.trip_status !== 'cancelled') {
        const members = cachedStatement(
          this.db,
          `SELECT m.full_name FROM accommodation_trip_members t JOIN members m ON m.id = t.member_id
           WHERE t.trip_id = ? ORDER BY t.position`,
        ).all(item.trip_id) as { full_name: string }[];
        for (const m of members) names.add(m.full_name);
      }
      if ((item.status === 'prepared' || item.status === 'provided') && item.status_by_name) {
        names.add(item.status_by_name);
      }
    }
    return [...names];
  }

  private items(requestIds: string[]): ItemRow[] {
    if (requestIds.length === 0) return [];
    return this.db
      .prepare<string[], ItemRow>(
        `${ITEMS} WHERE i.request_id IN (${requestIds.map(() => '?').join(', ')})
         ORDER BY i.request_id, i.position`,
      )
      .all(...requestIds);
  }

  private sensitive(requestId: string): {
    reasonCategory: HomeVotingReason | null;
    healthNote: string | null;
  } {
    const row = cachedStatement(
      this.db,
      'SELECT reason_category, health_note FROM accommodation_sensitive WHERE request_id = ?',
    ).get(requestId) as
      { reason_category: HomeVotingReason | null; health_note: string | null } | undefined;
    return { reasonCategory: row?.reason_category ?? null, healthNote: row?.health_note ?? null };
  }

  private history(requestId: string, canReadHealth: boolean): RequestChangeView[] {
    const rows = cachedStatement(
      this.db,
      `SELECT h.*, m.full_name AS member_name FROM accommodation_history h
       LEFT JOIN members m ON m.id = h.member_id
       WHERE h.request_id = ? ORDER BY h.hlc, h.device_id, h.seq`,
    ).all(requestId) as HistoryRow[];
    return rows.map((row) => {
      // A correction of the sensitive fields shows that it happened, and nothing more.
      const hidden = row.sensitive === 1 && !canReadHealth;
      return {
        change: row.change,
        at: row.at,
        member: member(row.member_id, row.member_name),
        reason: hidden ? null : row.reason,
        itemId: row.item_id,
        kind: row.kind,
        status: row.status,
        fields: hidden ? [] : (JSON.parse(row.fields_json) as FieldChange[]),
      };
    });
  }
}
