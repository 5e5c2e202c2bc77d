/**
 * The worker process that checks and parses an .xlsx workbook (see xlsx-reader.ts), under a
 * capped heap: a workbook built to exhaust memory ends this process, not the app. It receives
 * the workbook's bytes, then hands the sheet's records on a batch at a time, each after the
 * one before was taken. It runs as a Node child process (an IPC channel) or as an Electron
 * utility process (a parent port), whichever launched it (xlsx-process.ts).
 */
import { ListFileError } from './types';
import { parseWorkbook, type XlsxWorkerMessage } from './xlsx-reader';
import type { XlsxParentMessage } from './xlsx-process';

/** An Electron utility process's port to its parent, as far as this worker uses it. */
interface ParentPort {
  postMessage(message: XlsxWorkerMessage): void;
  on(event: 'message', listener: (event: { data: XlsxParentMessage }) => void): void;
}

const parentPort = (process as { parentPort?: ParentPort | null }).parentPort ?? null;
const send = process.send?.bind(process);
if (!parentPort && !send) {
  throw new Error('xlsx-worker runs as a child or utility process with a channel to its parent');
}
const post = (message: XlsxWorkerMessage): void => {
  if (parentPort) parentPort.postMessage(message);
  else send?.(message);
};

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

function receive(message: XlsxParentMessage): void {
  if (message === 'next') {
    wake?.();
    wake = null;
  } else if (!started) {
    started = true;
    void run(message.bytes);
  }
}

if (parentPort) {
  // A utility process ends with the app, or when the app kills it.
  parentPort.on('message', (event) => receive(event.data));
} else {
  process.on('message', receive);
  // The app ends this process when it has what it needs; it also ends with the app.
  process.on('disconnect', () => process.exit(0));
}
