/**
 * The worker thread that checks and parses an .xlsx workbook (see xlsx-reader.ts), under a
 * capped heap: a workbook built to exhaust memory ends this thread, not the app. It hands the
 * sheet's records on a batch at a time, each after the one before was taken.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ListFileError } from './types';
import { parseWorkbook, type XlsxWorkerMessage } from './xlsx-reader';

const port = parentPort;
if (!port) throw new Error('xlsx-worker runs as a worker thread');
const { bytes } = workerData as { bytes: Uint8Array };

const post = (message: XlsxWorkerMessage) => port.postMessage(message);
let wake: (() => void) | null = null;
port.on('message', () => {
  wake?.();
  wake = null;
});

async function run(): Promise<void> {
  try {
    await parseWorkbook(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      (records) => {
        const taken = new Promise<void>((resolve) => (wake = resolve));
        post({ kind: 'records', records });
        return taken;
      },
    );
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

void run();
