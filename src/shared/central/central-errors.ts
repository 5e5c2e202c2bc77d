/** Error codes of supervisor mode (spread into ERROR_CODES in ../result.ts). */
export const CENTRAL_ERROR_CODES = ['not_available'] as const;
