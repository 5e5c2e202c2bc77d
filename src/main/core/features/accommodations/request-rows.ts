/** The rows of requests and items as the services read them, and their lookups. */
import type { AccommodationKind, ItemStatus } from '@shared/accommodations/accommodation-kinds';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventPayloads } from '../../events';
import { refuse } from './request-rules';

export interface RequestRow {
  id: string;
  iin: string | null;
  on_list: number;
  full_name: string;
  person_key: string;
  channel: EventPayloads['accommodation.request_corrected']['channel'];
  intermediary: string | null;
  contact_phone: string | null;
  address: string | null;
  other_description: string | null;
  notes: string | null;
  received_at: string;
  received_local: string;
  cutoff_local: string | null;
}

export interface ItemRow {
  id: string;
  request_id: string;
  kind: AccommodationKind;
  status: ItemStatus;
  final: number;
  trip_id: string | null;
}

/** The request, or accommodation_not_found. */
export function findRequest(db: Db, requestId: string): RequestRow {
  const row = cachedStatement(db, 'SELECT * FROM accommodation_requests WHERE id = ?').get(
    requestId,
  ) as RequestRow | undefined;
  if (!row) refuse('accommodation_not_found', `No request ${requestId}`);
  return row;
}

/** The item, or accommodation_item_not_found. */
export function findItem(db: Db, itemId: string): ItemRow {
  const row = cachedStatement(db, 'SELECT * FROM accommodation_items WHERE id = ?').get(itemId) as
    ItemRow | undefined;
  if (!row) refuse('accommodation_item_not_found', `No item ${itemId}`);
  return row;
}

/** A request's items in the order they were asked for. */
export function requestItems(db: Db, requestId: string): ItemRow[] {
  return cachedStatement(
    db,
    'SELECT * FROM accommodation_items WHERE request_id = ? ORDER BY position',
  ).all(requestId) as ItemRow[];
}
