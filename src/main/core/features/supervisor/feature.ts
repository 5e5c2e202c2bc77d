import { SUPERVISOR_ERROR_CODES } from '@shared/supervisor/supervisor-errors';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';
import { claimFolderMode } from '../../kernel/folder-mode';
import type { FeatureDescriptor } from '../../kernel/feature';
import { stagingHandlers } from './staging';
import { supervisorHandlers } from './supervisor-handlers';
import { SupervisorStore } from './store-handle';

/**
 * Supervisor mode: the central commission's store (`central.db`, a database of its own beside
 * the precinct's), the packages it makes, the sync files it imports, its dashboard and alarms.
 * Nothing of it lives in the precinct's database, so it declares no migration and no event.
 */
export const supervisorFeature = {
  name: 'supervisor',
  migrations: [],
  events: {},
  projectionTables: [],
  errorCodes: SUPERVISOR_ERROR_CODES,
  handlers: (ctx) => {
    // The members' auto-lock setting is the supervisor's too.
    const store = new SupervisorStore(ctx.dataDir, () => ctx.precinct.settings().autoLockMinutes);
    ctx.onClose(() => store.close());
    return {
      ...supervisorHandlers({
        store,
        clock: ctx.clock,
        fileHandles: ctx.fileHandles,
        claimSupervisorFolder: () =>
          ctx.db
            .transaction(() => {
              if (ctx.precinct.isSetUp()) {
                throw new DomainError(
                  'precinct_folder',
                  'This data folder holds a set-up precinct',
                );
              }
              claimFolderMode(ctx.db, 'supervisor', new Date(ctx.clock.now()).toISOString());
            })
            .immediate(),
        isSupervisorFolder: () => ctx.mode() === 'supervisor',
      }),
      ...stagingHandlers(ctx.dataDir, () => ctx.mode() === 'supervisor', ctx.fileHandles),
    };
  },
} satisfies FeatureDescriptor<never, CoreContext>;
