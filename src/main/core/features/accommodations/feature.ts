import { ACCOMMODATION_ERROR_CODES } from '@shared/accommodations/accommodation-errors';
import type { AccommodationEventType } from '@shared/accommodations/accommodation-kinds';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import type { LoggedEvent } from '../../kernel/events/logged-event';
import { accommodationHandlers } from './accommodation-handlers';
import { accommodationPayloadSchemas as p } from './accommodation-payloads';
import { applyAccommodationEvent } from './accommodation-projection';
import { ACCOMMODATION_PROJECTION_TABLES, ACCOMMODATIONS_SCHEMA } from './accommodation-schema';
import { reopenHomeVisit } from './trip-projection';

const apply = (db: Db, event: LoggedEvent) =>
  applyAccommodationEvent(db, event as StoredEvent<AccommodationEventType>);

/**
 * Accessibility accommodation requests, from receipt to outcome: home voting with the portable
 * box and its trips, ramps, Braille stencils, sign language, assistance, transport. A member who
 * issues ballots fulfils a home vote (its ballot is the voter list's `ballot.issued`).
 */
export const accommodationsFeature = {
  name: 'accommodations',
  migrations: [{ version: 4, sql: ACCOMMODATIONS_SCHEMA }],
  events: {
    'accommodation.request_recorded': defineEvent({
      payload: p['accommodation.request_recorded'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.sensitive_recorded': defineEvent({
      payload: p['accommodation.sensitive_recorded'],
      authority: { actor: ['record'], actorless: [] },
      apply,
      // Health reasons and notes: roles without health.read see only the request it concerns.
      sensitive: {
        permission: 'health.read',
        redact: (payload) => ({ request_id: payload.request_id ?? null, hidden: true }),
      },
    }),
    'accommodation.request_corrected': defineEvent({
      payload: p['accommodation.request_corrected'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.requester_resolved': defineEvent({
      payload: p['accommodation.requester_resolved'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.item_status_changed': defineEvent({
      payload: p['accommodation.item_status_changed'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.trip_planned': defineEvent({
      payload: p['accommodation.trip_planned'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.trip_replanned': defineEvent({
      payload: p['accommodation.trip_replanned'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.trip_departed': defineEvent({
      payload: p['accommodation.trip_departed'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.trip_returned': defineEvent({
      payload: p['accommodation.trip_returned'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.trip_cancelled': defineEvent({
      payload: p['accommodation.trip_cancelled'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.equipment_set': defineEvent({
      payload: p['accommodation.equipment_set'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'accommodation.cutoff_set': defineEvent({
      payload: p['accommodation.cutoff_set'],
      authority: { actor: ['settings.edit'], actorless: ['package'] },
      apply,
    }),
  },
  reactions: {
    // A ballot undone that a home visit issued reopens the visit.
    'ballot.undone': (db, event) => reopenHomeVisit(db, event as StoredEvent<'ballot.undone'>),
  },
  projectionTables: ACCOMMODATION_PROJECTION_TABLES,
  errorCodes: ACCOMMODATION_ERROR_CODES,
  handlers: (ctx) =>
    accommodationHandlers({
      db: ctx.db,
      log: ctx.log,
      clock: ctx.clock,
      precinct: ctx.precinct,
      requireSession: (permission) => ctx.sessions.require(permission),
    }),
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
