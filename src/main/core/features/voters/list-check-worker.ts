/**
 * The worker thread that reads and checks a list file during an import (see
 * list-check-pipeline.ts). It sees the list as last committed, which is the list before the
 * import under way: exactly what the rows must be checked against.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyStoreKey } from '../../kernel/db/store-key';
import { DomainError } from '@shared/result';
import { AttachmentEncoder } from './attachments';
import type { CheckJob, WorkerMessage } from './list-check-pipeline';
import { RowBatch, ROWS_IN_FLIGHT } from './list-check-pipeline';
import { checkListFile, listLookupOf } from './list-check';
import { RowChecker } from './row-checks';
import { fieldsText } from './voter-store';
import { relayedXlsxLauncher, useXlsxLauncher, useXlsxWorker } from './list-file';

const port = parentPort;
if (!port) throw new Error('list-check-worker runs as a worker thread');
const job = workerData as CheckJob;
// A workbook is parsed in a process of its own here too, with its own heap cap, started by the
// thread that started this one (under Electron only the main thread can start it).
if (job.xlsxWorker) useXlsxWorker(new URL(job.xlsxWorker));
if (job.xlsxRelay) useXlsxLauncher(relayedXlsxLauncher(job.xlsxRelay));

const post = (message: WorkerMessage) => port.postMessage(message);
let credits = ROWS_IN_FLIGHT;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
  wake = null;
});

const batch = new RowBatch();
/** The row attachment is encoded here, off the writer's thread. */
const encoder = new AttachmentEncoder();
const postPart = (bytes: Buffer | null) => {
  if (bytes) post({ kind: 'part', bytes });
};

async function handOn(): Promise<void> {
  if (batch.rows === 0) return;
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  const data = fieldsText(batch.data);
  post({ kind: 'rows', data, keys: fieldsText(batch.keys), rows: batch.rows });
  batch.clear();
  for (const part of encoder.write(data)) postPart(part);
}

async function run(): Promise<void> {
  const db = job.databasePath ? new Database(job.databasePath, { readonly: true }) : null;
  try {
    if (db && job.storeKey) applyStoreKey(db, Buffer.from(job.storeKey));
    const checker = new RowChecker({
      votingDay: job.votingDay,
      list: db ? listLookupOf(db) : null,
    });
    const outcome = await checkListFile(
      { path: job.path },
      checker,
      (voter) => batch.add(voter),
      handOn,
      // The writer's thread hashes the file meanwhile: it has little else to do at first.
      false,
    );
    await handOn();
    const { last, digest } = encoder.finish();
    postPart(last);
    post({ kind: 'done', digest, outcome: { ...outcome, cells: [...outcome.cells] } });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    post({ kind: 'failed', code: error.code, message: error.message, details: error.details });
  } finally {
    db?.close();
  }
}

void run();
