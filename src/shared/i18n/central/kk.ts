import type { centralEn } from './en';

/** Supervisor mode: the central commission's screens. */
export const centralKk: Record<keyof typeof centralEn, string> = {
  'errors.central_not_initialized':
    'Бұл деректер қалтасында бақылаушы режимі іске қосылмаған: орталық кілт әлі жасалмаған.',
  'errors.central_key_exists':
    'Бұл деректер қалтасында орталық кілт бар; ол ешқашан ауыстырылмайды.',
  'errors.precinct_folder':
    'Бұл деректер қалтасы бапталған учаскеге тиесілі; бақылаушы режиміне бөлек қалта қажет.',
  'errors.spec_invalid': 'Учаске сипаттамасы дұрыс емес: {problem}.',
  'errors.voter_list_errors':
    'Сайлаушылар тізімінде қатесі бар жолдар саны: {errors}; пакет жасалмады.',
  'errors.precinct_not_found': 'Орталық қоймада мұндай учаске жоқ.',
  'errors.device_not_found': 'Орталық қоймада мұндай құрылғы жоқ.',
  'errors.device_revoked': 'Бұл құрылғы бұрын кері қайтарылған.',
  'errors.alarm_not_found': 'Мұндай дабыл жоқ.',
  'errors.alarm_decided': 'Бұл дабыл бойынша шешім жазылған.',
  'errors.import_run_not_found': 'Мұндай импорт жоқ.',
};
