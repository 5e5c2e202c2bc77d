/**
 * Input schemas of the accommodation operations. They check shape and lengths only; the rules
 * that depend on the data (an address for home voting, an IIN's checksum, the cut-off, trips
 * that overlap...) are the core's, so each failure gets its own stable error code.
 */
import { z } from 'zod';
import { localMomentSchema } from '../infolog/entry-schemas';
import {
  ACCOMMODATION_COUNT_MAX,
  ACCOMMODATION_KINDS,
  ACCOMMODATION_TEXT_LIMITS,
  EQUIPMENT,
  EQUIPMENT_AVAILABILITY,
  HOME_VOTING_REASONS,
  ITEM_STATUSES,
  NOT_FULFILLED_REASONS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
} from './accommodation-kinds';

export { localMomentSchema };

const { short, address, long, phone } = ACCOMMODATION_TEXT_LIMITS;
/** A count of ballots or pieces of equipment. */
const count = z.number().int().min(0).max(ACCOMMODATION_COUNT_MAX);

const id = z.string().min(1).max(64);
/** A required text: trimmed, not empty. */
const text = (max: number) => z.string().trim().min(1).max(max);
/** An optional text: empty or missing becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));
/** An IIN as typed; its format and checksum are checked by the core (`voter_iin_invalid`). */
const iin = z.string().trim().max(40);
/** `HH:MM`, 24-hour. */
export const wallTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * Who asks. `iin`: a voter found on the list (by IIN or by search); a well-formed IIN that is
 * not on the list is recorded and flagged, and then needs `fullName`. `person`: someone not on
 * the list whose IIN is not known; a birth date or a contact phone is then required, so a
 * second request from the same person can be recognised.
 */
export const requesterInputSchema = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('iin'),
    iin,
    /** Needed only when the IIN is not on the list. */
    fullName: optionalText(short),
  }),
  z.strictObject({
    by: z.literal('person'),
    fullName: text(short),
    birthDate: z.iso
      .date()
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  }),
]);
export type RequesterInput = z.output<typeof requesterInputSchema>;

/** The fields of a request that a correction may change (kinds and receipt are fixed). */
const correctableFields = {
  /** How it reached the commission, and through whom (a social worker's or NGO's name). */
  channel: z.enum(REQUEST_CHANNELS),
  intermediary: optionalText(short),
  contactPhone: optionalText(phone),
  /** Address of stay; required when the request asks for home voting. */
  address: optionalText(address),
  /** Required when the kinds include `other`. */
  otherDescription: optionalText(short),
  /** General notes shown in the register: no health details here (those go to healthNote). */
  notes: optionalText(long),
};

/** The sensitive fields: stored apart and shown only to roles with `health.read`. */
const sensitiveFields = {
  /** Required for home voting. */
  reasonCategory: z.enum(HOME_VOTING_REASONS).nullable(),
  /** Health-related notes (needs, condition); optional. */
  healthNote: optionalText(long),
};

export const recordRequestInputSchema = z.strictObject({
  /** When the commission received it, precinct-local `YYYY-MM-DDTHH:MM`; not in the future. */
  receivedAt: localMomentSchema,
  /** The member who took it (an active member of the commission). */
  receivedById: id,
  requester: requesterInputSchema,
  /** At least one; each at most once. */
  kinds: z
    .array(z.enum(ACCOMMODATION_KINDS))
    .min(1)
    .max(ACCOMMODATION_KINDS.length)
    .refine((list) => new Set(list).size === list.length, 'Each kind at most once'),
  ...correctableFields,
  ...sensitiveFields,
});
export type RecordRequestInput = z.output<typeof recordRequestInputSchema>;

export const correctRequestInputSchema = z.strictObject({
  requestId: id,
  ...correctableFields,
  /** Why it is corrected; the register shows the earlier version beside the new one. */
  reason: text(ACCOMMODATION_TEXT_LIMITS.long),
});
export type CorrectRequestInput = z.output<typeof correctRequestInputSchema>;

export const correctSensitiveInputSchema = z.strictObject({
  requestId: id,
  ...sensitiveFields,
  reason: text(ACCOMMODATION_TEXT_LIMITS.long),
});
export type CorrectSensitiveInput = z.output<typeof correctSensitiveInputSchema>;

/**
 * A change of one item's status, other than scheduling (trips do that) and fulfilling a home
 * visit (fulfilHomeVoting issues a ballot).
 */
export const itemActionSchema = z.discriminatedUnion('action', [
  /** Station item: the commission has it ready (received → prepared). */
  z.strictObject({ action: z.literal('prepare'), note: optionalText(long) }),
  /** Station item: provided to the voter (received or prepared → provided). */
  z.strictObject({ action: z.literal('provide'), at: localMomentSchema, note: optionalText(long) }),
  /** Station item: could not be provided; the reason is required. */
  z.strictObject({ action: z.literal('not_provided'), reason: text(long) }),
  /** Home voting on a trip: no ballot was issued; `other` needs `text`. */
  z.strictObject({
    action: z.literal('not_fulfilled'),
    at: localMomentSchema,
    reason: z.enum(NOT_FULFILLED_REASONS),
    text: optionalText(long),
  }),
  /** Either kind: the requester withdrew it (before it was final); removes a home-voting mark. */
  z.strictObject({ action: z.literal('cancel'), note: optionalText(long) }),
]);
export type ItemAction = z.output<typeof itemActionSchema>;

/** A trip with the portable box, as planned. */
const tripPlan = {
  /** At least two distinct active members (docs/domain.md, "Home voting": two carry the box). */
  memberIds: z.array(id).min(1).max(20),
  /** Precinct-local `YYYY-MM-DDTHH:MM`, on voting day within voting hours. */
  plannedDeparture: localMomentSchema,
  /** After the departure, on voting day within voting hours. */
  expectedReturn: localMomentSchema,
  /** Home-voting items in route order: received, or already on this trip. */
  itemIds: z.array(id).min(1).max(200),
};

export const planTripInputSchema = z.strictObject(tripPlan);
export type PlanTripInput = z.output<typeof planTripInputSchema>;
export const replanTripInputSchema = z.strictObject({
  tripId: id,
  ...tripPlan,
  reason: text(long),
});
export type ReplanTripInput = z.output<typeof replanTripInputSchema>;

export const tripDepartureInputSchema = z.strictObject({
  tripId: id,
  departedAt: localMomentSchema,
  /** When the observers present were told that the box leaves (docs/domain.md, "Home voting"). */
  observersToldAt: localMomentSchema,
  /** Observers accompanying or told, as entries of the information log (present observers). */
  observerEntryIds: z.array(id).max(50),
  /** Blank ballots taken in the portable box's envelope. */
  ballotsTaken: count,
});
export type TripDepartureInput = z.output<typeof tripDepartureInputSchema>;

export const tripReturnInputSchema = z.strictObject({
  tripId: id,
  returnedAt: localMomentSchema,
  /** Blank ballots brought back unused, and ballots spoiled on the way. */
  ballotsUnused: count,
  ballotsSpoiled: count,
  /**
   * Required when taken ≠ fulfilled + unused + spoiled: the commission records the real count
   * with an explanation rather than being stopped (`trip_ballots_mismatch` without it).
   */
  discrepancyNote: optionalText(long),
});
export type TripReturnInput = z.output<typeof tripReturnInputSchema>;

export const equipmentInputSchema = z.strictObject({
  equipment: z.enum(EQUIPMENT),
  availability: z.enum(EQUIPMENT_AVAILABILITY),
  /** How many (stencils, magnifiers...), when it matters. */
  count: count.nullable(),
  note: optionalText(long),
});
export type EquipmentInput = z.output<typeof equipmentInputSchema>;

export const registerFilterSchema = z.strictObject({
  kind: z.enum(ACCOMMODATION_KINDS).optional(),
  /** An item status (any item of the request has it), or the request's open/closed. */
  status: z.enum([...ITEM_STATUSES, ...REQUEST_STATUSES]).optional(),
  /** Precinct-local dates of receipt, inclusive. */
  fromDate: z.iso.date().optional(),
  toDate: z.iso.date().optional(),
  /** Words looked for in the requester's name, IIN, phone, address, notes (case-insensitive). */
  text: z.string().trim().max(200).optional(),
  /** Only requests from people not on the list (for the commission to resolve). */
  notOnListOnly: z.boolean().optional(),
  /** Newest first on screen; oldest first in printouts, as in a paper register. */
  order: z.enum(['newest', 'oldest']),
  limit: z.number().int().min(1).max(5000),
  offset: z.number().int().min(0),
});
export type RegisterFilter = z.output<typeof registerFilterSchema>;
