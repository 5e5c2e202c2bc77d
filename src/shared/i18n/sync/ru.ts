import type { syncEn } from './en';

/** Sync on the precinct side: packages, sync files, export history. */
export const syncRu: Record<keyof typeof syncEn, string> = {};
