/** Rows and checkers for the row-check tests (row-checks*.test.ts). */
import { iinCheckDigit, makeIin } from '../../src/shared/voters/iin';
import type { SourceRow, VoterColumn } from '../../src/main/core/features/voters/list-file';
import {
  RowChecker,
  type CheckedRow,
  type ListLookup,
  type RowIssueCode,
} from '../../src/main/core/features/voters/row-checks';
export const VOTING_DAY = '2026-03-15';

export function iin(birthDate: string, sex: 'male' | 'female' = 'male', serial = 1): string {
  const made = makeIin(birthDate, sex, serial) ?? makeIin(birthDate, sex, serial + 1);
  if (made === null) throw new Error('no IIN');
  return made;
}

/** A 12-digit number with a valid check digit made from any 11 digits. */
export function withCheckDigit(first11: string): string {
  const check = iinCheckDigit(first11);
  if (check === null) throw new Error(`never issued: ${first11}`);
  return first11 + String(check);
}

export const AHMETOV = {
  iin: iin('1985-03-15'),
  last_name: 'Ахметов',
  first_name: 'Жанболат',
  patronymic: 'Серікұлы',
  birth_date: '15.03.1985',
  address: 'г. Алматы, ул. Абая, д. 12',
  precinct: '101',
};

let nextRow = 2;
export function source(
  fields: Partial<Record<VoterColumn, string>>,
  cells: { cellCount?: number; headerCount?: number; row?: number } = {},
): SourceRow {
  return {
    row: cells.row ?? nextRow++,
    cellCount: cells.cellCount ?? 7,
    headerCount: cells.headerCount ?? 7,
    fields,
  };
}

export function checker(
  options: { votingDay?: string | null; list?: ListLookup | null } = {},
): RowChecker {
  return new RowChecker({
    votingDay: options.votingDay === undefined ? VOTING_DAY : options.votingDay,
    list: options.list ?? null,
  });
}

export const codes = (issues: CheckedRow['errors']): RowIssueCode[] => issues.map((i) => i.code);
