import type { dayToolEn } from './en';

export const dayToolRu: Record<keyof typeof dayToolEn, string> = {
  'supervisor.packages.checking': 'Проверяем список избирателей…',
  'supervisor.packages.listBlocked':
    'Из этого списка пакет не создать: {rows} ({errors}). Исправьте список и выберите его снова.',
  'supervisor.packages.listReady': 'Список проверен: {rows}, ошибок нет.',
  'supervisor.packages.cannotCheck': 'Из этих файлов пакет не создать: {problem}',

  'date.part.day': 'день',
  'date.part.month': 'месяц',
  'date.part.year': 'год',
  'date.part.hour': 'часы',
  'date.part.minute': 'минуты',
  'date.calendar.open': 'Выбрать дату в календаре: {field}',
  'date.calendar.label': 'Календарь: {field}',
  'date.calendar.previous': 'Предыдущий месяц',
  'date.calendar.next': 'Следующий месяц',
};
