/** A backup file's ending (docs/backups.md, "The file"), offered by the pickers. */
export const BACKUP_EXTENSION = 'pdbackup';
