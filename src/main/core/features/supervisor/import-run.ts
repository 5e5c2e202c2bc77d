import { raiseSilentPrecincts } from './protocol-checks';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFileResult, ImportRun } from '@shared/supervisor/supervisor-contract';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { SYNC_FILE_EXTENSION } from '../../airgap/file-endings';
import { FileReader, type PreparedFile } from './file-reader';
import { importBytes, result, type ImportContext } from './import-file';

/**
 * The files named: a file as is, a folder walked (in name order, every file in it: one that is
 * not a sync file is reported as `not_a_sync_file`, never skipped silently).
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // Missing or unreadable: read below, reported as malformed.
    }
    if (!isFolder) {
      files.push(path);
      return;
    }
    for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  for (const path of paths) walk(path);
  return files;
}

/**
 * The files an import in the app reads: a file chosen as is (its kind is told by reading it),
 * and from a chosen folder only its sync files (`.pdsync`); the folder's other files (lists,
 * packages, notes) are left out unread and named in `leftOut`.
 */
export function syncFilesIn(chosen: readonly { path: string; folder: boolean }[]): {
  files: string[];
  leftOut: string[];
} {
  const files: string[] = [];
  const leftOut: string[] = [];
  for (const { path, folder } of chosen) {
    if (!folder) {
      files.push(path);
      continue;
    }
    for (const file of expandPaths([path])) {
      (file.toLowerCase().endsWith(SYNC_FILE_EXTENSION) ? files : leftOut).push(file);
    }
  }
  return { files, leftOut };
}

function logResult(ctx: ImportContext, r: ImportFileResult): void {
  cachedStatement(
    ctx.db,
    `INSERT INTO imports (file, status, code, device_id, precinct_id, first_seq, last_seq,
       new_events, waiting_from, waiting_to, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.file,
    r.status,
    r.code,
    r.device,
    r.precinctId,
    r.firstSeq,
    r.lastSeq,
    r.newEvents,
    r.waitingFor?.from ?? null,
    r.waitingFor?.to ?? null,
    ctx.now(),
  );
}

/** A run's counters start here; `files` fills in as they are read. */
export function newRun(total: number, leftOut: string[] = []): ImportRun {
  return {
    leftOut,
    runId: randomUUID(),
    total,
    done: 0,
    accepted: 0,
    alreadyImported: 0,
    held: 0,
    rejected: 0,
    newEvents: 0,
    finished: false,
    files: [],
  };
}

const COUNTER = {
  accepted: 'accepted',
  already_imported: 'alreadyImported',
  held: 'held',
  rejected: 'rejected',
} as const;

function count(run: ImportRun, r: ImportFileResult, sign: 1 | -1): void {
  run[COUNTER[r.status]] += sign;
  run.newEvents += sign * r.newEvents;
}

/**
 * Imports one file into the run, then every held file of its device that now fits (and the
 * ones those make fit). A held file of this run that applies later has its result updated.
 */
export function importOne(
  ctx: ImportContext,
  run: ImportRun,
  prepared: PreparedFile,
  heldInRun: Map<string, number>,
): void {
  const { file, bytes } = prepared;
  const r =
    typeof bytes === 'string'
      ? result(file, 'rejected', bytes)
      : importBytes(ctx, file, bytes, {}, prepared);
  run.files.push(r);
  run.done++;
  count(run, r, 1);
  logResult(ctx, r);
  if (r.status === 'held' && typeof bytes !== 'string') {
    heldInRun.set(createHash('sha256').update(bytes).digest('hex'), run.files.length - 1);
  }
  if (r.status === 'accepted' && r.device) applyHeld(ctx, run, r.device, heldInRun);
}

interface HeldRow {
  file_sha256: string;
  path: string;
  bytes: Buffer;
}

function applyHeld(
  ctx: ImportContext,
  run: ImportRun,
  deviceId: string,
  heldInRun: Map<string, number>,
): void {
  const next = cachedStatement(
    ctx.db,
    `SELECT file_sha256, path, bytes FROM held_files WHERE device_id = @a
     AND first_seq <= coalesce((SELECT head_seq FROM devices WHERE device_id = @a), 0) + 1
     AND file_sha256 NOT IN (SELECT value FROM json_each(@b))
     ORDER BY first_seq LIMIT 1`,
  );
  // Files that stay held (their slot disputed, their id claimed) wait for a decision.
  const waiting: string[] = [];
  const following = () =>
    next.get({ a: deviceId, b: JSON.stringify(waiting) }) as HeldRow | undefined;
  for (let row = following(); row; row = following()) {
    const r = importBytes(ctx, row.path, row.bytes, { fromHeld: true });
    if (r.status === 'held') {
      waiting.push(row.file_sha256);
      continue;
    }
    cachedStatement(ctx.db, 'DELETE FROM held_files WHERE file_sha256 = ?').run(row.file_sha256);
    logResult(ctx, r);
    const index = heldInRun.get(row.file_sha256);
    const earlier = index === undefined ? undefined : run.files[index];
    if (index !== undefined && earlier) {
      count(run, earlier, -1);
      run.files[index] = r;
      count(run, r, 1);
    }
  }
}

/**
 * After a supervisor decided a slot's (or a claimed id's) alarm: the held files of its devices that fit
 * their chains are imported (a device revoked meanwhile has them refused), each logged.
 */
export function releaseSlotHold(ctx: ImportContext, deviceIds: readonly string[]): void {
  const run = newRun(0);
  for (const deviceId of deviceIds) applyHeld(ctx, run, deviceId, new Map());
}

/**
 * A batch of `importAll` commits after this many files or new events, whichever comes first.
 * A voting day's files are mostly small (a laptop's last hour or two), so counting files alone
 * would commit every few thousand events, and each commit rewrites the pages every file
 * touches (the ballots' inner pages, counts, devices).
 */
const BATCH_FILES = 500;
const BATCH_EVENTS = 60_000;

/**
 * Imports files and folders in one go (the command line). Each file stays all-or-nothing (its
 * transaction nests as a savepoint), while a batch of files shares one commit: pages that
 * every file touches reach the WAL once per batch.
 */
export function importAll(ctx: ImportContext, paths: readonly string[]): ImportRun {
  const files = expandPaths(paths);
  const run = newRun(files.length);
  const held = new Map<string, number>();
  const reader = new FileReader(files, ctx.maxBytes, ctx.keys.encryption, ctx.db);
  const batch = ctx.db.transaction(() => {
    const events = run.newEvents;
    for (let n = 0; n < BATCH_FILES && run.newEvents - events < BATCH_EVENTS; n++) {
      const prepared = reader.next();
      if (!prepared) return false;
      importOne(ctx, run, prepared, held);
    }
    return true;
  });
  try {
    while (batch());
  } finally {
    reader.close();
  }
  sweepSilent(ctx);
  run.finished = true;
  return run;
}

/** After an import, the precincts silent after the close get their alarm (protocol-checks.ts). */
function sweepSilent(ctx: ImportContext): void {
  ctx.db.transaction(() => raiseSilentPrecincts(ctx.db, ctx.now()))();
}

/**
 * Imports in the background of the app: one file per turn of the event loop, so progress
 * can be read (and the window stays responsive) while thousands of files go in.
 */
export async function importInTurns(
  ctx: ImportContext,
  run: ImportRun,
  files: readonly string[],
  /** Told when the run has ended, in the transaction of the silent precincts' sweep. */
  ended: () => void = () => undefined,
): Promise<void> {
  const held = new Map<string, number>();
  const reader = new FileReader(files, ctx.maxBytes, ctx.keys.encryption, ctx.db);
  try {
    for (let prepared = reader.next(); prepared; prepared = reader.next()) {
      importOne(ctx, run, prepared, held);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    reader.close();
    try {
      ctx.db.transaction(() => {
        raiseSilentPrecincts(ctx.db, ctx.now());
        ended();
      })();
    } finally {
      run.finished = true;
    }
  }
}
