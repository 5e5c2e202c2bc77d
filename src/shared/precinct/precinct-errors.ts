/** Error codes of the precinct's setup and clock (gathered into ERROR_CODES in ../result.ts). */
export const PRECINCT_ERROR_CODES = [
  'not_set_up',
  'already_set_up',
  // precinct setup or a package load in a data folder that is supervisor mode's
  'supervisor_folder',
  'invalid_time_zone',
  'invalid_voting_hours',
] as const;
