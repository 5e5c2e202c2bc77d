import { PRECINCT_ERROR_CODES } from '@shared/precinct/precinct-errors';
import type { CoreContext } from '../../context';
import type { StoredEvent } from '../../events';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import { precinctPayloadSchemas as p } from './precinct-payloads';
import { precinctHandlers } from './precinct-handlers';
import { applyClockConfirmed, applySettings, applySetup } from './precinct-projection';
import { PRECINCT_MIGRATIONS } from './precinct-schema';

/** The precinct itself: its identity and voting day, its settings, its confirmed clock. */
export const precinctFeature = {
  name: 'precinct',
  migrations: PRECINCT_MIGRATIONS,
  events: {
    'precinct.setup_completed': defineEvent({
      payload: p['precinct.setup_completed'],
      // Set up by hand by the chair being created, or from a package before any login.
      authority: { actor: ['precinct.setup'], actorless: ['package'] },
      apply: (db, e) => applySetup(db, e as StoredEvent<'precinct.setup_completed'>),
    }),
    'settings.changed': defineEvent({
      payload: p['settings.changed'],
      authority: { actor: ['settings.edit'], actorless: [] },
      apply: (db, e) => applySettings(db, e as StoredEvent<'settings.changed'>),
    }),
    'clock.confirmed': defineEvent({
      payload: p['clock.confirmed'],
      authority: { actor: ['clock.confirm'], actorless: [] },
      apply: (db, e) => applyClockConfirmed(db, e as StoredEvent<'clock.confirmed'>),
    }),
  },
  projectionTables: ['precinct', 'settings', 'clock_confirmations'],
  errorCodes: PRECINCT_ERROR_CODES,
  handlers: precinctHandlers,
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
