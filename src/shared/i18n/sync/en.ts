/** Sync on the precinct side: packages, sync files, export history. */
export const syncEn = {
  'errors.no_package': 'This laptop has not loaded its precinct package yet: load it first.',
} as const;
