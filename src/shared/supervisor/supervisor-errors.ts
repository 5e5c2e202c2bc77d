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
  // a page of the precincts table asked for with a bad sort, page or search
  'precinct_query_invalid',
  // the central store locked at rest (central-door.ts)
  'wrong_passphrase',
  'passphrase_too_short',
  'unknown_account',
  'central_locked',
  'central_door_damaged',
  'account_locked_out',
  'central_busy',
  // accounts and roles (central-roles.ts)
  'not_permitted',
  'passphrase_change_required',
  'last_administrator',
  'account_inactive',
  'account_active',
  'account_exists',
] as const;

/**
 * What is wrong with a precinct specification (`spec_invalid`'s `details.reason`, with the
 * dotted `field` it concerns and, for an unknown key, the `key`): the screens say it as a
 * sentence in the user's language (`spec.problem.<reason>`), never the validator's text.
 */
export const SPEC_PROBLEMS = [
  'not_json',
  'unknown_key',
  'missing',
  'wrong_type',
  'too_long',
  'too_short',
  'not_allowed',
  'invalid',
  'one_chair',
  'country_abroad',
  'time_zone',
  'hours_order',
  'other_election',
  'unknown_line',
  'duplicate_line',
  'missing_line',
] as const;
export type SpecProblem = (typeof SPEC_PROBLEMS)[number];
