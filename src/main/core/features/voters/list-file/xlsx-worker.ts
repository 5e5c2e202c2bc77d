/**
 * The worker process that checks and parses an .xlsx workbook (see xlsx-reader.ts), under a
 * capped heap: a workbook built to exhaust memory ends this process, not the app. It receives
 * the workbook's bytes, then hands the sheet's records on a batch at a time, each after the
 * one before was taken.
 */
import { ListFileError } from './types';
import { parseWorkbook, type XlsxWorkerMessage } from './xlsx-reader';

const send = process.send?.bind(process);
if (!send) throw new Error('xlsx-worker runs as a child process with an IPC channel');
const post = (message: XlsxWorkerMessage) => send(message);

let wake: (() => void) | null = null;
let started = false;

async function run(bytes: Uint8Array): Promise<void> {
  try {
    const workbook = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await parseWorkbook(workbook, (records) => {
      const taken = new Promise<void>((resolve) => (wake = resolve));
      post({ kind: 'records', records });
      return taken;
    });
    post({ kind: 'done' });
  } catch (error) {
    if (!(error instanceof ListFileError)) throw error;
    post({
      kind: 'failed',
      code: error.code,
      message: error.message,
      ...(error.details?.limit ? { limit: error.details.limit } : {}),
    });
  }
}

process.on('message', (message: { bytes: Uint8Array } | 'next') => {
  if (message === 'next') {
    wake?.();
    wake = null;
  } else if (!started) {
    started = true;
    void run(message.bytes);
  }
});
// The app ends this process when it has what it needs; it also ends with the app.
process.on('disconnect', () => process.exit(0));
