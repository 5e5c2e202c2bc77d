import type { centralEn } from './en';

/** Supervisor mode: the central commission's screens. */
export const centralKk: Record<keyof typeof centralEn, string> = {
  'errors.not_available': 'Бақылаушы режимінің бұл бөлігі қолжетімсіз.',
};
