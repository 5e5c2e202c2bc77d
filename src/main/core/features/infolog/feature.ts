import { INFOLOG_ERROR_CODES } from '@shared/infolog/infolog-errors';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import type { LoggedEvent } from '../../kernel/events/logged-event';
import { infologHandlers } from './infolog-handlers';
import { infologPayloadSchemas as p } from './infolog-payloads';
import { applyInfoLogEvent, type InfoLogEventType } from './infolog-projection';
import { INFOLOG_COPIES_SCHEMA, INFOLOG_PROJECTION_TABLES, INFOLOG_SCHEMA } from './infolog-schema';

const apply = (db: Db, event: LoggedEvent) =>
  applyInfoLogEvent(db, event as StoredEvent<InfoLogEventType>);

/**
 * The public information log: inquiries, notices, meetings, media and observer visits,
 * complaints. Every member records; the complaint deadlines are the chair's or the package's.
 */
export const infologFeature = {
  name: 'infolog',
  migrations: [
    { version: 3, sql: INFOLOG_SCHEMA },
    { version: 9, sql: INFOLOG_COPIES_SCHEMA },
  ],
  events: {
    'infolog.entry_recorded': defineEvent({
      payload: p['infolog.entry_recorded'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'infolog.entry_corrected': defineEvent({
      payload: p['infolog.entry_corrected'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'infolog.entry_withdrawn': defineEvent({
      payload: p['infolog.entry_withdrawn'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'infolog.observer_checked_out': defineEvent({
      payload: p['infolog.observer_checked_out'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'infolog.complaint_answered': defineEvent({
      payload: p['infolog.complaint_answered'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'infolog.deadlines_set': defineEvent({
      payload: p['infolog.deadlines_set'],
      authority: { actor: ['settings.edit'], actorless: ['package'] },
      apply,
    }),
  },
  projectionTables: INFOLOG_PROJECTION_TABLES,
  errorCodes: INFOLOG_ERROR_CODES,
  handlers: (ctx) =>
    infologHandlers({
      db: ctx.db,
      log: ctx.log,
      clock: ctx.clock,
      precinct: ctx.precinct,
      requireSession: (permission) => ctx.sessions.require(permission),
    }),
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
