/** Error codes of the precinct's setup and clock (gathered into ERROR_CODES in ../result.ts). */
export const PRECINCT_ERROR_CODES = [
  'not_set_up',
  'already_set_up',
  'invalid_time_zone',
  'invalid_voting_hours',
] as const;
