/** Sync on the precinct side: packages, sync files, export history. */
export const syncEn = {} as const;
