/** The laptop's backups as other parts of the core (and the command line) see them. */
export { backupFeature } from './feature';
export { backupSource } from './backup-handlers';
export { writeBackup } from './backup-writer';
export { backupFolder } from './backup-folder';
export {
  BACKUP_EXTENSION,
  BACKUPS_KEPT,
  listBackups,
  readBackup,
  readBackupHeader,
  headerSignedByDevice,
  type BackupHeader,
} from './backup-file';
export { restoreFromBackup, type Restored } from './restore';
