/** Error codes of the commission's members: sessions, PINs, the list of members (gathered into ERROR_CODES in ../result.ts). */
export const MEMBERS_ERROR_CODES = [
  'not_logged_in',
  'session_locked',
  'forbidden',
  'wrong_pin',
  'locked_out',
  'pin_format',
  'pin_reused',
  'pin_mismatch',
  'no_pin',
  'pin_change_required',
  'member_inactive',
  'member_not_found',
  'recovery_code_invalid',
  'chair_required',
  'one_chair_only',
  'cannot_deactivate_self',
] as const;
