/**
 * Error codes of the central key backup (docs/key-backup.md), spread into ERROR_CODES in
 * ../result.ts. Each refuses a backup or a restore before anything is written.
 */
export const KEY_BACKUP_ERROR_CODES = [
  // the file does not start as a key backup does
  'not_a_key_backup',
  // a key backup of a format version this app does not read
  'key_backup_version',
  // the readable header does not parse, or its fields are out of range
  'key_backup_damaged',
  // shorter than its header says: cut off while copied
  'key_backup_truncated',
  // the passphrase is right but a byte of the file was changed (or added)
  'key_backup_altered',
  // the backup's passphrase does not open it
  'wrong_backup_passphrase',
  // over the size any backup can have: refused before it is read
  'key_backup_too_large',
  // the decrypted registry does not hold together (a key that is not its public half's)
  'key_backup_inconsistent',
  // a restore goes only into a new supervisor folder: this one holds a central store
  'central_store_exists',
  // keys and backups are the administrator's
  'administrator_only',
] as const;
