/**
 * Reads the first sheet of an .xlsx workbook with read-excel-file. Cells become the text a
 * person sees in Excel (numbers without exponent or ".0", dates as YYYY-MM-DD), so the row
 * checks treat a workbook like a CSV file.
 *
 * read-excel-file fills gaps between rows with empty rows (and drops only the empty rows at the
 * bottom), so row i of its result is sheet row i + 1 and the row numbers stay the sheet's own.
 * It holds the whole sheet in memory: a workbook is not streamed like a CSV file. So the
 * workbook is checked first (xlsx-archive.ts) and, where the app ships the worker, parsed in a
 * worker process whose heap is capped (xlsx-worker.ts): a workbook built to exhaust memory ends
 * that process, never the app.
 */
import { fileURLToPath } from 'node:url';
import { readSheet } from 'read-excel-file/node';
import { calendarDate } from '@shared/voters/iin';
import type { ByteSource } from './byte-source';
import { readHeader, type HeaderLayout } from './header';
import { BATCH_SIZE, RowBatcher } from './row-batcher';
import { ListFileError, type ListFileErrorCode, type OnBatch } from './types';
import { readZipDirectory, scanZipEntries } from './xlsx-archive';
import { XLSX_LIMITS } from './xlsx-limits';
import { xlsxLauncher } from './xlsx-process';

/**
 * The heap the parsing process may use: enough for a workbook of a few hundred thousand rows
 * (250,000 parse in it; a precinct has about 3,000 voters). Past that the process ends and the
 * workbook is refused; a CSV file of any size streams instead.
 */
export const XLSX_WORKER_HEAP_MB = 512;

let xlsxWorkerUrl: URL | null = null;

/** Entry points that ship the built worker say where it is; without this, workbooks parse inline. */
export function useXlsxWorker(url: URL | null): void {
  xlsxWorkerUrl = url;
}

/** Where the workbook worker is, for a thread that starts its own (the import's check worker). */
export function xlsxWorker(): URL | null {
  return xlsxWorkerUrl;
}

/** Messages from the workbook worker: the sheet's cell texts in batches, then the end. */
export type XlsxWorkerMessage =
  | { kind: 'records'; records: string[][] }
  | { kind: 'done' }
  | { kind: 'failed'; code: ListFileErrorCode; message: string; limit?: string };

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

/**
 * Checks the workbook (xlsx-archive.ts), then parses its first sheet, handing on its records
 * (header first) in batches. Runs in the workbook worker, or inline.
 */
export async function parseWorkbook(
  bytes: Buffer,
  onRecords: (records: string[][]) => void | Promise<void>,
): Promise<void> {
  await scanZipEntries(bytes, readZipDirectory(bytes));
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(bytes)) as unknown[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A stack or heap exhausted by the parser is a workbook too large for it, not a broken one.
    if (error instanceof RangeError) {
      throw new ListFileError('file_too_large', `The workbook is too large to parse: ${reason}`, {
        limit: 'memory',
      });
    }
    throw new ListFileError('unreadable', `The workbook could not be read: ${reason}`);
  }
  for (let at = 0; at < sheet.length; at += BATCH_SIZE) {
    await onRecords(sheet.slice(at, at + BATCH_SIZE).map((cells) => cells.map(cellText)));
  }
}

/** The whole workbook in memory (it is parsed whole anyway), refused unread past the limit. */
async function workbookBytes(source: ByteSource): Promise<Buffer> {
  if (source.size > XLSX_LIMITS.unpackedBytes) {
    throw new ListFileError('file_too_large', 'The workbook is larger than a voter list', {
      limit: 'file_bytes',
    });
  }
  const bytes = Buffer.alloc(source.size);
  let at = 0;
  for await (const chunk of source.chunks()) {
    if (at + chunk.length > bytes.length) {
      throw new ListFileError('unreadable', 'The workbook changed while it was read');
    }
    chunk.copy(bytes, at);
    at += chunk.length;
  }
  return at === bytes.length ? bytes : bytes.subarray(0, at);
}

/** Reads the sheet, calling onBatch with its data rows; throws before any batch when unusable. */
export async function readXlsx(source: ByteSource, onBatch: OnBatch): Promise<HeaderLayout> {
  const bytes = await workbookBytes(source);
  // The directory alone refuses most bombs at once, before any thread starts.
  readZipDirectory(bytes);
  let rows: RowBatcher | null = null;
  const take = async (records: string[][]) => {
    if (!rows) {
      const header = records[0];
      if (header === undefined) return;
      rows = new RowBatcher(readHeader(header), onBatch);
      await rows.addRecords(records, 1);
    } else {
      await rows.addRecords(records);
    }
  };
  if (xlsxWorkerUrl) await parseInWorker(xlsxWorkerUrl, bytes, take);
  else await parseWorkbook(bytes, take);
  const read = rows as RowBatcher | null;
  if (!read) throw new ListFileError('empty', 'The first sheet is empty.');
  await read.flush();
  return read.header;
}

/**
 * Parses in the workbook worker, a process with a capped heap (started by this thread's
 * launcher, xlsx-process.ts), taking its batches one at a time (it waits for each to be taken).
 * A process, not a thread: V8 can end the whole process when a thread's heap runs out (it did,
 * at a million rows), so the parser gets a process of its own, and its running out of memory is
 * a workbook too large: `file_too_large`.
 */
function parseInWorker(
  url: URL,
  bytes: Buffer,
  take: (records: string[][]) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let taking = Promise.resolve();
    const finish = (result: () => void) => {
      if (settled) return;
      settled = true;
      result();
      child.kill();
    };
    const child = xlsxLauncher()(fileURLToPath(url), XLSX_WORKER_HEAP_MB, {
      message: (message) => {
        taking = taking.then(async () => {
          if (settled) return;
          try {
            if (message.kind === 'records') {
              await take(message.records);
              child.send('next');
            } else if (message.kind === 'done') {
              finish(resolve);
            } else {
              const { code, message: text, limit } = message;
              finish(() => reject(new ListFileError(code, text, limit ? { limit } : undefined)));
            }
          } catch (error) {
            finish(() => reject(error as Error));
          }
        });
      },
      error: (error) => finish(() => reject(error)),
      exit: ({ outOfMemory, description }) => {
        void taking.then(() =>
          finish(() =>
            reject(
              outOfMemory
                ? new ListFileError('file_too_large', 'The workbook is too large to parse', {
                    limit: 'memory',
                  })
                : new Error(`The workbook worker stopped (${description})`),
            ),
          ),
        );
      },
    });
    child.send({ bytes });
  });
}
