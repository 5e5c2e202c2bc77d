/** Error codes of choosing and writing files (gathered into ERROR_CODES in ../result.ts). */
export const FILE_ERROR_CODES = [
  'dialog_cancelled',
  'path_not_found',
  'file_exists',
  'io_error',
  /** The disk or stick written to is full (a file or the database). */
  'disk_full',
  /** The disk or stick written to is read-only or protected. */
  'read_only_medium',
  /** A file handle that is unknown, expired, spent, another session's or for another use. */
  'file_handle_invalid',
] as const;
