import { z } from 'zod';
import {
  ACCOMMODATION_KINDS,
  EQUIPMENT,
  EQUIPMENT_AVAILABILITY,
  HOME_VOTING_REASONS,
  ITEM_STATUSES,
  NOT_FULFILLED_REASONS,
  REQUEST_CHANNELS,
} from '@shared/accommodations/accommodation-kinds';
import { instantSchema, localMomentSchema } from '@shared/infolog/entry-schemas';

/**
 * Payloads of the accommodation requests' events. A requester's IIN is named `iin`, as in the
 * voter list's events, so the voter's history shows the request. The sensitive fields travel
 * only in `accommodation.sensitive_recorded`, which names no IIN (so no voter history shows
 * it) and which the audit log hides from roles without `health.read`.
 */
const id = z.string().min(1);
const iin = z.string().regex(/^\d{12}$/);
const text = z.string().nullable();
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** The fields a correction replaces, as they stand after it. */
const correctable = {
  channel: z.enum(REQUEST_CHANNELS),
  intermediary: text,
  contact_phone: text,
  address: text,
  other_description: text,
  notes: text,
};

const tripPlan = {
  trip_id: id,
  member_ids: z.array(id).min(2),
  planned_departure: instantSchema,
  planned_departure_local: localMomentSchema,
  expected_return: instantSchema,
  expected_return_local: localMomentSchema,
  /** Home-voting items in route order. */
  item_ids: z.array(id).min(1),
};

export const accommodationPayloadSchemas = {
  'accommodation.request_recorded': z.strictObject({
    request_id: id,
    iin: iin.nullable(),
    /** The IIN was on the list (listed) when the request was recorded. */
    on_list: z.boolean(),
    full_name: z.string().min(1),
    birth_date: z.string().nullable(),
    person_key: z.string().min(1),
    ...correctable,
    received_at: instantSchema,
    received_local: localMomentSchema,
    received_by: id,
    items: z
      .array(
        z.strictObject({
          item_id: id,
          kind: z.enum(ACCOMMODATION_KINDS),
          /** received, or declined_late for a home-voting item after the cut-off. */
          status: z.enum(['received', 'declined_late']),
        }),
      )
      .min(1),
    /** The home-voting cut-off in force (precinct-local), when home voting is asked for. */
    cutoff_local: localMomentSchema.nullable(),
    /** The voter was marked for home voting on the list (as the chair does on paper). */
    marked: z.boolean(),
  }),
  /** The sensitive fields, at recording (`reason` null) or corrected (with a reason). */
  'accommodation.sensitive_recorded': z.strictObject({
    request_id: id,
    reason_category: z.enum(HOME_VOTING_REASONS).nullable(),
    health_note: text,
    reason: text,
  }),
  'accommodation.request_corrected': z.strictObject({
    request_id: id,
    ...correctable,
    reason: z.string().min(1),
  }),
  /** A request from someone not on the list now names a listed voter. */
  'accommodation.requester_resolved': z.strictObject({
    request_id: id,
    iin,
    full_name: z.string().min(1),
    birth_date: z.string().nullable(),
    person_key: z.string().min(1),
    marked: z.boolean(),
  }),
  'accommodation.item_status_changed': z.strictObject({
    request_id: id,
    item_id: id,
    kind: z.enum(ACCOMMODATION_KINDS),
    iin: iin.nullable(),
    status: z.enum(ITEM_STATUSES),
    not_fulfilled_reason: z.enum(NOT_FULFILLED_REASONS).nullable(),
    /** A note, or the reason something could not be provided. */
    text,
    /** The member's time of the outcome (provided, fulfilled, not fulfilled). */
    outcome_at: instantSchema.nullable(),
    outcome_local: localMomentSchema.nullable(),
    /** The ballot issued at home (its own `ballot.issued` event precedes this one). */
    ballot_id: z.string().nullable(),
    /** The home-voting mark on the list is removed (cancelled, not fulfilled). */
    unmark: z.boolean(),
  }),
  'accommodation.trip_planned': z.strictObject(tripPlan),
  'accommodation.trip_replanned': z.strictObject({ ...tripPlan, reason: z.string().min(1) }),
  'accommodation.trip_departed': z.strictObject({
    trip_id: id,
    departed_at: instantSchema,
    departed_local: localMomentSchema,
    observers_told_at: instantSchema,
    observers_told_local: localMomentSchema,
    observer_entry_ids: z.array(id),
    ballots_taken: z.number().int().min(0),
  }),
  'accommodation.trip_returned': z.strictObject({
    trip_id: id,
    returned_at: instantSchema,
    returned_local: localMomentSchema,
    ballots_unused: z.number().int().min(0),
    ballots_spoiled: z.number().int().min(0),
    /** Ballots issued at home on this trip, as counted when it returned. */
    fulfilled: z.number().int().min(0),
    discrepancy_note: text,
  }),
  'accommodation.trip_cancelled': z.strictObject({ trip_id: id, reason: z.string().min(1) }),
  'accommodation.equipment_set': z.strictObject({
    equipment: z.enum(EQUIPMENT),
    availability: z.enum(EQUIPMENT_AVAILABILITY),
    count: z.number().int().min(0).nullable(),
    note: text,
  }),
  'accommodation.cutoff_set': z.strictObject({
    time: wallTime,
    source: z.enum(['manual', 'package']),
  }),
};
