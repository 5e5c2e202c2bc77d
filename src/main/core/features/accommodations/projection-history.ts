/**
 * The pieces the accommodation projections share: the history rows every change leaves, the
 * texts the register searches, and the rows an event names.
 */
import type { ItemStatus, RequestChange } from '@shared/accommodations/accommodation-kinds';
import { foldText } from '@shared/voters/fold';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import type { StoredEvent } from '../../events';

/** A field a correction changed, with its values before and after. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface HistoryOptions {
  reason?: string | null;
  itemId?: string | null;
  kind?: string | null;
  status?: ItemStatus | null;
  fields?: FieldChange[];
  sensitive?: boolean;
}

/** Adds one row to a request's history (one per event and request). */
export function addHistory(
  db: Db,
  event: StoredEvent,
  requestId: string,
  change: RequestChange,
  options: HistoryOptions = {},
): void {
  cachedStatement(
    db,
    `INSERT INTO accommodation_history (device_id, seq, request_id, change, at, hlc, member_id,
       reason, item_id, kind, status, fields_json, sensitive)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.deviceId,
    event.seq,
    requestId,
    change,
    hlcToIso(event.hlc),
    event.hlc,
    event.actor,
    options.reason ?? null,
    options.itemId ?? null,
    options.kind ?? null,
    options.status ?? null,
    JSON.stringify(options.fields ?? []),
    options.sensitive ? 1 : 0,
  );
}

/** The texts the register's text filter looks in: as typed (lower-cased) and folded. */
export function requestSearchText(fields: {
  full_name: string;
  iin: string | null;
  contact_phone: string | null;
  address: string | null;
  notes: string | null;
  intermediary: string | null;
  other_description: string | null;
}): string {
  const plain = [
    fields.full_name,
    fields.iin,
    fields.contact_phone,
    fields.address,
    fields.notes,
    fields.intermediary,
    fields.other_description,
  ].filter((v): v is string => v !== null && v !== '');
  return [...plain.map((v) => v.toLowerCase()), foldText(fields.full_name)].join('\n');
}

/** Differences between two versions of some fields, in the order of `after`'s keys. */
export function fieldChanges(
  before: Record<string, string | null>,
  after: Record<string, string | null>,
): FieldChange[] {
  return Object.keys(after)
    .filter((field) => (before[field] ?? null) !== (after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The item an event names (a bug if missing: events are checked before they are written). */
export function itemRow(db: Db, itemId: string) {
  const row = cachedStatement(
    db,
    'SELECT id, request_id, kind, status, trip_id FROM accommodation_items WHERE id = ?',
  ).get(itemId) as
    | { id: string; request_id: string; kind: string; status: ItemStatus; trip_id: string | null }
    | undefined;
  if (!row) throw new Error(`No accommodation item ${itemId}`);
  return row;
}
