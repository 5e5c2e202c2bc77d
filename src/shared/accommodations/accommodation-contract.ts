/**
 * The accommodation requests' part of the API contract (spread into `contract` in ../api.ts)
 * and the shapes its operations return.
 *
 * Who may do what: every logged-in member reads; recording and following requests, trips and
 * the equipment checklist need `record`; fulfilling a home visit issues a ballot, so it needs
 * `ballot.issue` and a member of that trip; the cut-off is the chair's (`settings.edit`).
 * Sensitive fields (reason category, health note) are returned only with `health.read`;
 * without it they are null and `sensitiveHidden` is true, and correcting them needs it too.
 *
 * Times: inputs are precinct-local `YYYY-MM-DDTHH:MM`; results give the ISO instant and the
 * precinct-local moment side by side.
 *
 * Members to pick (who received a request, who goes on a trip) come from `listLoginMembers`;
 * observers to link to a trip from `listInfoLog` with `presentOnly`. The feature's events are
 * named in ACCOMMODATION_EVENT_TYPES (accommodation-kinds.ts) and are part of EVENT_TYPES: the
 * audit screen's summary switch gives them to summarizeAccommodationEvent
 * (accommodation-audit-summary.ts), which writes the line without any health data.
 */
import { z } from 'zod';
import { op } from '../operation';
import type {
  AccommodationKind,
  Equipment,
  EquipmentAvailability,
  HomeVotingReason,
  ItemStatus,
  NotFulfilledReason,
  RequestChange,
  RequestChannel,
  RequestStatus,
  TripStatus,
} from './accommodation-kinds';
import {
  correctRequestInputSchema,
  correctSensitiveInputSchema,
  equipmentInputSchema,
  itemActionSchema,
  localMomentSchema,
  planTripInputSchema,
  recordRequestInputSchema,
  registerFilterSchema,
  replanTripInputSchema,
  tripDepartureInputSchema,
  tripReturnInputSchema,
  wallTimeSchema,
} from './accommodation-schemas';

const id = z.string().min(1).max(64);
const iin = z.string().trim().max(40);
const empty = z.strictObject({});

// ---- result shapes -------------------------------------------------------------------------

export interface MemberRef {
  id: string;
  name: string | null;
}

/** A moment as an instant and as the precinct-local `YYYY-MM-DDTHH:MM`. */
export interface Moment {
  at: string;
  local: string;
}

export interface RequesterView {
  /** Null for a person whose IIN is not known. */
  iin: string | null;
  fullName: string;
  birthDate: string | null;
  /**
   * On the voter list (listed, not removed), as established when the request was recorded or
   * later linked to a voter (resolveAccommodationRequester).
   */
  onList: boolean;
}

/** The sensitive part of a request; null in a view for roles without `health.read`. */
export interface SensitiveView {
  reasonCategory: HomeVotingReason | null;
  healthNote: string | null;
}

export interface ItemView {
  itemId: string;
  kind: AccommodationKind;
  status: ItemStatus;
  final: boolean;
  /** When and by whom the status was last set. */
  statusAt: string;
  statusBy: MemberRef | null;
  /** not_fulfilled: why; `other` comes with `outcomeText`. */
  notFulfilledReason: NotFulfilledReason | null;
  /** The reason a station item was not provided, a note on preparing, providing, cancelling. */
  outcomeText: string | null;
  /** When it was provided, fulfilled or not fulfilled (the member's time). */
  outcomeAt: Moment | null;
  /** Home voting on a trip: which one and where in the route (1-based). */
  trip: { tripId: string; number: number; routeOrder: number } | null;
  /** Home voting fulfilled: the ballot issued at home (place `portable_box`). */
  ballotId: string | null;
  /** declined_late: the cut-off it missed, precinct-local. */
  missedCutoff: string | null;
}

/** One change of a request, oldest first; a correction shows the values before and after. */
export interface RequestChangeView {
  change: RequestChange;
  at: string;
  member: MemberRef | null;
  /** A correction's reason, a cancellation's note, a not-provided reason... */
  reason: string | null;
  itemId: string | null;
  kind: AccommodationKind | null;
  status: ItemStatus | null;
  /** Corrections: each changed field with its values (sensitive ones only with health.read). */
  fields: { field: string; before: string | null; after: string | null }[];
}

export interface RequestView {
  requestId: string;
  /** Number in the register, in the order requests were recorded. */
  number: number;
  received: Moment;
  receivedBy: MemberRef;
  channel: RequestChannel;
  intermediary: string | null;
  requester: RequesterView;
  contactPhone: string | null;
  address: string | null;
  kinds: AccommodationKind[];
  otherDescription: string | null;
  notes: string | null;
  items: ItemView[];
  status: RequestStatus;
  /** The voter is marked for home voting on the list by this request. */
  homeVotingMarked: boolean;
  sensitive: SensitiveView | null;
  sensitiveHidden: boolean;
  recordedBy: MemberRef | null;
  recordedAt: string;
  corrections: number;
  history: RequestChangeView[];
}

/**
 * One line of the register (screen, CSV and PDF). It never holds a sensitive field, for any
 * role: health reasons are shown on the request itself, to those allowed to see them.
 */
export interface RegisterRow {
  requestId: string;
  number: number;
  received: Moment;
  receivedByName: string | null;
  requesterName: string;
  requesterIin: string | null;
  onList: boolean;
  contactPhone: string | null;
  /** Address of stay, for home voting only. */
  address: string | null;
  channel: RequestChannel;
  kinds: AccommodationKind[];
  items: {
    itemId: string;
    kind: AccommodationKind;
    status: ItemStatus;
    /** Outcome in words: not-fulfilled reason code / text, not-provided reason, note. */
    notFulfilledReason: NotFulfilledReason | null;
    outcomeText: string | null;
    outcomeAt: Moment | null;
  }[];
  status: RequestStatus;
  /** Members of the trip (home voting) and those who prepared or provided station items. */
  membersAssigned: string[];
  corrections: number;
}

export interface RegisterPage {
  rows: RegisterRow[];
  total: number;
  /** Open requests, and those from people not on the list, whatever the filter. */
  openRequests: number;
  notOnList: number;
}

export interface TripItemView {
  routeOrder: number;
  itemId: string;
  requestId: string;
  requestNumber: number;
  requesterName: string;
  requesterIin: string | null;
  address: string | null;
  contactPhone: string | null;
  status: ItemStatus;
}

export interface TripView {
  tripId: string;
  /** Trips numbered in the order they were planned. */
  number: number;
  status: TripStatus;
  members: MemberRef[];
  plannedDeparture: Moment;
  expectedReturn: Moment;
  items: TripItemView[];
  departed: Moment | null;
  observersTold: Moment | null;
  observers: { entryId: string; name: string; organisation: string }[];
  ballotsTaken: number | null;
  returned: Moment | null;
  ballotsUnused: number | null;
  ballotsSpoiled: number | null;
  /** Home-voting items of this trip fulfilled (ballots issued at home). */
  fulfilled: number;
  /** taken − fulfilled − unused − spoiled, once returned (0 when the counts agree). */
  discrepancy: number | null;
  discrepancyNote: string | null;
  cancelReason: string | null;
  replans: number;
}

/** What a printable trip sheet needs beyond the trip: the precinct and the voting day. */
export interface TripSheet {
  trip: TripView;
  precinctNumber: number;
  precinctName: string;
  precinctAddress: string;
  votingDay: string;
  electionName: string;
  /** When the sheet was produced, precinct-local. */
  printedLocal: string;
}

export interface EquipmentView {
  equipment: Equipment;
  availability: EquipmentAvailability;
  count: number | null;
  note: string | null;
  updatedAt: string | null;
  updatedBy: MemberRef | null;
}

/** A requested kind that open requests need and the station lacks (nothing of it available). */
export interface EquipmentGap {
  kind: AccommodationKind;
  equipment: Equipment[];
  openItems: number;
}

export interface EquipmentChecklist {
  items: EquipmentView[];
  gaps: EquipmentGap[];
}

export interface AccommodationSummary {
  /** Items per kind and status (cancelled and declined ones included). */
  byKindStatus: { kind: AccommodationKind; status: ItemStatus; count: number }[];
  requests: { total: number; open: number; closed: number; notOnList: number };
  /** Voting day: ballots in force issued at home (place `portable_box`), for turnout. */
  homeVoting: {
    votingDay: string;
    ballotsIssued: number;
    fulfilled: number;
    declinedLate: number;
    pending: number;
  };
}

export interface AccommodationSettings {
  /** Home-voting cut-off, precinct-local `HH:MM` on voting day. */
  cutoffTime: string;
  /** default (12:00), set by the chair (manual) or by the precinct package. */
  source: 'default' | 'manual' | 'package';
  votingDay: string | null;
  /** The cut-off as a local moment and instant; null before setup. */
  cutoff: Moment | null;
  /** The clock is past the cut-off. */
  passed: boolean;
}

// ---- the operations ------------------------------------------------------------------------

export const accommodationOperations = {
  /** The register: numbered requests with filters (a page; exports ask for up to 5000). */
  listAccommodationRequests: op<RegisterPage>()(registerFilterSchema),
  /** One request with its items and every change. */
  getAccommodationRequest: op<RequestView>()(z.strictObject({ requestId: id })),
  /**
   * Records a request. A home-voting item received after the cut-off is recorded as
   * declined_late (not an error); a timely one for a listed voter marks the voter on the list.
   * Errors: voter_iin_invalid, requester_name_required, requester_identity_required,
   * address_required, reason_category_required, other_description_required,
   * accommodation_duplicate (details: requestId, number, kind), time_in_future,
   * invalid_local_time, member_not_found, member_inactive, and for a timely home visit
   * ballot_already_issued (the voter holds a ballot) or ballot_absentee (took a certificate).
   */
  recordAccommodationRequest: op<RequestView>()(recordRequestInputSchema),
  /**
   * Corrects a request's details with a reason, closed or not: a new event, the replaced values
   * kept in its history. Outcomes are not corrected here (accommodation_closed on item steps).
   */
  correctAccommodationRequest: op<RequestView>()(correctRequestInputSchema),
  /** Corrects the sensitive fields (needs health.read), with a reason. */
  correctAccommodationSensitive: op<RequestView>()(correctSensitiveInputSchema),
  /**
   * Links a request from a person not on the list to a voter now listed (after the commission
   * added the voter): a timely open home-voting item then marks the voter.
   */
  resolveAccommodationRequester: op<RequestView>()(z.strictObject({ requestId: id, iin })),
  /** Moves one item on: prepare / provide / not_provided / not_fulfilled / cancel. */
  updateAccommodationItem: op<RequestView>()(
    z.strictObject({ itemId: id, change: itemActionSchema }),
  ),
  /**
   * A home visit ended with a ballot: issues a ballot with place `portable_box` (one ballot
   * per voter: ballot_already_issued names when and by whom). The item must be scheduled on a
   * trip that has departed, the member recording it on that trip, `at` on voting day within
   * voting hours.
   */
  fulfilHomeVoting: op<RequestView>()(
    z.strictObject({
      itemId: id,
      /** When the ballot was handed over, precinct-local. */
      at: localMomentSchema,
      /** The member saw the voter's ID document. */
      documentChecked: z.literal(true),
      /** A helper who filled the ballot for the voter (not a commission member). */
      helperName: z
        .string()
        .trim()
        .max(200)
        .nullable()
        .optional()
        .transform((v) => (v ? v : null)),
    }),
  ),

  listHomeVotingTrips: op<TripView[]>()(empty),
  /** A trip with what its printable sheet needs. */
  getHomeVotingTripSheet: op<TripSheet>()(z.strictObject({ tripId: id })),
  /**
   * Plans a trip; its items become scheduled. Errors: trip_members_required,
   * trip_times_invalid, trip_member_busy (details: tripId, number, member),
   * trip_items_invalid (details: itemId), member_not_found, member_inactive.
   */
  planHomeVotingTrip: op<TripView>()(planTripInputSchema),
  /** Changes a planned trip (members, times, route), with a reason; dropped items go back to received. */
  replanHomeVotingTrip: op<TripView>()(replanTripInputSchema),
  /** The box leaves: time, observers told, ballots taken. */
  recordTripDeparture: op<TripView>()(tripDepartureInputSchema),
  /** The box is back: unused and spoiled ballots, checked against those issued at home. */
  recordTripReturn: op<TripView>()(tripReturnInputSchema),
  /** Cancels a planned trip; its items go back to received. */
  cancelHomeVotingTrip: op<TripView>()(
    z.strictObject({ tripId: id, reason: z.string().trim().min(1).max(2000) }),
  ),

  /** The station's equipment checklist and the gaps against open requests. */
  getStationEquipment: op<EquipmentChecklist>()(empty),
  setStationEquipment: op<EquipmentChecklist>()(equipmentInputSchema),

  /** Counts by kind and status, and voting day's home-voting ballots (as turnout counts them). */
  getAccommodationSummary: op<AccommodationSummary>()(empty),
  getAccommodationSettings: op<AccommodationSettings>()(empty),
  /** The chair sets the home-voting cut-off; it applies to requests recorded from then on. */
  setHomeVotingCutoff: op<AccommodationSettings>()(z.strictObject({ time: wallTimeSchema })),
};
