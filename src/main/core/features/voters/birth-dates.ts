/** Birth dates of a voter list: the two spellings files use, and age on voting day. */
import { calendarDate } from '@shared/voters/iin';

const VOTING_AGE = 18;
export const EARLIEST_BIRTH_DATE = '1900-01-01';

export const CODE_0 = 0x30;

/** The number written by `count` ASCII digits from `at`, or -1. */
export function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - CODE_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** 'YYYY-MM-DD' or 'D.M.YYYY' / 'DD.MM.YYYY' as 'YYYY-MM-DD'; null when not a real date. */
export function normaliseBirthDate(text: string): string | null {
  const date = text.trim();
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    return year < 0 || month < 0 || day < 0 ? null : calendarDate(year, month, day);
  }
  const firstDot = date.indexOf('.');
  const secondDot = date.indexOf('.', firstDot + 1);
  if (firstDot < 1 || firstDot > 2 || secondDot - firstDot < 2 || secondDot - firstDot > 3) {
    return null;
  }
  if (date.length !== secondDot + 5) return null;
  const day = digitsAt(date, 0, firstDot);
  const month = digitsAt(date, firstDot + 1, secondDot - firstDot - 1);
  const year = digitsAt(date, secondDot + 1, 4);
  return year < 0 || month < 0 || day < 0 ? null : calendarDate(year, month, day);
}

/**
 * The last birth date of someone who is 18 on `votingDay`: the same month and day, 18 years
 * earlier. One comes of age on the 18th birthday; someone born on 29 February comes of age on
 * 1 March in a year without that day (only then have the full 18 years passed). Comparing
 * dates as text against this bound gives exactly that: 18 years after a leap year is never a
 * leap year, so such a birthday always falls in a year without 29 February, and a birth on
 * (Y-18)-02-29 is after (Y-18)-02-28 and not after (Y-18)-03-01.
 */
export function latestAdultBirthDate(votingDay: string): string {
  const year = Number(votingDay.slice(0, 4)) - VOTING_AGE;
  return `${String(year).padStart(4, '0')}${votingDay.slice(4)}`;
}

/** Whether someone born on `birthDate` is younger than 18 on `votingDay` (both YYYY-MM-DD). */
export function isUnderAge(birthDate: string, votingDay: string): boolean {
  return birthDate > latestAdultBirthDate(votingDay);
}

/** Where digits 1–6 of an IIN (YYMMDD) sit in a YYYY-MM-DD date. */
const IIN_DATE_POSITIONS = [2, 3, 5, 6, 8, 9] as const;

/** Whether an IIN's digits 1–7 (YYMMDD and the century) spell this YYYY-MM-DD birth date. */
export function iinSpellsBirthDate(iin: string, birthDate: string): boolean {
  const century = iin.charCodeAt(6) - CODE_0; // 1/2: 18xx, 3/4: 19xx, 5/6: 20xx
  if (!(century >= 1 && century <= 6)) return false;
  if (digitsAt(birthDate, 0, 2) !== 18 + ((century - 1) >> 1)) return false;
  for (let k = 0; k < 6; k++) {
    if (iin.charCodeAt(k) !== birthDate.charCodeAt(IIN_DATE_POSITIONS[k] as number)) return false;
  }
  return true;
}
