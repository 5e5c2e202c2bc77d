import type { votedListPluralEn } from './plurals-en';

/** Счётные сообщения списка проголосовавших: one (1, 21), few (2–4), many (0, 5–20). */
export const votedListPluralRu: Record<
  keyof typeof votedListPluralEn,
  { one: string; few: string; many: string }
> = {
  'votedList.count': {
    one: 'Бюллетень получил {count} избиратель.',
    few: 'Бюллетень получили {count} избирателя.',
    many: 'Бюллетень получили {count} избирателей.',
  },
};
