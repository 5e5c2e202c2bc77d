import { isFinalStatus } from '@shared/accommodations/accommodation-kinds';
import type { ItemAction } from '@shared/accommodations/accommodation-schemas';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { EventLog } from '../../events';
import type { EventPayloads } from '../../events';
import type { PrecinctService } from '../precinct';
import { BallotService } from '../voters';
import { findVoter } from '../voters';
import { issueHomeBallot } from './home-ballot';
import { findItem, findRequest } from './request-rows';
import { pastMoment, refuse } from './request-rules';

const iso = (instant: number) => new Date(instant).toISOString();

/**
 * Each item's way to its outcome: prepared and provided (or not) at the station, a home visit
 * fulfilled with a ballot or not, cancelled by the requester. Scheduling is the trips' (see
 * trip-service.ts). Every write is one event, or two for a ballot at home, in one transaction.
 */
export class ItemService {
  private readonly ballots: BallotService;

  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: Clock,
    private readonly precinct: PrecinctService,
  ) {
    this.ballots = new BallotService(db, log, clock);
  }

  /** Moves one item on (everything but scheduling and a ballot at home). */
  updateItem(itemId: string, change: ItemAction, actor: string): void {
    const item = findItem(this.db, itemId);
    const request = findRequest(this.db, item.request_id);
    const home = item.kind === 'home_voting';
    const wrongKind = () =>
      refuse('accommodation_wrong_kind', `Not a step for ${item.kind}`, { kind: item.kind });
    const invalid = () =>
      refuse('accommodation_status_invalid', `Not possible at ${item.status}`, {
        status: item.status,
      });
    if (isFinalStatus(item.status)) {
      refuse('accommodation_closed', 'The outcome is recorded already', { status: item.status });
    }
    const now = this.clock.now();
    const precinct = this.precinct.require();
    const base = {
      request_id: request.id,
      item_id: item.id,
      kind: item.kind,
      iin: request.iin,
      not_fulfilled_reason: null,
      text: null,
      outcome_at: null,
      outcome_local: null,
      ballot_id: null,
      unmark: false,
    };
    let payload: EventPayloads['accommodation.item_status_changed'];
    switch (change.action) {
      case 'prepare':
        if (home) wrongKind();
        if (item.status !== 'received') invalid();
        payload = { ...base, status: 'prepared', text: change.note };
        break;
      case 'provide': {
        if (home) wrongKind();
        const at = pastMoment(change.at, precinct, now, 'change.at');
        payload = {
          ...base,
          status: 'provided',
          text: change.note,
          outcome_at: iso(at),
          outcome_local: change.at,
        };
        break;
      }
      case 'not_provided':
        if (home) wrongKind();
        payload = { ...base, status: 'not_provided', text: change.reason };
        break;
      case 'not_fulfilled': {
        if (!home) wrongKind();
        if (item.status !== 'scheduled' || this.tripStatus(item.trip_id) !== 'departed') {
          refuse('trip_not_departed', 'The visit is recorded once the trip has left', {
            status: item.status,
          });
        }
        if (change.reason === 'other' && !change.text) {
          refuse('reason_required', 'Say what happened', { field: 'change.text' });
        }
        const at = pastMoment(change.at, precinct, now, 'change.at');
        payload = {
          ...base,
          status: 'not_fulfilled',
          not_fulfilled_reason: change.reason,
          text: change.text,
          outcome_at: iso(at),
          outcome_local: change.at,
          // Decision: no ballot at home frees the voter to vote at the station.
          unmark: true,
        };
        break;
      }
      case 'cancel':
        payload = { ...base, status: 'cancelled', text: change.note, unmark: home };
        break;
    }
    this.log.record('accommodation.item_status_changed', actor, payload);
  }

  /** A home visit ended with a ballot: the ballot (place portable_box) and the outcome. */
  fulfil(itemId: string, at: string, helperName: string | null, actor: string): void {
    const item = findItem(this.db, itemId);
    const request = findRequest(this.db, item.request_id);
    if (item.kind !== 'home_voting') {
      refuse('accommodation_wrong_kind', 'Only home voting ends with a ballot at home', {
        kind: item.kind,
      });
    }
    if (isFinalStatus(item.status)) {
      refuse('accommodation_closed', 'The outcome is recorded already', { status: item.status });
    }
    if (item.status !== 'scheduled' || this.tripStatus(item.trip_id) !== 'departed') {
      refuse('trip_not_departed', 'The ballot is issued once the trip has left', {
        status: item.status,
      });
    }
    const onTrip = cachedStatement(
      this.db,
      'SELECT 1 FROM accommodation_trip_members WHERE trip_id = ? AND member_id = ?',
    ).get(item.trip_id, actor);
    if (!onTrip) refuse('trip_member_only', 'Only a member of the trip records its ballots');
    const voter = request.iin ? findVoter(this.db, request.iin) : undefined;
    if (!voter || request.on_list !== 1) {
      refuse('requester_not_on_list', 'The requester is not on the voter list');
    }
    const precinct = this.precinct.require();
    const instant = pastMoment(at, precinct, this.clock.now(), 'at');
    this.db
      .transaction(() => {
        const ballotId = issueHomeBallot(this.db, this.log, this.ballots, {
          voter,
          at,
          helperName,
          precinct,
          departedAt: this.departedAt(item.trip_id),
          actor,
        });
        this.log.record('accommodation.item_status_changed', actor, {
          request_id: request.id,
          item_id: item.id,
          kind: item.kind,
          iin: request.iin,
          status: 'fulfilled',
          not_fulfilled_reason: null,
          text: null,
          outcome_at: iso(instant),
          outcome_local: at,
          ballot_id: ballotId,
          unmark: false,
        });
      })
      .immediate();
  }

  private tripStatus(tripId: string | null): string | null {
    if (!tripId) return null;
    const row = cachedStatement(this.db, 'SELECT status FROM accommodation_trips WHERE id = ?').get(
      tripId,
    ) as { status: string } | undefined;
    return row?.status ?? null;
  }

  private departedAt(tripId: string | null): string | null {
    const row = cachedStatement(
      this.db,
      'SELECT departed_at FROM accommodation_trips WHERE id = ?',
    ).get(tripId) as { departed_at: string | null } | undefined;
    return row?.departed_at ?? null;
  }
}
