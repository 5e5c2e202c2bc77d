/**
 * The vocabulary of accessibility accommodation requests: kinds, channels, reasons, statuses,
 * station equipment, and the names of the feature's events. Plain constants (no zod), so the
 * renderer can import them; the schemas built on them live in accommodation-schemas.ts.
 * Source: docs/domain.md ("Home voting", "Accommodations at the polling station").
 */

/** What a citizen may ask for; one request may ask for several, each followed on its own. */
export const ACCOMMODATION_KINDS = [
  /** Voting at the place of stay, with the portable ballot box. */
  'home_voting',
  'step_free_access',
  'braille_stencil',
  'audio_ballot',
  'magnifier_lighting',
  'sign_language',
  'trusted_assistant',
  'transport',
  /** Anything else; the request then describes it (`otherDescription`). */
  'other',
] as const;
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];
/** Kinds provided at the polling station (every kind but home voting). */
export type StationKind = Exclude<AccommodationKind, 'home_voting'>;

/** How the request reached the commission. */
export const REQUEST_CHANNELS = ['in_person', 'phone', 'written', 'social_worker_ngo'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/**
 * Why a voter cannot come (docs/domain.md, "Home voting"). Sensitive: only for roles with
 * `health.read`.
 */
export const HOME_VOTING_REASONS = ['own_health', 'caring_for_sick', 'remote_place'] as const;
export type HomeVotingReason = (typeof HOME_VOTING_REASONS)[number];

/**
 * Statuses of a home-voting item: received → scheduled (on a trip) → fulfilled (ballot issued
 * at home) / not_fulfilled; cancelled by the requester from received or scheduled;
 * declined_late when received after the cut-off (recorded, never refused as bad input).
 */
export const HOME_VOTING_STATUSES = [
  'received',
  'scheduled',
  'fulfilled',
  'not_fulfilled',
  'cancelled',
  'declined_late',
] as const;
export type HomeVotingStatus = (typeof HOME_VOTING_STATUSES)[number];

/**
 * Statuses of an item at the station: received → prepared → provided / not_provided (with a
 * reason); cancelled by the requester while not final.
 */
export const STATION_STATUSES = [
  'received',
  'prepared',
  'provided',
  'not_provided',
  'cancelled',
] as const;
export type StationStatus = (typeof STATION_STATUSES)[number];

export const ITEM_STATUSES = [
  'received',
  'scheduled',
  'prepared',
  'fulfilled',
  'provided',
  'not_fulfilled',
  'not_provided',
  'cancelled',
  'declined_late',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Statuses that end an item; a request whose items are all final is closed. */
export const FINAL_STATUSES: readonly ItemStatus[] = [
  'fulfilled',
  'provided',
  'not_fulfilled',
  'not_provided',
  'cancelled',
  'declined_late',
];
export const isFinalStatus = (status: ItemStatus): boolean => FINAL_STATUSES.includes(status);

/** A request is open while any of its items is not final. */
export const REQUEST_STATUSES = ['open', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Why a home visit did not end with a ballot; `other` needs a text. */
export const NOT_FULFILLED_REASONS = ['not_at_home', 'refused', 'other'] as const;
export type NotFulfilledReason = (typeof NOT_FULFILLED_REASONS)[number];

/** The station's equipment checklist, so the commission sees gaps before voting day. */
export const EQUIPMENT = [
  'ramp',
  'handrails_tactile',
  'braille_stencils',
  'audio_ballot',
  'magnifier',
  'extra_lighting',
  'interpreter_on_call',
  'transport',
  'other',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** `unknown` until someone has checked. Anything but `available` counts as a gap. */
export const EQUIPMENT_AVAILABILITY = ['unknown', 'available', 'not_available'] as const;
export type EquipmentAvailability = (typeof EQUIPMENT_AVAILABILITY)[number];

/**
 * Equipment that serves each station kind: the kind has a gap when none of it is available.
 * Home voting needs the portable box (not on this list) and a trusted assistant is brought by
 * the voter, so neither has equipment; `other` is described freely and not matched either.
 */
export const EQUIPMENT_FOR_KIND: Readonly<Record<AccommodationKind, readonly Equipment[]>> = {
  home_voting: [],
  step_free_access: ['ramp'],
  braille_stencil: ['braille_stencils'],
  audio_ballot: ['audio_ballot'],
  magnifier_lighting: ['magnifier', 'extra_lighting'],
  sign_language: ['interpreter_on_call'],
  trusted_assistant: [],
  transport: ['transport'],
  other: [],
};

/** Trips with the portable box: planned → departed → returned; or cancelled while planned. */
export const TRIP_STATUSES = ['planned', 'departed', 'returned', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];

/** Changes a request goes through; each is an event, and the register shows them all. */
export const REQUEST_CHANGES = [
  'recorded',
  'corrected',
  'sensitive_corrected',
  'requester_resolved',
  'status_changed',
  'scheduled',
  'unscheduled',
  'ballot_undone',
] as const;
export type RequestChange = (typeof REQUEST_CHANGES)[number];

/** Default home-voting cut-off: 12:00 precinct time on voting day (docs/domain.md, "Home voting"). */
export const DEFAULT_HOME_VOTING_CUTOFF = '12:00';

/**
 * Names of the feature's events (joined to EVENT_TYPES in ../event-types.ts). Sensitive data
 * (reason category, health note) travels only in `accommodation.sensitive_recorded`, which
 * names no IIN and whose payload the core hides from roles without `health.read`.
 */
export const ACCOMMODATION_EVENT_TYPES = [
  'accommodation.request_recorded',
  'accommodation.sensitive_recorded',
  'accommodation.request_corrected',
  'accommodation.requester_resolved',
  'accommodation.item_status_changed',
  'accommodation.trip_planned',
  'accommodation.trip_replanned',
  'accommodation.trip_departed',
  'accommodation.trip_returned',
  'accommodation.trip_cancelled',
  'accommodation.equipment_set',
  'accommodation.cutoff_set',
] as const;
export type AccommodationEventType = (typeof ACCOMMODATION_EVENT_TYPES)[number];

/** Whether an event type is one of the feature's (for a switch that hands them on together). */
export function isAccommodationEventType(type: string): type is AccommodationEventType {
  return (ACCOMMODATION_EVENT_TYPES as readonly string[]).includes(type);
}

/** The most ballots or pieces of equipment one count may say (a trip's ballots, stencils...). */
export const ACCOMMODATION_COUNT_MAX = 10_000;

/** Longest texts of a request; the UI caps its inputs at the same lengths. */
export const ACCOMMODATION_TEXT_LIMITS = {
  /** Names, intermediaries, short descriptions. */
  short: 200,
  /** Addresses of stay. */
  address: 500,
  /** Notes, reasons, outcomes. */
  long: 2000,
  phone: 40,
} as const;

/** A phone number as typed: digits with an optional leading +, spaces, dashes, brackets. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{3,38}$/;
