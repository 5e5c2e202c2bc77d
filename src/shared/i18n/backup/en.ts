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
  'audit.type.backup.restored': 'Laptop restored from a backup',
  'audit.summary.backupRestored':
    'Restored from laptop {device}’s backup (its events to No. {seq}); this laptop took slot {slot}',
  'errors.restore_target_not_empty':
    'That data folder already holds a precinct’s store: restore into a new, empty folder.',
  'errors.restore_wrong_package':
    'This package is another precinct’s or another election’s: use the package of the precinct the backup belongs to.',
};
