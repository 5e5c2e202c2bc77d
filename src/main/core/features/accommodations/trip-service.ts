import { randomUUID } from 'node:crypto';
import type { PrecinctInfo } from '@shared/api';
import type {
  PlanTripInput,
  ReplanTripInput,
  TripDepartureInput,
  TripReturnInput,
} from '@shared/accommodations/accommodation-schemas';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import { instantOfLocalMoment } from '../../kernel/time/local-instant';
import type { PrecinctService } from '../precinct';
import { activeMember, pastMoment, refuse } from './request-rules';

interface TripRow {
  id: string;
  status: 'planned' | 'departed' | 'returned' | 'cancelled';
  departed_at: string | null;
  ballots_taken: number | null;
}

const iso = (instant: number) => new Date(instant).toISOString();

/**
 * Trips with the portable box: planned with at least two members and a route, changed or
 * cancelled while planned, then left (observers told, ballots taken) and back (ballots
 * counted). Every write is one event; the checks run first, so bad input changes nothing.
 */
export class TripService {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly precinct: PrecinctService,
  ) {}

  /** Plans a trip; its items become scheduled. Returns its id. */
  plan(input: PlanTripInput, actor: string): string {
    const tripId = randomUUID();
    this.db
      .transaction(() => {
        const checked = this.checkPlan(input, null);
        this.log.record('accommodation.trip_planned', actor, { trip_id: tripId, ...checked });
      })
      .immediate();
    return tripId;
  }

  /** Changes a planned trip; items left out go back to received. */
  replan(input: ReplanTripInput, actor: string): void {
    this.db
      .transaction(() => {
        this.planned(input.tripId);
        const checked = this.checkPlan(input, input.tripId);
        this.log.record('accommodation.trip_replanned', actor, {
          trip_id: input.tripId,
          ...checked,
          reason: input.reason,
        });
      })
      .immediate();
  }

  cancel(tripId: string, reason: string, actor: string): void {
    this.planned(tripId);
    this.log.record('accommodation.trip_cancelled', actor, { trip_id: tripId, reason });
  }

  /** The box leaves: when, when the observers were told (not after), which of them, ballots taken. */
  depart(input: TripDepartureInput, actor: string): void {
    this.planned(input.tripId);
    const precinct = this.precinct.require();
    const now = this.clock.now();
    const departed = pastMoment(input.departedAt, precinct, now, 'departedAt');
    const told = pastMoment(input.observersToldAt, precinct, now, 'observersToldAt');
    if (told > departed) {
      refuse('trip_times_invalid', 'Observers are told before the box leaves', {
        ...hours(precinct),
        field: 'observersToldAt',
      });
    }
    const ids = [...new Set(input.observerEntryIds)];
    for (const entryId of ids) {
      const entry = cachedStatement(
        this.db,
        `SELECT kind, occurred_at, departed_at, withdrawn_at FROM infolog_entries WHERE id = ?`,
      ).get(entryId) as
        | {
            kind: string;
            occurred_at: string;
            departed_at: string | null;
            withdrawn_at: string | null;
          }
        | undefined;
      // Present when told: arrived by then and not yet gone.
      const present =
        entry?.kind === 'observer' &&
        entry.withdrawn_at === null &&
        Date.parse(entry.occurred_at) <= told &&
        (entry.departed_at === null || Date.parse(entry.departed_at) >= told);
      if (!present) refuse('observer_entry_invalid', 'Not an observer present', { entryId });
    }
    this.log.record('accommodation.trip_departed', actor, {
      trip_id: input.tripId,
      departed_at: iso(departed),
      departed_local: input.departedAt,
      observers_told_at: iso(told),
      observers_told_local: input.observersToldAt,
      observer_entry_ids: ids,
      ballots_taken: input.ballotsTaken,
    });
  }

  /**
   * The box is back. Every address must have its outcome first; the ballots taken must equal
   * those issued at home plus the unused and spoiled ones, or a note must explain the difference.
   */
  recordReturn(input: TripReturnInput, actor: string): void {
    const trip = this.trip(input.tripId);
    if (trip.status === 'planned') refuse('trip_not_departed', 'The trip has not left');
    if (trip.status !== 'departed') refuse('trip_not_planned', 'The trip is over');
    const precinct = this.precinct.require();
    const returned = pastMoment(input.returnedAt, precinct, this.clock.now(), 'returnedAt');
    if (trip.departed_at && returned < Date.parse(trip.departed_at)) {
      refuse('trip_times_invalid', 'The return is before the departure', {
        ...hours(precinct),
        field: 'returnedAt',
      });
    }
    const counts = cachedStatement(
      this.db,
      `SELECT count(*) FILTER (WHERE status = 'scheduled') AS waiting,
         count(*) FILTER (WHERE status = 'fulfilled') AS fulfilled
       FROM accommodation_items WHERE trip_id = ?`,
    ).get(input.tripId) as { waiting: number; fulfilled: number };
    if (counts.waiting > 0) {
      refuse('trip_items_open', 'Record every address first', { open: counts.waiting });
    }
    const taken = trip.ballots_taken ?? 0;
    if (
      taken !== counts.fulfilled + input.ballotsUnused + input.ballotsSpoiled &&
      !input.discrepancyNote
    ) {
      refuse('trip_ballots_mismatch', 'The ballots do not add up', {
        taken,
        fulfilled: counts.fulfilled,
        unused: input.ballotsUnused,
        spoiled: input.ballotsSpoiled,
        field: 'discrepancyNote',
      });
    }
    this.log.record('accommodation.trip_returned', actor, {
      trip_id: input.tripId,
      returned_at: iso(returned),
      returned_local: input.returnedAt,
      ballots_unused: input.ballotsUnused,
      ballots_spoiled: input.ballotsSpoiled,
      fulfilled: counts.fulfilled,
      discrepancy_note: input.discrepancyNote,
    });
  }

  private trip(tripId: string): TripRow {
    const row = cachedStatement(this.db, 'SELECT * FROM accommodation_trips WHERE id = ?').get(
      tripId,
    ) as TripRow | undefined;
    if (!row) refuse('trip_not_found', `No trip ${tripId}`);
    return row;
  }

  private planned(tripId: string): TripRow {
    const trip = this.trip(tripId);
    if (trip.status !== 'planned') refuse('trip_not_planned', 'The trip is not planned any more');
    return trip;
  }

  /**
   * The plan's rules: two distinct active members, each free at that time; a departure before
   * the return, both on voting day within voting hours (the box comes back before the count);
   * a route of open home-voting items for listed voters, not on another trip.
   */
  private checkPlan(input: PlanTripInput, tripId: string | null) {
    const precinct = this.precinct.require();
    const memberIds = [...new Set(input.memberIds)];
    if (memberIds.length < 2) {
      refuse('trip_members_required', 'A trip needs at least two members', { field: 'memberIds' });
    }
    const members = memberIds.map((id) => activeMember(this.db, id, 'memberIds'));
    const departure = this.tripMoment(input.plannedDeparture, precinct, 'plannedDeparture');
    const expected = this.tripMoment(input.expectedReturn, precinct, 'expectedReturn');
    if (expected <= departure) {
      refuse('trip_times_invalid', 'The return is not after the departure', {
        ...hours(precinct),
        field: 'expectedReturn',
      });
    }
    for (const member of members) {
      const other = cachedStatement(
        this.db,
        `SELECT t.id, (SELECT count(*) FROM accommodation_trips o WHERE (o.planned_hlc, o.id) <= (t.planned_hlc, t.id)) AS number
         FROM accommodation_trips t JOIN accommodation_trip_members m ON m.trip_id = t.id
         WHERE m.member_id = ? AND t.status != 'cancelled' AND t.id IS NOT ?
           AND coalesce(t.departed_at, t.planned_departure) < ?
           AND coalesce(t.returned_at, t.expected_return) > ?
         LIMIT 1`,
      ).get(member.id, tripId, iso(expected), iso(departure)) as
        { id: string; number: number } | undefined;
      if (other) {
        refuse('trip_member_busy', 'The member is on another trip at that time', {
          tripId: other.id,
          number: other.number,
          member: member.name,
          field: 'memberIds',
        });
      }
    }
    const itemIds = [...new Set(input.itemIds)];
    if (itemIds.length !== input.itemIds.length) {
      refuse('trip_items_invalid', 'An address appears twice in the route', { field: 'itemIds' });
    }
    for (const itemId of itemIds) {
      const item = cachedStatement(
        this.db,
        `SELECT i.kind, i.status, i.trip_id, r.on_list FROM accommodation_items i
         JOIN accommodation_requests r ON r.id = i.request_id WHERE i.id = ?`,
      ).get(itemId) as
        { kind: string; status: string; trip_id: string | null; on_list: number } | undefined;
      const free =
        item?.status === 'received' || (item?.status === 'scheduled' && item.trip_id === tripId);
      if (!item || item.kind !== 'home_voting' || !free || item.on_list !== 1) {
        refuse('trip_items_invalid', 'Not an open home-voting request free for this trip', {
          itemId,
          field: 'itemIds',
        });
      }
    }
    return {
      member_ids: memberIds,
      planned_departure: iso(departure),
      planned_departure_local: input.plannedDeparture,
      expected_return: iso(expected),
      expected_return_local: input.expectedReturn,
      item_ids: itemIds,
    };
  }

  /** A planned time: it exists in the precinct's zone, on voting day within voting hours. */
  private tripMoment(moment: string, precinct: PrecinctInfo, field: string): number {
    const instant = instantOfLocalMoment(moment, precinct.timeZone);
    if (instant === null) {
      refuse('invalid_local_time', `${moment} does not exist in ${precinct.timeZone}`, { field });
    }
    const time = moment.slice(11, 16);
    if (
      moment.slice(0, 10) !== precinct.votingDay ||
      time < precinct.votingHours.opens ||
      time > precinct.votingHours.closes
    ) {
      refuse('trip_times_invalid', 'A trip runs on voting day within voting hours', {
        ...hours(precinct),
        field,
      });
    }
    return instant;
  }
}

function hours(precinct: PrecinctInfo) {
  return {
    votingDay: precinct.votingDay,
    opens: precinct.votingHours.opens,
    closes: precinct.votingHours.closes,
  };
}
