import type { dayToolPluralEn } from './plurals-en';

export const dayToolPluralRu: Record<
  keyof typeof dayToolPluralEn,
  { one: string; few: string; many: string }
> = {
  'packages.rowsRead': { one: '{count} строка', few: '{count} строки', many: '{count} строк' },
  'packages.errorRows': {
    one: '{count} строка с ошибками',
    few: '{count} строки с ошибками',
    many: '{count} строк с ошибками',
  },
  'packages.errorsInAll': {
    one: 'всего {count} ошибка',
    few: 'всего {count} ошибки',
    many: 'всего {count} ошибок',
  },
};
