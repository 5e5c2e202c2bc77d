import type { syncEn } from './en';

/** Sync on the precinct side: packages, sync files, export history. */
export const syncKk: Record<keyof typeof syncEn, string> = {
  'errors.no_package': 'Бұл ноутбук учаскенің пакетін әлі жүктеген жоқ: алдымен оны жүктеңіз.',
};
