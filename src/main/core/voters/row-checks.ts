/**
 * The checks run on every row of a voter list file, each with a stable code. Errors keep a row
 * out of the list; warnings let it in and ask the commission to look.
 */
import { foldName } from '../../../shared/voters/fold';
import {
  calendarDate,
  checkIin,
  iinBirthDate,
  iinCheckDigit,
  restoreLeadingZero,
} from '../../../shared/voters/iin';
import type { SourceRow, VoterColumn } from './list-file';

export const ROW_ERROR_CODES = [
  'missing_field',
  'column_count',
  'iin_format',
  'iin_checksum',
  'birth_date_invalid',
  'iin_birth_date_mismatch',
  'under_age',
  'duplicate_iin',
] as const;
export const ROW_WARNING_CODES = [
  'possible_duplicate',
  'iin_leading_zero',
  'lossy_encoding',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];
export type RowWarningCode = (typeof ROW_WARNING_CODES)[number];
export type RowIssueCode = RowErrorCode | RowWarningCode;

export interface RowIssue {
  row: number;
  /** Null for column_count (the row as a whole). */
  field: VoterColumn | null;
  code: RowIssueCode;
  /** English, for the CLI and JSON output; the UI translates `code`. */
  message: string;
  details?: Record<string, string | number>;
}

export interface CheckedVoter {
  iin: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  /** YYYY-MM-DD */
  birthDate: string;
  address: string;
  precinct: number | null;
  keys: {
    last: string;
    first: string;
    patronymic: string;
    /** Folded "last first patronymic". */
    name: string;
  };
}

export interface CheckedRow {
  row: number;
  /** Null when the row has any error. */
  voter: CheckedVoter | null;
  errors: RowIssue[];
  warnings: RowIssue[];
}

/** The voter list as it stands, for checks against voters already listed. */
export interface ListLookup {
  hasIin(iin: string): boolean;
  /** The IIN of a listed voter with this folded full name and birth date, if any. */
  findByNameAndBirth(nameKey: string, birthDate: string): string | null;
}

const VOTING_AGE = 18;
const EARLIEST_BIRTH_DATE = '1900-01-01';

const CODE_0 = 0x30;

/** The number written by `count` ASCII digits from `at`, or -1. */
function digitsAt(text: string, at: number, count: number): number {
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
function iinSpellsBirthDate(iin: string, birthDate: string): boolean {
  const century = iin.charCodeAt(6) - CODE_0; // 1/2: 18xx, 3/4: 19xx, 5/6: 20xx
  if (!(century >= 1 && century <= 6)) return false;
  if (digitsAt(birthDate, 0, 2) !== 18 + ((century - 1) >> 1)) return false;
  for (let k = 0; k < 6; k++) {
    if (iin.charCodeAt(k) !== birthDate.charCodeAt(IIN_DATE_POSITIONS[k] as number)) return false;
  }
  return true;
}

const FIELD_LABELS: Readonly<Record<VoterColumn, string>> = {
  iin: 'IIN',
  last_name: 'surname',
  first_name: 'given name',
  patronymic: 'patronymic',
  birth_date: 'birth date',
  address: 'address',
  precinct: 'precinct',
};

const REQUIRED_FIELDS: readonly VoterColumn[] = [
  'iin',
  'last_name',
  'first_name',
  'birth_date',
  'address',
];
const NAME_FIELDS: readonly VoterColumn[] = ['last_name', 'first_name', 'patronymic'];

const SCIENTIFIC = /^\d+([.,]\d+)?[eE][+-]?\d+$/;

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - CODE_0;
    if (!(digit >= 0 && digit <= 9)) return false;
  }
  return text.length > 0;
}

type IinReading =
  | { ok: true; iin: string; restored: boolean }
  | { ok: false; code: 'iin_format' | 'iin_checksum'; message: string };

/** An IIN cell as written: 12 digits, or 11 whose leading zero a spreadsheet dropped. */
function readIin(text: string): IinReading {
  if (text.length === 12 && isDigits(text)) {
    if (checkIin(text) === null) return { ok: true, iin: text, restored: false };
    const neverIssued = iinCheckDigit(text.slice(0, 11)) === null;
    return {
      ok: false,
      code: 'iin_checksum',
      message: neverIssued
        ? 'The IIN is of a kind never issued (both check passes give 10).'
        : 'The IIN check digit is wrong.',
    };
  }
  if (text.length === 11 && isDigits(text)) {
    const iin = restoreLeadingZero(text);
    if (iin !== null) return { ok: true, iin, restored: true };
  }
  const message = SCIENTIFIC.test(text)
    ? 'The IIN is in scientific notation: the spreadsheet rounded it and its digits are lost.'
    : 'The IIN must be 12 digits.';
  return { ok: false, code: 'iin_format', message };
}

/** A precinct number ("123", "№ 123"); null when absent or not a number. */
function readPrecinct(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  let at = 0;
  if (text.charCodeAt(0) === 0x2116) at = text.charCodeAt(1) === 0x20 ? 2 : 1; // №
  const count = text.length - at;
  if (count < 1 || count > 9) return null;
  const value = digitsAt(text, at, count);
  return value < 0 ? null : value;
}

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A 52-bit hash of a folded name and a birth date: two 32-bit FNV-1a-style hashes finalised
 * with murmur3's mixer, 32 + 20 bits, so it is exact in a double and keys a numeric table.
 */
function nameBirthHash(name: string, birthDate: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ 0xffff, 0x01000193); // a separator no name contains
  for (let i = 0; i < birthDate.length; i++) {
    const c = birthDate.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return mix32(h1) * 0x100000 + (mix32(h2) >>> 12);
}

/**
 * An open-addressing table from a whole number below 2^53 to a row number (and, if asked, one
 * more number), in one Float64Array: key, row and value side by side, one cache line a probe.
 * A million IINs in a Map<number, number> take ~45 MB and a Map to {row, iin} objects ~100 MB
 * (numbers above 2^31 are boxed); at a million keys these take 32 MiB (key, row) and 48 MiB
 * (key, row, value), and nothing for the garbage collector to trace.
 */
class RowTable {
  private readonly stride: number;
  private slots: Float64Array; // row 0 marks a free slot (data rows start at 2)
  private count = 0;

  constructor(withValue: boolean) {
    this.stride = withValue ? 3 : 2;
    this.slots = new Float64Array(this.stride << 16);
  }

  /** Index of key's slot, or of the free slot where it would go. */
  private find(key: number): number {
    const mask = this.slots.length / this.stride - 1;
    const high = (key / 0x100000000) | 0;
    let slot = mix32((key >>> 0) ^ Math.imul(high, 0x27d4eb2d)) & mask;
    for (;;) {
      const at = slot * this.stride;
      if (this.slots[at + 1] === 0 || this.slots[at] === key) return at;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Stores key → (row, value) unless the key is present. Returns the row already stored and
   * its value (0 without values), or null when the key was new.
   */
  addIfAbsent(key: number, row: number, value = 0): { row: number; value: number } | null {
    let at = this.find(key);
    const existing = this.slots[at + 1] as number;
    if (existing !== 0) {
      return { row: existing, value: this.stride === 3 ? (this.slots[at + 2] as number) : 0 };
    }
    if ((this.count + 1) * 2 * this.stride > this.slots.length) {
      this.grow();
      at = this.find(key);
    }
    this.slots[at] = key;
    this.slots[at + 1] = row;
    if (this.stride === 3) this.slots[at + 2] = value;
    this.count++;
    return null;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (let at = 0; at < old.length; at += this.stride) {
      if (old[at + 1] === 0) continue;
      const to = this.find(old[at] as number);
      for (let k = 0; k < this.stride; k++) this.slots[to + k] = old[at + k] as number;
    }
  }
}

function issue(
  row: number,
  field: VoterColumn | null,
  code: RowIssueCode,
  message: string,
  details?: Record<string, string | number>,
): RowIssue {
  return details ? { row, field, code, message, details } : { row, field, code, message };
}

function joinKeys(last: string, first: string, patronymic: string): string {
  let name = last;
  if (first !== '') name = name === '' ? first : `${name} ${first}`;
  if (patronymic !== '') name = name === '' ? patronymic : `${name} ${patronymic}`;
  return name;
}

/** Runs the row checks over the rows of one file, in order (duplicates need what came before). */
export class RowChecker {
  private readonly votingDay: string | null;
  /** Born after this, a voter is under 18 on voting day. */
  private readonly latestAdultBirthDate: string | null;
  private readonly list: ListLookup | null;
  /** IIN → the row it first appeared in. */
  private readonly iins = new RowTable(false);
  /**
   * Hash of (folded full name, birth date) → first row and its IIN. A hash rather than the key
   * text keeps a million rows in tens of MB; two different people colliding on 52 bits (odds
   * about 1 in 10,000 over a whole million-row list) could only add a possible_duplicate
   * warning, never an error, and never hide a duplicate IIN.
   */
  private readonly names = new RowTable(true);

  constructor(options: { votingDay: string | null; list: ListLookup | null }) {
    const { votingDay } = options;
    if (votingDay !== null && normaliseBirthDate(votingDay) !== votingDay) {
      throw new Error(`votingDay must be YYYY-MM-DD, got ${votingDay}`);
    }
    this.votingDay = votingDay;
    this.latestAdultBirthDate = votingDay === null ? null : latestAdultBirthDate(votingDay);
    this.list = options.list;
  }

  /** Checks that cannot run for lack of configuration (under_age without a voting day). */
  get skippedChecks(): RowIssueCode[] {
    return this.votingDay === null ? ['under_age'] : [];
  }

  check(source: SourceRow): CheckedRow {
    const { row, fields } = source;
    const errors: RowIssue[] = [];
    const warnings: RowIssue[] = [];

    if (source.cellCount !== source.headerCount) {
      errors.push(
        issue(
          row,
          null,
          'column_count',
          `The row has ${source.cellCount} cells; the header has ${source.headerCount}.`,
          { expected: source.headerCount, actual: source.cellCount },
        ),
      );
    }
    // Named reads first (one hidden class for every row); the loops run only for a problem.
    const iinText = fields.iin ?? '';
    const lastName = fields.last_name ?? '';
    const firstName = fields.first_name ?? '';
    const patronymic = fields.patronymic ?? '';
    const birthText = fields.birth_date ?? '';
    const address = fields.address ?? '';
    if (!iinText || !lastName || !firstName || !birthText || !address) {
      for (const field of REQUIRED_FIELDS) {
        if (!fields[field]) {
          errors.push(issue(row, field, 'missing_field', `The ${FIELD_LABELS[field]} is missing.`));
        }
      }
    }
    if (lastName.includes('?') || firstName.includes('?') || patronymic.includes('?')) {
      for (const field of NAME_FIELDS) {
        if (fields[field]?.includes('?')) {
          warnings.push(
            issue(
              row,
              field,
              'lossy_encoding',
              `The ${FIELD_LABELS[field]} holds '?': letters were lost when the file was saved in a code page without them.`,
            ),
          );
        }
      }
    }

    const iin = this.checkIin(row, iinText, errors, warnings);
    const birthDate = this.checkBirthDate(row, birthText, errors);
    if (iin !== null && birthDate !== null && !iinSpellsBirthDate(iin, birthDate)) {
      errors.push(
        issue(row, 'iin', 'iin_birth_date_mismatch', 'The IIN encodes another birth date.', {
          iinBirthDate: iinBirthDate(iin) ?? 'none',
          birthDate,
        }),
      );
    }
    const { votingDay, latestAdultBirthDate: adultBy } = this;
    if (birthDate !== null && votingDay !== null && adultBy !== null && birthDate > adultBy) {
      errors.push(
        issue(row, 'birth_date', 'under_age', 'The voter is younger than 18 on voting day.', {
          birthDate,
          votingDay,
        }),
      );
    }
    if (iin !== null) this.checkDuplicateIin(row, iin, errors);

    const last = foldName(lastName);
    const first = foldName(firstName);
    const patronymicKey = foldName(patronymic);
    const name = joinKeys(last, first, patronymicKey);
    if (iin !== null && birthDate !== null && last !== '' && first !== '') {
      this.checkNamesake(row, iin, name, birthDate, warnings);
    }

    if (errors.length > 0 || iin === null || birthDate === null) {
      return { row, voter: null, errors, warnings };
    }
    return {
      row,
      voter: {
        iin,
        lastName,
        firstName,
        patronymic: patronymic === '' ? null : patronymic,
        birthDate,
        address,
        precinct: readPrecinct(fields.precinct),
        keys: { last, first, patronymic: patronymicKey, name },
      },
      errors,
      warnings,
    };
  }

  /** The 12-digit IIN when the cell holds a valid one (iin_format / iin_checksum otherwise). */
  private checkIin(
    row: number,
    text: string,
    errors: RowIssue[],
    warnings: RowIssue[],
  ): string | null {
    if (text === '') return null; // missing_field already
    const reading = readIin(text);
    if (!reading.ok) {
      errors.push(issue(row, 'iin', reading.code, reading.message));
      return null;
    }
    if (reading.restored) {
      warnings.push(
        issue(
          row,
          'iin',
          'iin_leading_zero',
          'The IIN lost its leading zero (a spreadsheet took it for a number); it was restored.',
          { iin: reading.iin, written: text },
        ),
      );
    }
    return reading.iin;
  }

  /** The YYYY-MM-DD birth date when the cell holds a plausible one (birth_date_invalid otherwise). */
  private checkBirthDate(row: number, text: string, errors: RowIssue[]): string | null {
    if (text === '') return null; // missing_field already
    const date = normaliseBirthDate(text);
    let problem: string | null = null;
    if (date === null) problem = 'The birth date is not a date (YYYY-MM-DD or DD.MM.YYYY).';
    else if (date < EARLIEST_BIRTH_DATE) problem = 'The birth date is before 1900.';
    else if (this.votingDay !== null && date > this.votingDay) {
      problem = 'The birth date is after voting day.';
    }
    if (problem === null) return date;
    errors.push(issue(row, 'birth_date', 'birth_date_invalid', problem, { written: text }));
    return null;
  }

  /** duplicate_iin: an IIN seen in an earlier row, or already in the list. */
  private checkDuplicateIin(row: number, iin: string, errors: RowIssue[]): void {
    const firstRow = this.iins.addIfAbsent(Number(iin), row)?.row ?? 0;
    if (this.list?.hasIin(iin)) {
      errors.push(
        issue(row, 'iin', 'duplicate_iin', 'A voter with this IIN is already in the list.', {
          iin,
          source: 'list',
        }),
      );
    } else if (firstRow !== 0) {
      errors.push(
        issue(row, 'iin', 'duplicate_iin', `The IIN already appears in row ${firstRow}.`, {
          iin,
          firstRow,
        }),
      );
    }
  }

  /** possible_duplicate: the same folded name and birth date under another IIN. */
  private checkNamesake(
    row: number,
    iin: string,
    name: string,
    birthDate: string,
    warnings: RowIssue[],
  ): void {
    const iinNumber = Number(iin);
    const hash = nameBirthHash(name, birthDate);
    const earlier = this.names.addIfAbsent(hash, row, iinNumber);
    if (earlier !== null) {
      const { row: firstRow, value: otherIin } = earlier;
      if (otherIin !== iinNumber) {
        const other = String(otherIin).padStart(12, '0');
        warnings.push(
          issue(
            row,
            'last_name',
            'possible_duplicate',
            `Row ${firstRow} has the same name and birth date under IIN ${other}.`,
            { firstRow, iin: other },
          ),
        );
        return;
      }
    }
    const listed = this.list?.findByNameAndBirth(name, birthDate) ?? null;
    if (listed !== null && listed !== iin) {
      warnings.push(
        issue(
          row,
          'last_name',
          'possible_duplicate',
          `A listed voter has the same name and birth date under IIN ${listed}.`,
          { iin: listed, source: 'list' },
        ),
      );
    }
  }
}
