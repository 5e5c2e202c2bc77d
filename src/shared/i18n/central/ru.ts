import type { centralEn } from './en';

/** Supervisor mode: the central commission's screens. */
export const centralRu: Record<keyof typeof centralEn, string> = {
  'errors.not_available': 'Эта часть режима руководителя недоступна.',
};
