import { SYNC_ERROR_CODES } from '@shared/sync/sync-errors';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import { isOwnEvent } from '../../kernel/device-identity';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import { failedCheckpoint } from './checkpoint';
import { applyIdentity } from './identity-projection';
import { syncPayloadSchemas as p } from './sync-payloads';
import { SYNC_PROJECTION_TABLES, SYNC_SCHEMA, SYNC_SLOTS_SCHEMA } from './sync-schema';
import { syncHandlers } from './sync-handlers';
import { closingHandlers } from './closing-handlers';

/**
 * The precinct side of the air gap: the package loaded (before any login at first run, by the
 * chair afterwards), sync files exported for the central commission, other laptops' files
 * imported, and the alarms they raise.
 */
export const syncFeature = {
  name: 'sync',
  migrations: [
    { version: 5, sql: SYNC_SCHEMA },
    { version: 7, sql: SYNC_SLOTS_SCHEMA },
  ],
  events: {
    'sync.device_enrolled': defineEvent({
      payload: p['sync.device_enrolled'],
      authority: { actor: ['precinct.setup'], actorless: ['package'] },
      // The slot's certificate is kept in sync_keys; the log carries it to the central store.
      apply: 'log-only',
    }),
    'sync.package_loaded': defineEvent({
      payload: p['sync.package_loaded'],
      authority: { actor: ['precinct.setup'], actorless: ['package'] },
      apply: 'log-only',
    }),
    'sync.alarm_decided': defineEvent({
      payload: p['sync.alarm_decided'],
      authority: { actor: ['precinct.setup'], actorless: [] },
      apply: 'log-only',
    }),
    'sync.precinct_closed': defineEvent({
      payload: p['sync.precinct_closed'],
      authority: { actor: ['precinct.setup'], actorless: [] },
      apply: 'log-only',
    }),
  },
  reactions: {
    // A package's setup names the identity the central commission knows the precinct by.
    // (this laptop's own setup: another laptop's never changes it here).
    'precinct.setup_completed': (db, event) => {
      if (isOwnEvent(db, event)) {
        applyIdentity(db, (event as StoredEvent<'precinct.setup_completed'>).payload);
      }
    },
  },
  projectionTables: SYNC_PROJECTION_TABLES,
  // A tail rewritten (every hash recomputed) or cut after an export no longer matches the
  // checkpoint that export signed.
  chainChecks: [
    (db) => {
      const checkpoint = failedCheckpoint(db);
      return checkpoint
        ? { deviceId: checkpoint.device_id, seq: checkpoint.seq, reason: 'checkpoint_mismatch' }
        : null;
    },
  ],
  errorCodes: SYNC_ERROR_CODES,
  handlers: (ctx) => ({
    ...closingHandlers(ctx),
    ...syncHandlers({
      fileHandles: ctx.fileHandles,
      db: ctx.db,
      log: ctx.log,
      clock: ctx.clock,
      precinct: ctx.precinct,
      members: ctx.members,
      auth: ctx.auth,
      requireSession: (permission) => ctx.sessions.require(permission),
      exclusive: (work) => ctx.exclusive(work),
      grantFileAccess: () => ctx.grantFileAccess(),
      listChanged: () => ctx.listChanged(),
      exported: () => ctx.exported(),
      rebuildProjections: () => ctx.rebuildProjections(),
      registry: ctx.registry,
      door: ctx.door,
    }),
  }),
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
