import { PROTOCOL_ERROR_CODES } from '@shared/protocol/protocol-errors';
import { protocolPayloads as p, type ProtocolEventType } from '@shared/protocol/protocol-events';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import type { LoggedEvent } from '../../kernel/events/logged-event';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import { protocolHandlers } from './protocol-handlers';
import { applyProtocolEvent } from './protocol-projection';
import {
  PROTOCOL_LINES_SCHEMA,
  PROTOCOL_PROJECTION_TABLES,
  PROTOCOL_SCHEMA,
} from './protocol-schema';

const apply = (db: Db, event: LoggedEvent) =>
  applyProtocolEvent(db, event as StoredEvent<ProtocolEventType>);

/** The chair's acts of the voting day: only the chair's role holds `protocol.manage`. */
const chair = { actor: ['protocol.manage'], actorless: [] } as const;

/**
 * The voting day from the opening to the signed protocol (docs/protocol.md): the ballot the
 * package brought, the opening, ballots moved and spoiled, turnout reports, the close and
 * every signed version of the results protocol.
 */
export const protocolFeature = {
  name: 'protocol',
  migrations: [
    { version: 8, sql: PROTOCOL_SCHEMA },
    { version: 9, sql: PROTOCOL_LINES_SCHEMA },
  ],
  events: {
    'protocol.ballot_set': defineEvent({
      payload: p['protocol.ballot_set'],
      authority: { actor: ['settings.edit'], actorless: ['package'] },
      apply,
    }),
    'voting.opened': defineEvent({ payload: p['voting.opened'], authority: chair, apply }),
    'ballots.moved': defineEvent({ payload: p['ballots.moved'], authority: chair, apply }),
    'ballot.spoiled': defineEvent({
      payload: p['ballot.spoiled'],
      authority: { actor: ['ballot.issue'], actorless: [] },
      apply,
    }),
    'turnout.report_sent': defineEvent({
      payload: p['turnout.report_sent'],
      authority: { actor: ['record'], actorless: [] },
      apply,
    }),
    'voting.closed': defineEvent({ payload: p['voting.closed'], authority: chair, apply }),
    'protocol.signed': defineEvent({ payload: p['protocol.signed'], authority: chair, apply }),
  },
  projectionTables: PROTOCOL_PROJECTION_TABLES,
  errorCodes: PROTOCOL_ERROR_CODES,
  handlers: (ctx) =>
    protocolHandlers({
      db: ctx.db,
      log: ctx.log,
      clock: ctx.clock,
      deviceId: ctx.deviceId,
      precinct: ctx.precinct,
      requireSession: (permission) => ctx.sessions.require(permission),
    }),
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
