/** Error codes of the laptop's backups (spread into ERROR_CODES in ../result.ts). */
export const BACKUP_ERROR_CODES = [
  // no backup folder was named by the chair
  'backup_folder_not_set',
  // the folder named is not there (the stick is out) or is not a folder
  'backup_folder_missing',
  // the store opens without a secret yet (no PIN set): a backup would carry its key in clear
  'backup_store_unsealed',
  // a file that is not a whole backup of this format (cut short, changed, another file)
  'backup_damaged',
  // no backup in the folder named
  'backup_not_found',
  // a restore's new data folder already holds a store
  'restore_target_not_empty',
  // the package given to a restore is another precinct's or election's
  'restore_wrong_package',
] as const;
