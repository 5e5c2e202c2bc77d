/** The backup operations (src/shared/backup/backup-contract.ts) over the one context. */
import type { BackupStatus } from '@shared/backup/backup-contract';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';
import { ANY_ENDING } from '../files';
import { deviceKey, readKeys } from '../sync';
import { backupFolder } from './backup-folder';
import { BackupKeeper } from './backup-keeper';
import { removeLeftCopies, type BackupSource } from './backup-writer';
import { previewBackup, restoreInApp } from './restore-in-app';

/** What a backup of this context's store is made from. */
export function backupSource(ctx: CoreContext): BackupSource {
  return {
    db: ctx.db,
    dataDir: ctx.dataDir,
    clock: ctx.clock,
    deviceId: ctx.deviceId,
    idle: () => ctx.idle(),
    door: () => ctx.door.snapshot(),
    deviceKey: () => deviceKey(ctx.db),
    facts: () => {
      const keys = readKeys(ctx.db);
      return {
        electionId: keys?.election_id ?? null,
        precinctId: keys?.precinct_id ?? null,
        precinctNumber: ctx.precinct.get()?.precinctNumber ?? null,
        slot: keys?.slot ?? null,
      };
    },
  };
}

export function backupHandlers(ctx: CoreContext) {
  removeLeftCopies(ctx.dataDir);
  const keeper = new BackupKeeper(backupSource(ctx), () =>
    ctx.mode() === 'precinct' ? backupFolder(ctx.db, ctx.deviceId) : null,
  );
  keeper.start();
  ctx.onClose(() => keeper.stop());
  ctx.onExported(() => keeper.exported());
  return {
    getBackupStatus: (): Promise<BackupStatus> => {
      // Read on a timer by every screen's header: a read that is not the member's input, so
      // it must not keep the session from idling out (require() would count as activity).
      if (!ctx.sessions.current()) {
        throw new DomainError('not_logged_in', 'No member is logged in');
      }
      return keeper.status();
    },
    setBackupFolder: ({ folderHandle }: { folderHandle: string }): Promise<BackupStatus> => {
      const actor = ctx.sessions.require('settings.edit').memberId;
      const { path } = ctx.fileHandles.resolve(folderHandle, {
        purposes: ['folder'],
        extensions: ANY_ENDING,
      });
      ctx.log.record('backup.folder_set', actor, { folder: path });
      return keeper.backup();
    },
    backupNow: (): Promise<BackupStatus> => {
      ctx.sessions.require('settings.edit');
      return keeper.backup();
    },
    previewBackup: ({ backupHandle }: { backupHandle: string }) => previewBackup(ctx, backupHandle),
    restoreBackup: (input: Parameters<typeof restoreInApp>[1]) => restoreInApp(ctx, input),
  };
}
