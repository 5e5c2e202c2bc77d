import type { ApiHandlers } from '@shared/api';
import type { accommodationOperations } from '@shared/accommodations/accommodation-contract';
import { DomainError } from '@shared/result';
import type { Permission, Role } from '@shared/roles';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import type { EventLog } from '../../events';
import { localDateTime } from '../../kernel/time/local-time';
import type { PrecinctService } from '../precinct';
import { can } from '../../kernel/permissions';
import { RequestReader } from './request-reader';
import { ItemService } from './item-service';
import { findItem } from './request-rows';
import { RequestService } from './request-service';
import { StationService } from './station-service';
import { TripReader } from './trip-reader';
import { TripService } from './trip-service';

type AccommodationOperation = keyof typeof accommodationOperations;

/** Whether a member's role may see health reasons and notes. */
export function canReadHealth(db: Db, memberId: string): boolean {
  const row = db
    .prepare<[string], { role: Role }>('SELECT role FROM members WHERE id = ?')
    .get(memberId);
  return row ? can(row.role, 'health.read') : false;
}

/**
 * The accommodation operations. Every logged-in member reads; recording and following
 * requests, trips and the equipment checklist need `record`; a ballot at home needs
 * `ballot.issue`; correcting the sensitive fields needs `health.read`; the cut-off is the
 * chair's (`settings.edit`).
 */
export function accommodationHandlers(deps: {
  db: Db;
  log: EventLog;
  clock: Clock;
  precinct: PrecinctService;
  requireSession: (permission?: Permission) => { memberId: string };
}): Pick<ApiHandlers, AccommodationOperation> {
  const { db, log, clock, precinct, requireSession } = deps;
  const requests = new RequestService(db, log, clock, precinct);
  const items = new ItemService(db, log, clock, precinct);
  const trips = new TripService(db, log, clock, precinct);
  const station = new StationService(db, log, clock, precinct);
  const reader = new RequestReader(db);
  const tripReader = new TripReader(db);

  /** The request as the member may see it. */
  const view = (requestId: string, memberId: string) => {
    const request = reader.get(requestId, canReadHealth(db, memberId));
    if (!request) throw new DomainError('accommodation_not_found', `No request ${requestId}`);
    return request;
  };
  const trip = (tripId: string) => {
    const found = tripReader.get(tripId);
    if (!found) throw new DomainError('trip_not_found', `No trip ${tripId}`);
    return found;
  };
  /** A write by a member allowed to make it, answered with the request as it now stands. */
  const write = (permission: Permission, work: (actor: string) => string) => {
    const actor = requireSession(permission).memberId;
    return view(work(actor), actor);
  };

  return {
    listAccommodationRequests: (filter) => {
      requireSession();
      return reader.list(filter);
    },
    getAccommodationRequest: ({ requestId }) => view(requestId, requireSession().memberId),
    recordAccommodationRequest: (input) =>
      write('record', (actor) => requests.record(input, actor)),
    correctAccommodationRequest: (input) =>
      write('record', (actor) => {
        requests.correct(input, actor);
        return input.requestId;
      }),
    correctAccommodationSensitive: (input) => {
      requireSession('record');
      return write('health.read', (actor) => {
        requests.correctSensitive(input, actor);
        return input.requestId;
      });
    },
    resolveAccommodationRequester: ({ requestId, iin }) =>
      write('record', (actor) => {
        requests.resolveRequester(requestId, iin, actor);
        return requestId;
      }),
    updateAccommodationItem: ({ itemId, change }) =>
      write('record', (actor) => {
        items.updateItem(itemId, change, actor);
        return findItem(db, itemId).request_id;
      }),
    fulfilHomeVoting: ({ itemId, at, helperName }) =>
      write('ballot.issue', (actor) => {
        items.fulfil(itemId, at, helperName, actor);
        return findItem(db, itemId).request_id;
      }),

    listHomeVotingTrips: () => {
      requireSession();
      return tripReader.list();
    },
    getHomeVotingTripSheet: ({ tripId }) => {
      requireSession();
      const info = precinct.require();
      const now = localDateTime(clock.now(), info.timeZone);
      return {
        trip: trip(tripId),
        precinctNumber: info.precinctNumber,
        precinctName: info.precinctName,
        precinctAddress: info.address,
        votingDay: info.votingDay,
        electionName: info.electionName,
        printedLocal: `${now.date}T${now.time}`,
      };
    },
    planHomeVotingTrip: (input) => trip(trips.plan(input, requireSession('record').memberId)),
    replanHomeVotingTrip: (input) => {
      trips.replan(input, requireSession('record').memberId);
      return trip(input.tripId);
    },
    recordTripDeparture: (input) => {
      trips.depart(input, requireSession('record').memberId);
      return trip(input.tripId);
    },
    recordTripReturn: (input) => {
      trips.recordReturn(input, requireSession('record').memberId);
      return trip(input.tripId);
    },
    cancelHomeVotingTrip: ({ tripId, reason }) => {
      trips.cancel(tripId, reason, requireSession('record').memberId);
      return trip(tripId);
    },

    getStationEquipment: () => {
      requireSession();
      return station.checklist();
    },
    setStationEquipment: (input) => station.setEquipment(input, requireSession('record').memberId),
    getAccommodationSummary: () => {
      requireSession();
      return tripReader.summary(precinct.require().votingDay);
    },
    getAccommodationSettings: () => {
      requireSession();
      return station.settings();
    },
    setHomeVotingCutoff: ({ time }) =>
      station.setCutoff(time, requireSession('settings.edit').memberId, 'manual'),
  };
}
