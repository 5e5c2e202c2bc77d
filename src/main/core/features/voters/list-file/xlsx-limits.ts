import { ListFileError } from './types';

export const XLSX_LIMITS = {
  /** Unpacked bytes of all entries together. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Unpacked over packed size of one entry (deflate cannot go much past 1,000). */
  ratio: 256,
  /** Entries smaller than this unpacked are not held to the ratio (they cost nothing). */
  ratioFloorBytes: 1024 * 1024,
  /** Rows in one sheet (Excel itself stops at 1,048,576). */
  rows: 2_000_000,
  /** Rows × columns of one sheet: the parser fills every row out to the widest one. */
  cells: 32_000_000,
  /** Elements inside one another (real workbooks stay under 20). */
  depth: 100,
  /** Entries in the archive. */
  entries: 10_000,
} as const;

/** A bound a workbook went past: `file_too_large`, naming the bound. */
export const tooLarge = (limit: string, message: string) =>
  new ListFileError('file_too_large', message, { limit });

/** A workbook that is not one: `unreadable`. */
export const malformed = (message: string) =>
  new ListFileError('unreadable', `The workbook could not be read: ${message}`);
