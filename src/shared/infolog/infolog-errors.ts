/** Error codes of the public information log (gathered into ERROR_CODES in ../result.ts). */
export const INFOLOG_ERROR_CODES = [
  'entry_not_found',
  'entry_withdrawn',
  'wrong_entry_kind',
  'time_in_future',
  'invalid_local_time',
  'departure_before_arrival',
  'answered_before_received',
  'observer_mandate_required',
  'media_accreditation_required',
  'observer_already_departed',
  'complaint_already_answered',
  'observer_entry_invalid',
] as const;
