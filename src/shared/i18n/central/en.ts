/** Supervisor mode: the central commission's screens. */
export const centralEn = {
  'errors.central_not_initialized':
    'Supervisor mode is not started in this data folder: the central key is not made yet.',
  'errors.central_key_exists':
    'This data folder already holds a central key; it is never replaced.',
  'errors.precinct_folder':
    'This data folder belongs to a precinct that is set up; supervisor mode needs a folder of its own.',
  'errors.spec_invalid': 'The precinct specification is not valid: {problem}.',
  'errors.voter_list_errors': 'The voter list has {errors} rows with errors; no package was made.',
  'errors.precinct_not_found': 'No such precinct in the central store.',
  'errors.device_not_found': 'No such device in the central store.',
  'errors.device_revoked': 'This device is already revoked.',
  'errors.alarm_not_found': 'No such alarm.',
  'errors.alarm_decided': 'A decision on this alarm is already recorded.',
  'errors.import_run_not_found': 'No such import run.',
} as const;
