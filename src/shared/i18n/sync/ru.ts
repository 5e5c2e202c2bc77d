import type { syncEn } from './en';

/** Sync on the precinct side: packages, sync files, export history. */
export const syncRu: Record<keyof typeof syncEn, string> = {
  'errors.no_package': 'На этот ноутбук ещё не загружен пакет участка: сначала загрузите его.',
};
