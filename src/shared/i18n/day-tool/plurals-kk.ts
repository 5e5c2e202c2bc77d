import type { dayToolPluralEn } from './plurals-en';

export const dayToolPluralKk: Record<keyof typeof dayToolPluralEn, { one: string; other: string }> =
  {
    'packages.rowsRead': { one: '{count} жол', other: '{count} жол' },
    'packages.errorRows': { one: 'қатесі бар {count} жол', other: 'қатесі бар {count} жол' },
    'packages.errorsInAll': { one: 'барлығы {count} қате', other: 'барлығы {count} қате' },
  };
