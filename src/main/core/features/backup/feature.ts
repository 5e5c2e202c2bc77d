import { BACKUP_ERROR_CODES } from '@shared/backup/backup-errors';
import type { CoreContext } from '../../context';
import { defineEvent, type FeatureDescriptor } from '../../kernel/feature';
import { backupHandlers } from './backup-handlers';
import { backupPayloadSchemas as p } from './backup-payloads';

/**
 * The laptop's continuous backups to the chair's folder (docs/backups.md): the folder named as
 * an event, a timer in the main process writing encrypted backups there, and their status.
 */
export const backupFeature = {
  name: 'backup',
  migrations: [],
  events: {
    'backup.folder_set': defineEvent({
      payload: p['backup.folder_set'],
      authority: { actor: ['settings.edit'], actorless: [] },
      // The folder is read from the log itself (backup-folder.ts): no table.
      apply: 'log-only',
    }),
    'backup.restored': defineEvent({
      payload: p['backup.restored'],
      authority: { actor: ['precinct.setup'], actorless: [] },
      apply: 'log-only',
    }),
  },
  projectionTables: [],
  errorCodes: BACKUP_ERROR_CODES,
  handlers: backupHandlers,
} satisfies FeatureDescriptor<keyof typeof p, CoreContext>;
