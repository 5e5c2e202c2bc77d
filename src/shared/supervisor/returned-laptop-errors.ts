/**
 * A precinct laptop handed back to the central commission, opened with the commission's key
 * (the door's `central_wrap`, docs/at-rest.md): read only, its folder never written.
 */
export const RETURNED_LAPTOP_ERROR_CODES = [
  /** The folder holds no precinct's store and door (or a supervisor's). */
  'not_precinct_folder',
  /** The door holds no copy of the key for the commission (a precinct set up by hand). */
  'no_central_wrap',
  /** The copy was made for another commission's key. */
  'central_key_mismatch',
  /** The key the copy gives does not open the store (damaged, or not this door's store). */
  'laptop_store_unreadable',
] as const;
