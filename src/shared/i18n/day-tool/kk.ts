import type { dayToolEn } from './en';

export const dayToolKk: Record<keyof typeof dayToolEn, string> = {
  'supervisor.packages.checking': 'Сайлаушылар тізімі тексерілуде…',
  'supervisor.packages.listBlocked':
    'Бұл тізімнен пакет жасалмайды: {rows} ({errors}). Тізімді түзетіп, оны қайта таңдаңыз.',
  'supervisor.packages.listReady': 'Тізім тексерілді: {rows}, қате жоқ.',
  'supervisor.packages.cannotCheck': 'Бұл файлдардан пакет жасалмайды: {problem}',

  'date.part.day': 'күн',
  'date.part.month': 'ай',
  'date.part.year': 'жыл',
  'date.part.hour': 'сағат',
  'date.part.minute': 'минут',
  'date.calendar.open': 'Күнді күнтізбеден таңдау: {field}',
  'date.calendar.label': 'Күнтізбе: {field}',
  'date.calendar.previous': 'Алдыңғы ай',
  'date.calendar.next': 'Келесі ай',
};
