import type { centralEn } from './en';

/** Supervisor mode: the central commission's screens. */
export const centralRu: Record<keyof typeof centralEn, string> = {
  'errors.central_not_initialized':
    'Режим руководителя в этой папке данных не запущен: центральный ключ ещё не создан.',
  'errors.central_key_exists':
    'В этой папке данных уже есть центральный ключ; он никогда не заменяется.',
  'errors.precinct_folder':
    'Эта папка данных принадлежит настроенному участку; для режима руководителя нужна отдельная папка.',
  'errors.spec_invalid': 'Описание участка неверно: {problem}.',
  'errors.voter_list_errors': 'В списке избирателей строк с ошибками: {errors}; пакет не создан.',
  'errors.precinct_not_found': 'Такого участка нет в центральном хранилище.',
  'errors.device_not_found': 'Такого устройства нет в центральном хранилище.',
  'errors.device_revoked': 'Это устройство уже отозвано.',
  'errors.alarm_not_found': 'Такой тревоги нет.',
  'errors.alarm_decided': 'Решение по этой тревоге уже записано.',
  'errors.import_run_not_found': 'Такого импорта нет.',
};
