import {
  isFinalStatus,
  type AccommodationEventType,
} from '@shared/accommodations/accommodation-kinds';
import { assertNever } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { hlcToIso } from '../../kernel/events/hlc';
import type { StoredEvent } from '../../events';
import { addHistory, fieldChanges, itemRow, requestSearchText } from './projection-history';
import { applyTripEvent } from './trip-projection';

export type { FieldChange } from './projection-history';

type Event<T extends AccommodationEventType> = StoredEvent<T>;

interface RequestRow {
  id: string;
  iin: string | null;
  full_name: string;
  channel: string;
  intermediary: string | null;
  contact_phone: string | null;
  address: string | null;
  other_description: string | null;
  notes: string | null;
}

function requestRow(db: Db, requestId: string): RequestRow {
  const row = cachedStatement(db, 'SELECT * FROM accommodation_requests WHERE id = ?').get(
    requestId,
  ) as RequestRow | undefined;
  if (!row) throw new Error(`No accommodation request ${requestId}`);
  return row;
}

function markVoter(db: Db, iin: string, requestId: string, at: string): void {
  // One open home-voting request per voter (the duplicate rule): the first mark stays.
  cachedStatement(
    db,
    `INSERT INTO home_voting_marks (iin, request_id, marked_at) VALUES (?, ?, ?)
     ON CONFLICT (iin) DO NOTHING`,
  ).run(iin, requestId, at);
}

function applyRecorded(db: Db, event: Event<'accommodation.request_recorded'>): void {
  const p = event.payload;
  const at = hlcToIso(event.hlc);
  cachedStatement(
    db,
    `INSERT INTO accommodation_requests (id, iin, on_list, full_name, birth_date, person_key,
       channel, intermediary, contact_phone, address, other_description, notes, received_at,
       received_local, local_date, received_by, cutoff_local, recorded_by, recorded_at,
       recorded_hlc, search_text)
     VALUES (@id, @iin, @on_list, @full_name, @birth_date, @person_key, @channel, @intermediary,
       @contact_phone, @address, @other_description, @notes, @received_at, @received_local,
       @local_date, @received_by, @cutoff_local, @recorded_by, @recorded_at, @recorded_hlc,
       @search_text)`,
  ).run({
    id: p.request_id,
    iin: p.iin,
    on_list: p.on_list ? 1 : 0,
    full_name: p.full_name,
    birth_date: p.birth_date,
    person_key: p.person_key,
    channel: p.channel,
    intermediary: p.intermediary,
    contact_phone: p.contact_phone,
    address: p.address,
    other_description: p.other_description,
    notes: p.notes,
    received_at: p.received_at,
    received_local: p.received_local,
    local_date: p.received_local.slice(0, 10),
    received_by: p.received_by,
    cutoff_local: p.cutoff_local,
    recorded_by: event.actor,
    recorded_at: at,
    recorded_hlc: event.hlc,
    search_text: requestSearchText({ ...p, iin: p.iin }),
  });
  p.items.forEach((item, position) => {
    cachedStatement(
      db,
      `INSERT INTO accommodation_items (id, request_id, position, kind, status, final,
         person_key, status_at, status_by, missed_cutoff)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      item.item_id,
      p.request_id,
      position,
      item.kind,
      item.status,
      isFinalStatus(item.status) ? 1 : 0,
      p.person_key,
      at,
      event.actor,
      item.status === 'declined_late' ? p.cutoff_local : null,
    );
  });
  if (p.marked && p.iin) markVoter(db, p.iin, p.request_id, at);
  addHistory(db, event, p.request_id, 'recorded');
}

function applySensitive(db: Db, event: Event<'accommodation.sensitive_recorded'>): void {
  const p = event.payload;
  const before = cachedStatement(
    db,
    'SELECT reason_category, health_note FROM accommodation_sensitive WHERE request_id = ?',
  ).get(p.request_id) as { reason_category: string | null; health_note: string | null } | undefined;
  cachedStatement(
    db,
    `INSERT INTO accommodation_sensitive (request_id, reason_category, health_note)
     VALUES (?, ?, ?)
     ON CONFLICT (request_id) DO UPDATE SET reason_category = excluded.reason_category,
       health_note = excluded.health_note`,
  ).run(p.request_id, p.reason_category, p.health_note);
  if (p.reason !== null) {
    const fields = fieldChanges(
      { reasonCategory: before?.reason_category ?? null, healthNote: before?.health_note ?? null },
      { reasonCategory: p.reason_category, healthNote: p.health_note },
    );
    addHistory(db, event, p.request_id, 'sensitive_corrected', {
      reason: p.reason,
      fields,
      sensitive: true,
    });
  }
}

function applyCorrected(db: Db, event: Event<'accommodation.request_corrected'>): void {
  const p = event.payload;
  const row = requestRow(db, p.request_id);
  const version = (r: typeof p | RequestRow) => ({
    channel: r.channel,
    intermediary: r.intermediary,
    contactPhone: r.contact_phone,
    address: r.address,
    otherDescription: r.other_description,
    notes: r.notes,
  });
  cachedStatement(
    db,
    `UPDATE accommodation_requests SET channel = ?, intermediary = ?, contact_phone = ?,
       address = ?, other_description = ?, notes = ?, search_text = ?,
       corrections = corrections + 1 WHERE id = ?`,
  ).run(
    p.channel,
    p.intermediary,
    p.contact_phone,
    p.address,
    p.other_description,
    p.notes,
    requestSearchText({ ...p, full_name: row.full_name, iin: row.iin }),
    p.request_id,
  );
  addHistory(db, event, p.request_id, 'corrected', {
    reason: p.reason,
    fields: fieldChanges(version(row), version(p)),
  });
}

function applyResolved(db: Db, event: Event<'accommodation.requester_resolved'>): void {
  const p = event.payload;
  const row = requestRow(db, p.request_id);
  cachedStatement(
    db,
    `UPDATE accommodation_requests SET iin = ?, on_list = 1, full_name = ?, birth_date = ?,
       person_key = ?, search_text = ? WHERE id = ?`,
  ).run(
    p.iin,
    p.full_name,
    p.birth_date,
    p.person_key,
    requestSearchText({ ...row, full_name: p.full_name, iin: p.iin }),
    p.request_id,
  );
  cachedStatement(db, 'UPDATE accommodation_items SET person_key = ? WHERE request_id = ?').run(
    p.person_key,
    p.request_id,
  );
  if (p.marked) markVoter(db, p.iin, p.request_id, hlcToIso(event.hlc));
  addHistory(db, event, p.request_id, 'requester_resolved', {
    fields: fieldChanges(
      { fullName: row.full_name, iin: row.iin },
      { fullName: p.full_name, iin: p.iin },
    ),
  });
}

function applyStatus(db: Db, event: Event<'accommodation.item_status_changed'>): void {
  const p = event.payload;
  const item = itemRow(db, p.item_id);
  cachedStatement(
    db,
    `UPDATE accommodation_items SET status = ?, final = ?, status_at = ?, status_by = ?,
       not_fulfilled_reason = ?, outcome_text = ?, outcome_at = ?, outcome_local = ?,
       ballot_id = ? WHERE id = ?`,
  ).run(
    p.status,
    isFinalStatus(p.status) ? 1 : 0,
    hlcToIso(event.hlc),
    event.actor,
    p.not_fulfilled_reason,
    p.text,
    p.outcome_at,
    p.outcome_local,
    p.ballot_id,
    p.item_id,
  );
  if (p.unmark && p.iin) {
    cachedStatement(db, 'DELETE FROM home_voting_marks WHERE iin = ? AND request_id = ?').run(
      p.iin,
      p.request_id,
    );
  }
  addHistory(db, event, p.request_id, 'status_changed', {
    itemId: p.item_id,
    kind: item.kind,
    status: p.status,
    reason: p.text,
  });
}

/** Updates the accommodation tables for one of their events (its descriptor, feature.ts, hands it to the event log). */
export function applyAccommodationEvent(db: Db, event: StoredEvent<AccommodationEventType>): void {
  switch (event.type) {
    case 'accommodation.request_recorded':
      applyRecorded(db, event as Event<'accommodation.request_recorded'>);
      return;
    case 'accommodation.sensitive_recorded':
      applySensitive(db, event as Event<'accommodation.sensitive_recorded'>);
      return;
    case 'accommodation.request_corrected':
      applyCorrected(db, event as Event<'accommodation.request_corrected'>);
      return;
    case 'accommodation.requester_resolved':
      applyResolved(db, event as Event<'accommodation.requester_resolved'>);
      return;
    case 'accommodation.item_status_changed':
      applyStatus(db, event as Event<'accommodation.item_status_changed'>);
      return;
    case 'accommodation.trip_planned':
    case 'accommodation.trip_replanned':
    case 'accommodation.trip_departed':
    case 'accommodation.trip_returned':
    case 'accommodation.trip_cancelled':
      applyTripEvent(db, event as Event<typeof event.type>);
      return;
    case 'accommodation.equipment_set': {
      const p = (event as Event<'accommodation.equipment_set'>).payload;
      cachedStatement(
        db,
        `INSERT INTO accommodation_equipment (equipment, availability, count, note, updated_at,
           updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (equipment) DO UPDATE SET availability = excluded.availability,
           count = excluded.count, note = excluded.note, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
      ).run(p.equipment, p.availability, p.count, p.note, hlcToIso(event.hlc), event.actor);
      return;
    }
    case 'accommodation.cutoff_set': {
      const p = (event as Event<'accommodation.cutoff_set'>).payload;
      cachedStatement(
        db,
        `INSERT INTO accommodation_settings (id, cutoff_time, source) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET cutoff_time = excluded.cutoff_time,
           source = excluded.source`,
      ).run(p.time, p.source);
      return;
    }
    default:
      assertNever(event.type);
  }
}
