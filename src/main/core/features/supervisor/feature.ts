import { SUPERVISOR_ERROR_CODES } from '@shared/supervisor/supervisor-errors';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';
import { claimFolderMode } from '../../kernel/folder-mode';
import type { FeatureDescriptor } from '../../kernel/feature';
import { stagingHandlers } from './staging';
import { state, supervisorHandlers } from './supervisor-handlers';
import { keyBackupHandlers } from './key-backup-handlers';
import { KEY_BACKUP_ERROR_CODES } from '@shared/supervisor/key-backup-errors';
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
  errorCodes: [...SUPERVISOR_ERROR_CODES, ...KEY_BACKUP_ERROR_CODES],
  handlers: (ctx) => {
    // Its folder's own store is sealed by the central store's key once that opens; the
    // members' auto-lock setting is the supervisor's too.
    const store = new SupervisorStore(
      ctx.dataDir,
      (key) => ctx.door.sealByCentralKey(key),
      () => ctx.precinct.settings().autoLockMinutes,
    );
    ctx.onClose(() => store.close());
    return {
      ...supervisorHandlers({
        store,
        clock: ctx.clock,
        fileHandles: ctx.fileHandles,
        chainChecks: ctx.registry.chainChecks,
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
        keyBackup: keyBackupHandlers({
          store,
          clock: ctx.clock,
          fileHandles: ctx.fileHandles,
          isSupervisorFolder: () => ctx.mode() === 'supervisor',
          state: () => state(store),
        }),
      }),
      ...stagingHandlers(ctx.dataDir, () => ctx.mode() === 'supervisor', ctx.fileHandles),
    };
  },
} satisfies FeatureDescriptor<never, CoreContext>;
