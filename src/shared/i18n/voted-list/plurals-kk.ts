import type { votedListPluralEn } from './plurals-en';

/** Дауыс бергендер тізімінің санайтын хабарлары (сан есімнен кейін зат есім жекеше). */
export const votedListPluralKk: Record<
  keyof typeof votedListPluralEn,
  { one: string; other: string }
> = {
  'votedList.count': {
    one: '{count} сайлаушы бюллетень алды.',
    other: '{count} сайлаушы бюллетень алды.',
  },
};
