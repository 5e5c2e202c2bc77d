/** Supervisor mode: the central commission's screens. */
export const centralEn = {
  'errors.not_available': 'This part of supervisor mode is not available.',
} as const;
