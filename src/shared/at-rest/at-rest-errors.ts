/** Error codes of a precinct folder locked at rest (spread into ERROR_CODES in ../result.ts). */
export const AT_REST_ERROR_CODES = [
  // the door file (docs/at-rest.md) is damaged, missing beside an encrypted store, or names
  // a store that is not there or not the one it seals
  'door_damaged',
  'door_missing',
  'store_missing',
  'door_mismatch',
  // the store waits for a secret (a PIN, the recovery code, the handover code)
  'store_locked',
  // a folder's own secret (given at `voters import` into a new folder) does not open it
  'wrong_passphrase',
  // the precinct was closed after its final export: the store opens read-only for review
  'precinct_closed',
  'precinct_not_exported',
  // a PIN's wrap is sealed by an OS keystore this host cannot use (the command line, the
  // Chromium host, another laptop or account): nothing tried, nothing counted
  'pin_bound_to_os_keystore',
] as const;
