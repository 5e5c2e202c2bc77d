/** Supervisor mode: the central commission's screens. */
export const centralEn = {} as const;
