/** The laptop's backups to the chair's folder (docs/backups.md). */
export const backupEn = {
  'audit.type.backup.folder_set': 'Backup folder named',
  'audit.summary.backupFolder': 'Backups go to {folder}',
  'errors.backup_folder_not_set': 'No backup folder is named yet: the chair names one in Settings.',
  'errors.backup_folder_missing':
    'The backup folder is not there: insert the backup stick, or name another folder.',
  'errors.backup_store_unsealed':
    'No backup is written until the chair has set a PIN: until then the store opens without one.',
  'errors.backup_damaged':
    'This file is not a whole backup: it was cut short or changed. Choose an older backup.',
  'errors.backup_not_found': 'No backup was found in that folder.',
};
