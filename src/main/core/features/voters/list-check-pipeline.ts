/**
 * Reading and checking a list for import, beside the writing: with a worker thread (in the
 * built app, the command line and the bench) the file is parsed and checked on one core while
 * the caller writes the valid rows on the other; without one (tests run from source) the same
 * checks run inline. Either way the caller receives the valid rows in file order and then the
 * same outcome.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import { storeKeyOf } from '../../kernel/db/store-key';
import {
  fileSha256,
  ListFileError,
  serveXlsxRelay,
  xlsxWorker,
  type ListSource,
  type SourceRow,
} from './list-file';
import { checkListFile, listFileDomainError, listLookup, type CheckOutcome } from './list-check';
import { RowChecker } from './row-checks';
import type { AttachmentDigest, AttachmentWriter } from './attachments';
import type { CheckedVoter } from './row-checks';
import { DATA_FIELDS, fieldsText, KEY_FIELDS, splitFieldsText } from './voter-store';

/**
 * Receives the valid rows in file order, a batch at a time: their data and key fields (see
 * voter-store.ts). The row attachment, the same data, is written by the check.
 */
export type ValidRowSink = (data: string[], keys: string[]) => void;

/** What the worker is asked to do. */
export interface CheckJob {
  path: string;
  votingDay: string | null;
  /** The database whose committed list the rows are checked against, or null for none. */
  databasePath: string | null;
  /** That database's key (null: a plain store). */
  storeKey: Uint8Array | null;
  /** The workbook worker's URL (a workbook is parsed in a process of its own), if any. */
  xlsxWorker: string | null;
  /**
   * Where the worker asks for the workbook worker's process: this thread starts it with its
   * own launcher (under Electron, a utility process, which only the main thread can start).
   */
  xlsxRelay: MessagePort | null;
}

/**
 * Messages from the worker: batches of valid rows (data and keys as `fieldsText`), the row
 * attachment's parts compressed, then the end with the attachment's digest.
 */
export type WorkerMessage =
  | { kind: 'rows'; data: string; keys: string; rows: number }
  | { kind: 'part'; bytes: Uint8Array }
  | {
      kind: 'done';
      digest: AttachmentDigest;
      outcome: Omit<CheckOutcome, 'cells'> & { cells: [number, SourceRow['fields']][] };
    }
  | {
      kind: 'failed';
      code: ErrorCode;
      message: string;
      details: Record<string, string | number> | undefined;
    };

/** Batches the worker may hand on before the writer has taken them: bounds memory. */
export const ROWS_IN_FLIGHT = 8;

let workerUrl: URL | null = null;

/**
 * Entry points that ship the built worker say where it is; without this (or with null), checks
 * run inline.
 */
export function useListCheckWorker(url: URL | null): void {
  workerUrl = url;
}

/** What a check for import gives back once every valid row was handed on. */
export interface ImportCheck {
  outcome: CheckOutcome;
  /** The digest of the row attachment written to `attachment`. */
  digest: AttachmentDigest;
}

/**
 * Reads and checks `path` for an import into `db`, handing the valid rows to `sink` in file
 * order and writing their data as the row attachment to `attachment`. `bulk` means the list is
 * empty (nothing to look up). Throws the file's refusal as a DomainError before any row.
 */
export async function checkForImport(
  db: Db,
  source: ListSource,
  votingDay: string | null,
  bulk: boolean,
  excludeSource: string,
  attachment: AttachmentWriter,
  sink: ValidRowSink,
): Promise<ImportCheck> {
  // A list in memory (a package's) is checked here: it is one precinct's, small.
  if (workerUrl && !db.memory && 'path' in source) {
    const { path } = source;
    const relay = xlsxWorker() ? new MessageChannel() : null;
    const job = {
      path,
      votingDay,
      databasePath: bulk ? null : db.name,
      storeKey: bulk ? null : storeKeyOf(db),
      xlsxWorker: xlsxWorker()?.href ?? null,
      xlsxRelay: relay?.port2 ?? null,
    };
    // Hashed here while the worker checks: this thread waits for the first rows anyway.
    const sha256 = fileSha256({ path });
    sha256.catch(() => undefined); // awaited below unless the check fails first
    const stopRelay = relay ? serveXlsxRelay(relay.port1) : () => undefined;
    let checked: ImportCheck;
    try {
      checked = await checkInWorker(workerUrl, job, attachment, sink);
    } finally {
      stopRelay();
    }
    try {
      checked.outcome.info.sha256 = await sha256;
    } catch (error) {
      if (error instanceof ListFileError) throw listFileDomainError(error);
      throw error;
    }
    return checked;
  }
  const checker = new RowChecker({ votingDay, list: bulk ? null : listLookup(db, excludeSource) });
  const batch = new RowBatch();
  const handOn = () => {
    if (batch.rows === 0) return;
    attachment.write(fieldsText(batch.data));
    sink(batch.data, batch.keys);
    batch.clear();
  };
  const outcome = await checkListFile(
    source,
    checker,
    (voter) => batch.add(voter),
    async () => handOn(),
  );
  handOn();
  return { outcome, digest: attachment.finish() };
}

/** The valid rows of a batch under way, as the writer takes them. */
export class RowBatch {
  data: string[] = [];
  keys: string[] = [];
  rows = 0;

  add(voter: CheckedVoter): void {
    this.data.push(
      voter.iin,
      voter.lastName,
      voter.firstName,
      voter.patronymic ?? '',
      voter.birthDate,
      voter.address,
      voter.precinct === null ? '' : String(voter.precinct),
    );
    this.keys.push(voter.keys.last, voter.keys.first, voter.keys.patronymic);
    this.rows++;
  }

  clear(): void {
    this.data = [];
    this.keys = [];
    this.rows = 0;
  }
}

function checkInWorker(
  url: URL,
  job: CheckJob,
  attachment: AttachmentWriter,
  sink: ValidRowSink,
): Promise<ImportCheck> {
  return new Promise((resolve, reject) => {
    // A small heap makes the worker collect often: its rows die young, and the process stays
    // within the memory a laptop can spare (the checker's tables live outside the heap).
    const worker = new Worker(url, {
      workerData: job,
      transferList: job.xlsxRelay ? [job.xlsxRelay] : [],
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    let settled = false;
    const finish = (result: () => void) => {
      if (settled) return;
      settled = true;
      result();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      try {
        if (message.kind === 'rows') {
          sink(
            splitFieldsText(message.data, message.rows * DATA_FIELDS),
            splitFieldsText(message.keys, message.rows * KEY_FIELDS),
          );
          worker.postMessage('credit');
        } else if (message.kind === 'part') {
          attachment.store(message.bytes);
        } else if (message.kind === 'done') {
          const outcome = { ...message.outcome, cells: new Map(message.outcome.cells) };
          finish(() => resolve({ outcome, digest: message.digest }));
        } else {
          finish(() => reject(new DomainError(message.code, message.message, message.details)));
        }
      } catch (error) {
        finish(() => reject(error as Error));
      }
    });
    // A worker that dies (its capped heap exhausted, say) is the check failing, in words a
    // member can read; nothing was committed, as the import's transaction rolls back.
    const died = (reason: string) =>
      finish(() =>
        reject(
          new DomainError('list_check_failed', `The list check stopped: ${reason}`, { reason }),
        ),
      );
    worker.on('error', (error: Error & { code?: string }) => died(error.code ?? error.name));
    worker.on('exit', (code) => died(`exit ${code}`));
  });
}
