import type { BackupProblem } from '@shared/backup/backup-contract';
import type { MessageKey } from '@shared/i18n';

/** Why the last backup failed, in words (every code of the contract has its text). */
export const REASON_KEYS: Record<BackupProblem['code'], MessageKey> = {
  backup_folder_missing: 'backupUi.reason.backup_folder_missing',
  disk_full: 'backupUi.reason.disk_full',
  read_only_medium: 'backupUi.reason.read_only_medium',
  io_error: 'backupUi.reason.io_error',
  backup_store_unsealed: 'backupUi.reason.backup_store_unsealed',
};
