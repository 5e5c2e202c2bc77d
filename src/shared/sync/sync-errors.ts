/** Error codes of the precinct side of sync (spread into ERROR_CODES in ../result.ts). */
export const SYNC_ERROR_CODES = [
  'no_package',
  // a package that cannot be loaded (docs/sync-format.md)
  'not_a_package',
  'not_a_sync_file',
  'unsupported_version',
  'malformed',
  'too_large',
  'bad_signature',
  'body_mismatch',
  'wrong_central_key',
  // a sealed package opened with its handover code
  'wrong_handover_code',
  'handover_code_malformed',
  'handover_code_typo',
  'weak_key_stretching',
  'wrong_election',
  'wrong_precinct',
  'package_not_newer',
  // the device slot chosen at a first load: none named among several, or one not offered
  'slot_required',
  'slot_unavailable',
  'chair_pin_not_pending',
  'nothing_to_export',
  'export_verify_failed',
  'alarm_not_found',
  'alarm_decided',
] as const;
