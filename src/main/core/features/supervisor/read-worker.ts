/**
 * The worker thread that reads, checks and decrypts sync files ahead of the writer during a
 * supervisor's import (see file-reader.ts). It opens the central store read-only, only to
 * skip decrypting files whose range is already stored.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyStoreKey } from '../../kernel/db/store-key';
import { FILES_IN_FLIGHT, prepareFile, type PreparedFile, type ReaderJob } from './file-reader';

if (!parentPort) throw new Error('read-worker runs as a worker thread');
const job = workerData as ReaderJob;
const signal = new Int32Array(job.signal);
const db = new Database(job.databasePath, { readonly: true, fileMustExist: true });
if (job.storeKey) applyStoreKey(db, Buffer.from(job.storeKey));

let credits = FILES_IN_FLIGHT;
let wake: (() => void) | null = null;
job.port.on('message', () => {
  credits++;
  wake?.();
  wake = null;
});

for (const file of job.files) {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  let prepared: PreparedFile;
  try {
    prepared = prepareFile(file, job.maxBytes, job.key, db);
  } catch {
    // The writer reads this file (and the rest) itself.
    job.port.postMessage({ file: null });
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
    break;
  }
  job.port.postMessage(prepared);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
// The writer ends this thread once it has taken the last file.
db.close();
