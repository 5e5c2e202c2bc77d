import type { PluralKey } from './en';
import { dayToolPluralKk } from '../day-tool/plurals-kk';
import { countsPluralKk } from '../counts/kk';
import { votedListPluralKk } from '../voted-list/plurals-kk';
import { precinctListPluralKk } from '../precinct-list/plurals-kk';

/**
 * Counting messages in Kazakh. A noun after a numeral stays singular in Kazakh, so the two
 * categories CLDR gives (one, other) mostly read alike; both are written out all the same.
 */
export const pluralKk: Record<PluralKey, { one: string; other: string }> = {
  ...dayToolPluralKk,
  ...countsPluralKk,
  ...votedListPluralKk,
  ...precinctListPluralKk,
  'login.attemptsLeft': {
    one: 'Кіру бұғатталғанға дейін {count} әрекет қалды.',
    other: 'Кіру бұғатталғанға дейін {count} әрекет қалды.',
  },
  'audit.chainOk': {
    one: 'Тізбек тексерілді: {count} оқиға',
    other: 'Тізбек тексерілді: {count} оқиға',
  },
  'home.visitsWaiting': {
    one: 'Үйге {count} бару күтуде',
    other: 'Үйге {count} бару күтуде',
  },
  'home.tripsOut': {
    one: 'Қазір {count} топ сапарда',
    other: 'Қазір {count} топ сапарда',
  },
  'home.observersPresent': {
    one: '{count} байқаушы қатысып отыр',
    other: '{count} байқаушы қатысып отыр',
  },
  'home.complaintsDue': {
    one: 'Жауап мерзімі бүгін бітетін {count} шағым',
    other: 'Жауап мерзімі бүгін бітетін {count} шағым',
  },
  'home.complaintsOverdue': {
    one: 'Мерзімі өткен {count} шағым',
    other: 'Мерзімі өткен {count} шағым',
  },
  'home.alarmsOpen': {
    one: 'Шешім күтетін {count} дабыл',
    other: 'Шешім күтетін {count} дабыл',
  },
  'home.eventsPending': {
    one: 'Әлі экспортталмаған {count} өзгеріс',
    other: 'Әлі экспортталмаған {count} өзгеріс',
  },
  'home.ballots': { one: '{count} бюллетень', other: '{count} бюллетень' },
};
