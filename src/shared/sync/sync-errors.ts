/** Error codes of the precinct side of sync (spread into ERROR_CODES in ../result.ts). */
export const SYNC_ERROR_CODES = ['no_package'] as const;
