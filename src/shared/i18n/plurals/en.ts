/**
 * Messages that count something, one text per plural category (see ../plural.ts). English is
 * the reference: its keys are the ones every language fills, each in its own categories.
 */
import { dayToolPluralEn } from '../day-tool/plurals-en';
import { countsPluralEn } from '../counts/en';
import { votedListPluralEn } from '../voted-list/plurals-en';
import { precinctListPluralEn } from '../precinct-list/plurals-en';

export const pluralEn = {
  ...dayToolPluralEn,
  ...countsPluralEn,
  ...votedListPluralEn,
  ...precinctListPluralEn,
  'login.attemptsLeft': {
    one: '{count} attempt left before logging in is blocked.',
    other: '{count} attempts left before logging in is blocked.',
  },
  'audit.chainOk': {
    one: 'Chain verified: {count} event',
    other: 'Chain verified: {count} events',
  },
  'home.visitsWaiting': {
    one: '{count} home visit waiting',
    other: '{count} home visits waiting',
  },
  'home.tripsOut': { one: '{count} trip out now', other: '{count} trips out now' },
  'home.observersPresent': {
    one: '{count} observer present',
    other: '{count} observers present',
  },
  'home.complaintsDue': {
    one: '{count} complaint due today',
    other: '{count} complaints due today',
  },
  'home.complaintsOverdue': {
    one: '{count} complaint overdue',
    other: '{count} complaints overdue',
  },
  'home.alarmsOpen': { one: '{count} alarm to decide', other: '{count} alarms to decide' },
  'home.eventsPending': {
    one: '{count} change not exported yet',
    other: '{count} changes not exported yet',
  },
  'home.ballots': { one: '{count} ballot', other: '{count} ballots' },
} satisfies Record<string, { one: string; other: string }>;

export type PluralKey = keyof typeof pluralEn;
