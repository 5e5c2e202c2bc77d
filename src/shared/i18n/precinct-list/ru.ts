import type { precinctListEn } from './en';

export const precinctListRu: Record<keyof typeof precinctListEn, string> = {
  'errors.precinct_query_invalid':
    'Таблица участков не может показать эту страницу: неверны порядок, страница или текст поиска.',
  'precinctList.search': 'Найти участок',
  'precinctList.searchHint': 'Его номер или часть названия.',
  'precinctList.pages': 'Страницы таблицы участков',
  'precinctList.none': 'Подходящих участков нет.',
  'precinctList.turnoutPage': 'По участкам: участки текущей страницы таблицы выше.',
  'precinctList.noDevice': 'Подходящих устройств нет.',
  'precinctList.devicePages': 'Страницы таблицы устройств',
};
