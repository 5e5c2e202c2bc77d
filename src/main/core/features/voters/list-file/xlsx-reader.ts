/**
 * Reads the first sheet of an .xlsx workbook with read-excel-file. Cells become the text a
 * person sees in Excel (numbers without exponent or ".0", dates as YYYY-MM-DD), so the row
 * checks treat a workbook like a CSV file.
 *
 * read-excel-file fills gaps between rows with empty rows (and drops only the empty rows at the
 * bottom), so row i of its result is sheet row i + 1 and the row numbers stay the sheet's own.
 * It holds the whole sheet in memory: a workbook is not streamed like a CSV file.
 */
import { readSheet } from 'read-excel-file/node';
import { calendarDate } from '../../../../../shared/voters/iin';
import { readHeader, type HeaderLayout } from './header';
import { BATCH_SIZE, RowBatcher } from './row-batcher';
import { ListFileError, type ListSource, type OnBatch } from './types';

/**
 * The text of one cell. An integer is written out in full: an IIN typed as a number (Excel drops
 * its leading zero, 061211600012 → 61211600012) must reach the checks as its digits, never as
 * "6.12E+10". Dates come from read-excel-file as midnight UTC of the cell's day, so the UTC
 * fields give the day without any time-zone shift.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') {
    if (Number.isInteger(value)) {
      return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
    }
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return calendarDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) ?? '';
  }
  return String(value);
}

/** Reads the sheet, calling onBatch with its data rows; throws before any batch when unusable. */
export async function readXlsx(source: ListSource, onBatch: OnBatch): Promise<HeaderLayout> {
  let sheet: unknown[][];
  try {
    const input = 'path' in source ? source.path : Buffer.from(source.bytes);
    sheet = (await readSheet(input)) as unknown[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ListFileError('unreadable', `The workbook could not be read: ${reason}`);
  }
  const headerCells = sheet[0];
  if (headerCells === undefined) throw new ListFileError('empty', 'The first sheet is empty.');
  const rows = new RowBatcher(readHeader(headerCells.map(cellText)), onBatch);
  for (let at = 1; at < sheet.length; at += BATCH_SIZE) {
    const records = sheet.slice(at, at + BATCH_SIZE).map((cells) => cells.map(cellText));
    await rows.addRecords(records);
  }
  await rows.flush();
  return rows.header;
}
