import type { precinctListPluralEn } from './plurals-en';

/** Kazakh: a noun after a numeral stays singular, so both categories read alike. */
export const precinctListPluralKk: Record<
  keyof typeof precinctListPluralEn,
  { one: string; other: string }
> = {
  'precinctList.found': {
    one: '{count} учаске сәйкес келеді; {from}–{to} жолдар көрсетілген.',
    other: '{count} учаске сәйкес келеді; {from}–{to} жолдар көрсетілген.',
  },
  'precinctList.devicesFound': {
    one: '{count} құрылғы сәйкес келеді; {from}–{to} жолдар көрсетілген.',
    other: '{count} құрылғы сәйкес келеді; {from}–{to} жолдар көрсетілген.',
  },
};
