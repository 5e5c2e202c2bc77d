/** Error codes of supervisor mode (spread into ERROR_CODES in ../result.ts). */
export const SUPERVISOR_ERROR_CODES = [
  'central_not_initialized',
  'central_key_exists',
  'precinct_folder',
  'spec_invalid',
  'voter_list_errors',
  'precinct_not_found',
  'device_not_found',
  'device_revoked',
  'alarm_not_found',
  'alarm_decided',
  'import_run_not_found',
  // the central store locked at rest (central-door.ts)
  'wrong_passphrase',
  'passphrase_too_short',
  'unknown_account',
  'central_locked',
  'central_door_damaged',
  'account_locked_out',
  'central_busy',
] as const;
