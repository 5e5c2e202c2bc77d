/** Trips' effect on the read tables: the trip, its members, and its items scheduled or not. */
import type {
  AccommodationEventType,
  ItemStatus,
} from '@shared/accommodations/accommodation-kinds';
import { assertNever } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import type { EventPayloads, StoredEvent } from '../../events';
import { addHistory, itemRow } from './projection-history';

type Event<T extends AccommodationEventType> = StoredEvent<T>;

/** Puts an item on a trip (scheduled) or takes it off (received), recording the change. */
function schedule(
  db: Db,
  event: StoredEvent,
  itemId: string,
  trip: { tripId: string; routeOrder: number } | null,
  reason: string | null,
): void {
  const item = itemRow(db, itemId);
  const status: ItemStatus = trip ? 'scheduled' : 'received';
  cachedStatement(
    db,
    `UPDATE accommodation_items SET status = ?, final = 0, status_at = ?, status_by = ?,
       trip_id = ?, route_order = ? WHERE id = ?`,
  ).run(
    status,
    hlcToIso(event.hlc),
    event.actor,
    trip?.tripId ?? null,
    trip?.routeOrder ?? null,
    itemId,
  );
  addHistory(db, event, item.request_id, trip ? 'scheduled' : 'unscheduled', {
    itemId,
    kind: item.kind,
    status,
    reason,
  });
}

/** Items on a trip that are still waiting for their visit. */
function waitingItems(db: Db, tripId: string): { id: string; route_order: number }[] {
  return cachedStatement(
    db,
    `SELECT id, route_order FROM accommodation_items
     WHERE trip_id = ? AND status = 'scheduled' ORDER BY route_order`,
  ).all(tripId) as { id: string; route_order: number }[];
}

function setTripMembers(db: Db, tripId: string, memberIds: string[]): void {
  cachedStatement(db, 'DELETE FROM accommodation_trip_members WHERE trip_id = ?').run(tripId);
  memberIds.forEach((memberId, position) => {
    cachedStatement(
      db,
      'INSERT INTO accommodation_trip_members (trip_id, member_id, position) VALUES (?, ?, ?)',
    ).run(tripId, memberId, position);
  });
}

type TripPlan = EventPayloads['accommodation.trip_planned'];

function applyPlan(db: Db, event: StoredEvent, p: TripPlan, reason: string | null): void {
  const keep = new Set(p.item_ids);
  for (const waiting of waitingItems(db, p.trip_id)) {
    if (!keep.has(waiting.id)) schedule(db, event, waiting.id, null, reason);
  }
  p.item_ids.forEach((itemId, index) => {
    const item = itemRow(db, itemId);
    const routeOrder = index + 1;
    if (item.trip_id === p.trip_id && item.status === 'scheduled') {
      // Already on this trip: only its place in the route may change.
      cachedStatement(db, 'UPDATE accommodation_items SET route_order = ? WHERE id = ?').run(
        routeOrder,
        itemId,
      );
    } else {
      schedule(db, event, itemId, { tripId: p.trip_id, routeOrder }, reason);
    }
  });
  setTripMembers(db, p.trip_id, p.member_ids);
}

/** Applies one of the trip events. */
export function applyTripEvent(
  db: Db,
  event: Event<
    | 'accommodation.trip_planned'
    | 'accommodation.trip_replanned'
    | 'accommodation.trip_departed'
    | 'accommodation.trip_returned'
    | 'accommodation.trip_cancelled'
  >,
): void {
  switch (event.type) {
    case 'accommodation.trip_planned': {
      const p = (event as Event<'accommodation.trip_planned'>).payload;
      cachedStatement(
        db,
        `INSERT INTO accommodation_trips (id, status, planned_departure, planned_departure_local,
           expected_return, expected_return_local, planned_by, planned_hlc)
         VALUES (?, 'planned', ?, ?, ?, ?, ?, ?)`,
      ).run(
        p.trip_id,
        p.planned_departure,
        p.planned_departure_local,
        p.expected_return,
        p.expected_return_local,
        event.actor,
        event.hlc,
      );
      applyPlan(db, event, p, null);
      return;
    }
    case 'accommodation.trip_replanned': {
      const p = (event as Event<'accommodation.trip_replanned'>).payload;
      cachedStatement(
        db,
        `UPDATE accommodation_trips SET planned_departure = ?, planned_departure_local = ?,
           expected_return = ?, expected_return_local = ?, replans = replans + 1 WHERE id = ?`,
      ).run(
        p.planned_departure,
        p.planned_departure_local,
        p.expected_return,
        p.expected_return_local,
        p.trip_id,
      );
      applyPlan(db, event, p, p.reason);
      return;
    }
    case 'accommodation.trip_departed': {
      const p = (event as Event<'accommodation.trip_departed'>).payload;
      cachedStatement(
        db,
        `UPDATE accommodation_trips SET status = 'departed', departed_at = ?, departed_local = ?,
           observers_told_at = ?, observers_told_local = ?, observer_entry_ids_json = ?,
           ballots_taken = ? WHERE id = ?`,
      ).run(
        p.departed_at,
        p.departed_local,
        p.observers_told_at,
        p.observers_told_local,
        JSON.stringify(p.observer_entry_ids),
        p.ballots_taken,
        p.trip_id,
      );
      return;
    }
    case 'accommodation.trip_returned': {
      const p = (event as Event<'accommodation.trip_returned'>).payload;
      cachedStatement(
        db,
        `UPDATE accommodation_trips SET status = 'returned', returned_at = ?, returned_local = ?,
           ballots_unused = ?, ballots_spoiled = ?, fulfilled = ?, discrepancy_note = ?
         WHERE id = ?`,
      ).run(
        p.returned_at,
        p.returned_local,
        p.ballots_unused,
        p.ballots_spoiled,
        p.fulfilled,
        p.discrepancy_note,
        p.trip_id,
      );
      return;
    }
    case 'accommodation.trip_cancelled': {
      const p = (event as Event<'accommodation.trip_cancelled'>).payload;
      cachedStatement(
        db,
        `UPDATE accommodation_trips SET status = 'cancelled', cancel_reason = ? WHERE id = ?`,
      ).run(p.reason, p.trip_id);
      for (const waiting of waitingItems(db, p.trip_id)) {
        schedule(db, event, waiting.id, null, p.reason);
      }
      return;
    }
    default:
      assertNever(event.type);
  }
}

/**
 * The chair undid a ballot (`ballot.undone`). When it was issued at home, its visit is open
 * again, so the voter — still marked on the list — can be given a ballot after all: back on its
 * trip while the trip is out, or waiting for another trip once it has returned.
 */
export function reopenHomeVisit(db: Db, event: StoredEvent<'ballot.undone'>): void {
  const p = event.payload;
  const item = cachedStatement(
    db,
    `SELECT i.id, i.request_id, i.kind, i.trip_id, t.status AS trip_status
     FROM accommodation_items i LEFT JOIN accommodation_trips t ON t.id = i.trip_id
     WHERE i.ballot_id = ?`,
  ).get(p.ballot_id) as
    | {
        id: string;
        request_id: string;
        kind: string;
        trip_id: string | null;
        trip_status: string | null;
      }
    | undefined;
  if (!item) return;
  const onTrip = item.trip_status === 'departed' ? item.trip_id : null;
  const status: ItemStatus = onTrip ? 'scheduled' : 'received';
  cachedStatement(
    db,
    `UPDATE accommodation_items SET status = ?, final = 0, status_at = ?, status_by = ?,
       not_fulfilled_reason = NULL, outcome_text = NULL, outcome_at = NULL, outcome_local = NULL,
       ballot_id = NULL, trip_id = ?, route_order = CASE WHEN ? IS NULL THEN NULL ELSE route_order END
     WHERE id = ?`,
  ).run(status, hlcToIso(event.hlc), event.actor, onTrip, onTrip, item.id);
  addHistory(db, event, item.request_id, 'ballot_undone', {
    itemId: item.id,
    kind: item.kind,
    status,
    reason: p.reason,
  });
}
