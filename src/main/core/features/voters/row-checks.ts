/**
 * The checks run on every row of a voter list file, each with a stable code. Errors keep a row
 * out of the list; warnings let it in and ask the commission to look.
 */
import { foldName } from '@shared/voters/fold';
import { LIST_ERROR_CODES, LIST_WARNING_CODES, type VoterPerson } from '@shared/voters/voter-api';
import { checkIin, iinBirthDate, iinCheckDigit, restoreLeadingZero } from '@shared/voters/iin';
import {
  CODE_0,
  digitsAt,
  EARLIEST_BIRTH_DATE,
  iinSpellsBirthDate,
  latestAdultBirthDate,
  normaliseBirthDate,
} from './birth-dates';
import type { SourceRow, VoterColumn } from './list-file';
import { nameBirthHash, RowTable } from './row-table';

export { isUnderAge, latestAdultBirthDate, normaliseBirthDate } from './birth-dates';

export const ROW_ERROR_CODES = LIST_ERROR_CODES;
export const ROW_WARNING_CODES = LIST_WARNING_CODES;
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

export interface CheckedVoter extends VoterPerson {
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

  /**
   * The file is expected to hold about `rows` rows: the duplicate tables take their size now,
   * while they are small, instead of doubling near the end (see RowTable.reserve).
   */
  expectRows(rows: number): void {
    this.iins.reserve(rows);
    this.names.reserve(rows);
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
