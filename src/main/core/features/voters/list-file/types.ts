/** The shapes a voter list file is read into; see read-voter-list.ts for the reading itself. */
import {
  LIST_FILE_PROBLEMS,
  VOTER_FIELDS,
  type ListFileProblem,
  type VoterField,
} from '@shared/voters/voter-api';

/** Columns of a voter list, by their canonical names (the contract's list). */
export const VOTER_COLUMNS = VOTER_FIELDS;
export type VoterColumn = VoterField;

/** A file without one of these columns is refused as a whole. */
export const REQUIRED_COLUMNS: readonly VoterColumn[] = [
  'iin',
  'last_name',
  'first_name',
  'birth_date',
  'address',
];

/** Why a whole file is refused (before any row of it is handed on): the contract's list. */
export const LIST_FILE_ERROR_CODES = LIST_FILE_PROBLEMS;
export type ListFileErrorCode = ListFileProblem;

/** An unusable list file; `message` is English for logs and the CLI. */
export class ListFileError extends Error {
  constructor(
    readonly code: ListFileErrorCode,
    message: string,
    /** `limit`: which bound a file too large went past (see xlsx-archive.ts). */
    readonly details?: { columns?: string[]; limit?: string },
  ) {
    super(message);
    this.name = 'ListFileError';
  }
}

/** Bump when the same bytes would be read differently (stored reports name the version). */
export const LIST_READER_VERSION = 1;

export interface ListFileInfo {
  format: 'csv' | 'xlsx';
  /** Null for a workbook. */
  encoding: 'utf-8' | 'windows-1251' | null;
  /** Whether the text began with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Null for a workbook. */
  delimiter: ',' | ';' | null;
  /** Recognised columns, in file order. */
  columns: VoterColumn[];
  /** Header cells that name no known column (or a column already seen), as written. */
  ignoredHeaders: string[];
  bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

export interface SourceRow {
  /** Spreadsheet row number: the header is 1, the first data row 2; empty rows count too. */
  row: number;
  /** Cells in this row / in the header row (they differ only in a ragged CSV). */
  cellCount: number;
  headerCount: number;
  /** Trimmed cell text under each recognised column: '' when empty, absent when the row is too short. */
  fields: Partial<Record<VoterColumn, string>>;
}

export type ListSource = { path: string } | { bytes: Uint8Array; name: string };

export type OnBatch = (rows: SourceRow[]) => void | Promise<void>;
