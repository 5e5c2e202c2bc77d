/**
 * The IIN (ИИН / ЖСН), Kazakhstan's 12-digit individual identification number: birth date
 * YYMMDD, a century-and-sex digit, a four-digit serial and a check digit (docs/domain.md, "IIN").
 * Pure: the renderer uses it too.
 */

export type Sex = 'male' | 'female';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const CODE_0 = 48;

/** True when `text` is exactly `length` ASCII digits. */
function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i) - CODE_0;
    if (c < 0 || c > 9) return false;
  }
  return true;
}

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - CODE_0) * (weights[i] as number);
  return sum % 11;
}

/** The check digit of the digits' first 11 (known to be digits), or null (never issued). */
function checkDigitOf(digits: string): number | null {
  const first = weightedMod11(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/**
 * The check digit for the first 11 digits: Σ d·w mod 11 with w = 1…11; when that is 10, again
 * with w = 3…11, 1, 2. Null when the second pass gives 10 too (such numbers are never issued)
 * or when the input is not 11 ASCII digits.
 */
export function iinCheckDigit(first11: string): number | null {
  return isDigits(first11, 11) ? checkDigitOf(first11) : null;
}

/** Null for a valid IIN; 'format' unless exactly 12 ASCII digits; 'checksum' otherwise. */
export function checkIin(iin: string): 'format' | 'checksum' | null {
  if (!isDigits(iin, 12)) return 'format';
  const expected = checkDigitOf(iin);
  return expected !== null && expected === iin.charCodeAt(11) - CODE_0 ? null : 'checksum';
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** '00'…'31', so formatting a date makes one string, not three (it runs on every row). */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

/** 'YYYY-MM-DD' when year/month/day form a real date (proleptic Gregorian), else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/** Digit 7 → the century's first year: 1/2 → 1800, 3/4 → 1900, 5/6 → 2000. */
function centuryOf(digit7: number): number | null {
  if (digit7 < 1 || digit7 > 6) return null;
  return 1800 + Math.floor((digit7 - 1) / 2) * 100;
}

function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - CODE_0) * 10 + (text.charCodeAt(at + 1) - CODE_0);
}

/**
 * The birth date an IIN encodes ('YYYY-MM-DD'), from digits 1–6 and the century digit 7.
 * Null when the text is not 12 digits, digit 7 is not 1–6 or the date does not exist.
 * The check digit is not looked at: ask checkIin for that.
 */
export function iinBirthDate(iin: string): string | null {
  if (!isDigits(iin, 12)) return null;
  const century = centuryOf(iin.charCodeAt(6) - CODE_0);
  if (century === null) return null;
  return calendarDate(century + twoDigits(iin, 0), twoDigits(iin, 2), twoDigits(iin, 4));
}

/** The sex digit 7 encodes (odd male, even female); null unless 12 digits with digit 7 in 1–6. */
export function iinSex(iin: string): Sex | null {
  if (!isDigits(iin, 12)) return null;
  const digit7 = iin.charCodeAt(6) - CODE_0;
  if (digit7 < 1 || digit7 > 6) return null;
  return digit7 % 2 === 1 ? 'male' : 'female';
}

/**
 * A spreadsheet that took the IIN for a number dropped its leading zero (everyone born in
 * 2000–2009). '0' + the 11 digits when that is a valid IIN, else null.
 */
export function restoreLeadingZero(digits11: string): string | null {
  if (!isDigits(digits11, 11)) return null;
  const iin = `0${digits11}`;
  return checkIin(iin) === null ? iin : null;
}

/**
 * Builds the valid IIN for a birth date ('YYYY-MM-DD', years 1800–2099), a sex and a serial
 * (0–9999). Null for input out of range or when both check passes give 10 (never issued).
 */
export function makeIin(birthDate: string, sex: Sex, serial: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match || !Number.isInteger(serial) || serial < 0 || serial > 9999) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (calendarDate(year, month, day) === null || year < 1800 || year > 2099) return null;
  const digit7 = Math.floor((year - 1800) / 100) * 2 + (sex === 'male' ? 1 : 2);
  const first11 =
    String(year % 100).padStart(2, '0') +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(digit7) +
    String(serial).padStart(4, '0');
  const check = iinCheckDigit(first11);
  return check === null ? null : first11 + String(check);
}
