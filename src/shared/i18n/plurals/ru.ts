import type { PluralKey } from './en';
import { dayToolPluralRu } from '../day-tool/plurals-ru';
import { countsPluralRu } from '../counts/ru';
import { votedListPluralRu } from '../voted-list/plurals-ru';
import { precinctListPluralRu } from '../precinct-list/plurals-ru';

/** Counting messages in Russian: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export const pluralRu: Record<PluralKey, { one: string; few: string; many: string }> = {
  ...dayToolPluralRu,
  ...countsPluralRu,
  ...votedListPluralRu,
  ...precinctListPluralRu,
  'login.attemptsLeft': {
    one: 'До блокировки входа осталась {count} попытка.',
    few: 'До блокировки входа осталось {count} попытки.',
    many: 'До блокировки входа осталось {count} попыток.',
  },
  'audit.chainOk': {
    one: 'Цепочка проверена: {count} событие',
    few: 'Цепочка проверена: {count} события',
    many: 'Цепочка проверена: {count} событий',
  },
  'home.visitsWaiting': {
    one: '{count} выезд на дом ожидает',
    few: '{count} выезда на дом ожидают',
    many: '{count} выездов на дом ожидают',
  },
  'home.tripsOut': {
    one: '{count} группа сейчас на выезде',
    few: '{count} группы сейчас на выезде',
    many: '{count} групп сейчас на выезде',
  },
  'home.observersPresent': {
    one: 'Присутствует {count} наблюдатель',
    few: 'Присутствуют {count} наблюдателя',
    many: 'Присутствуют {count} наблюдателей',
  },
  'home.complaintsDue': {
    one: '{count} жалоба — срок ответа сегодня',
    few: '{count} жалобы — срок ответа сегодня',
    many: '{count} жалоб — срок ответа сегодня',
  },
  'home.complaintsOverdue': {
    one: '{count} жалоба просрочена',
    few: '{count} жалобы просрочены',
    many: '{count} жалоб просрочено',
  },
  'home.alarmsOpen': {
    one: '{count} тревога ждёт решения',
    few: '{count} тревоги ждут решения',
    many: '{count} тревог ждут решения',
  },
  'home.eventsPending': {
    one: '{count} изменение ещё не выгружено',
    few: '{count} изменения ещё не выгружены',
    many: '{count} изменений ещё не выгружено',
  },
  'home.ballots': {
    one: '{count} бюллетень',
    few: '{count} бюллетеня',
    many: '{count} бюллетеней',
  },
};
