/**
 * `npm run bench [-- --json] [-- --voters N]`: figures for the hot paths, each beside SQLite's
 * own speed on the same machine in the same run, so the distance to the limit shows.
 *   - importing a 1,000,000-voter list against the sqlite3 shell's `.import`, and lookups;
 *     then the same list again into the folder holding it, every row a duplicate, in a child
 *     process with its peak RSS (voter-list-bench.ts);
 *   - appending events (hash chain + projection) one transaction each, as the app does;
 *   - appending inside one transaction (bulk paths), against plain INSERTs of the same rows;
 *   - verifying the chain.
 *   - sync: export, supervisor import and re-import, dashboard (sync-bench.ts; alone with
 *     `--sync-only`, in a child process either way so its peak RSS is its own).
 *   - with `--bombs` alone: crafted workbooks and an attachment part refused, each in a child
 *     process with its time and peak RSS (bombs-bench.ts).
 *   - with `--national [--scale S] [--seed N]` alone: a whole country's voting day through one
 *     supervisor store, each figure against its target (national-bench.ts).
 * `--list-only` runs the voter-list bench alone. `--json` prints one JSON object per figure. Any other option is refused (exit 2).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../core/kernel/clock';
import { createEventLog, openStore, storeDevice, verifyChain } from '../core/feature-list';
import { useListCheckWorker } from '../core/features/voters/list-check-pipeline';
import { useXlsxWorker } from '../core/features/voters/list-file';
import { useSyncReadWorker } from '../core/features/supervisor/file-reader';
import { UsageError } from '../cli/args';
import { BENCH_USAGE, parseBenchOptions, type BenchOptions } from './options';
import { peakRssMiB, printAsJson, report, seconds, storeKeyFromStdin } from './report';
import {
  GENERATE_FLAG,
  generateVoterList,
  importAgain,
  importVoters,
  REIMPORT_FLAG,
  STORE_VARIANTS,
  VOTER_IMPORT_FLAG,
  voterListBench,
  type StoreVariant,
} from './voter-list-bench';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { syncBench } from './sync-bench';
import { packageBench } from './package-bench';
import { generateSyncFiles, SYNC_GENERATE_FLAG } from './sync-bench-data';
import { NATIONAL_IMPORT_FLAG, nationalBench, nationalImportChild } from './national-bench';
import { generateNational, NATIONAL_GENERATE_FLAG } from './national-data';
import { bombChild, bombsBench, BOMB_CHILD_FLAG, BOMB_WRITE_FLAG, writeCase } from './bombs-bench';

// The built worker sits beside this entry in out/main: the import runs as in the app.
useListCheckWorker(new URL('./list-check-worker.js', import.meta.url));
useXlsxWorker(new URL('./xlsx-worker.js', import.meta.url));
useSyncReadWorker(new URL('./sync-read-worker.js', import.meta.url));

/** The options given, or exit 2 saying what is wrong: nothing runs on a mistyped option. */
function optionsOrExit(argv: readonly string[]): BenchOptions {
  try {
    return parseBenchOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\nUsage: ${BENCH_USAGE}`);
    process.exit(2);
  }
}

/**
 * The `count` arguments after the flag that started the bench as a child of itself: the bench
 * passes them itself, so one missing is a mistake in the bench and stops it.
 */
function childArgs(count: number): string[] {
  const words = process.argv.slice(3, 3 + count);
  if (words.length < count) throw new Error(`${process.argv[2]} takes ${count} arguments`);
  return words;
}

if (process.argv[2] === GENERATE_FLAG) {
  const [file = '', size] = childArgs(2);
  await generateVoterList(file, Number(size));
  process.exit(0);
}

/** A store variant a child was told to measure (`plain` or `encrypted`). */
function variantOf(word: string | undefined): StoreVariant {
  const variant = STORE_VARIANTS.find((v) => v === word);
  if (!variant) throw new Error(`${process.argv[2]}: no store variant "${word}"`);
  return variant;
}

if (process.argv[2] === VOTER_IMPORT_FLAG) {
  const [dir = '', file = '', size, baseline = '', variant] = childArgs(5);
  printAsJson(process.argv.includes('--json'));
  const baselineSeconds = baseline === '' ? null : Number(baseline);
  await importVoters(dir, file, Number(size), baselineSeconds, variantOf(variant));
  process.exit(0);
}

if (process.argv[2] === REIMPORT_FLAG) {
  const [dataDir = '', file = '', size, variant] = childArgs(4);
  printAsJson(process.argv.includes('--json'));
  await importAgain(dataDir, file, Number(size), variantOf(variant));
  process.exit(0);
}

if (process.argv[2] === SYNC_GENERATE_FLAG) {
  const [folder = '', files] = childArgs(2);
  generateSyncFiles(
    folder,
    Number(files),
    JSON.parse(readFileSync(join(folder, 'central.json'), 'utf8')),
    storeKeyFromStdin(),
  );
  process.exit(0);
}

if (process.argv[2] === BOMB_WRITE_FLAG) {
  const [name = '', folder = '', rows] = childArgs(3);
  console.log(writeCase(folder, name, Number(rows)));
  process.exit(0);
}

if (process.argv[2] === BOMB_CHILD_FLAG) {
  const [name = '', path = ''] = childArgs(2);
  await bombChild(name, path);
  process.exit(0);
}

if (process.argv[2] === NATIONAL_GENERATE_FLAG) {
  const [dir = '', scale, seed] = childArgs(3);
  generateNational(dir, Number(scale), Number(seed));
  process.exit(0);
}

if (process.argv[2] === NATIONAL_IMPORT_FLAG) {
  const [storeDir = '', files = '', scale, seed] = childArgs(4);
  nationalImportChild(storeDir, files, Number(scale), Number(seed));
  process.exit(0);
}

// The modes above are the bench running itself; what follows is what a user asked for.
const options = optionsOrExit(process.argv.slice(2));
printAsJson(options.json);

// `--bombs`: crafted files refused, each read in a child process of its own.
if (options.bombs) {
  bombsBench();
  process.exit(0);
}

// `--national`: the national bench alone (its imports in child processes of their own).
if (options.national) {
  await nationalBench(options.scale, options.seed, options.json);
  process.exit(0);
}

// `--packages`: the package bench alone (making and opening packages at the real cost).
if (options.packages) {
  const packageDir = mkdtempSync(join(tmpdir(), 'precinct-desk-package-bench-'));
  try {
    await packageBench(packageDir);
  } finally {
    rmSync(packageDir, { recursive: true, force: true });
  }
  process.exit(0);
}

// `--sync-only`: the sync bench alone, in its own process, so its peak RSS is its own.
if (options.syncOnly) {
  const syncDir = mkdtempSync(join(tmpdir(), 'precinct-desk-sync-bench-'));
  try {
    syncBench(syncDir, options.syncFiles, options.encryptedStore ? 'encrypted' : 'plain');
  } finally {
    rmSync(syncDir, { recursive: true, force: true });
  }
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-bench-'));
// `--list-only`: the voter-list bench alone (each import in a child process of its own).
if (options.listOnly) {
  try {
    await voterListBench(dir, options.voters);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}
try {
  await voterListBench(dir, options.voters);
  const db = openStore(join(dir, 'app'));
  const device = storeDevice(db, systemClock);
  const log = createEventLog(db, device.deviceId, systemClock);
  const payload = (i: number) => ({ auto_lock_minutes: (i % 60) + 1 });

  const single = 2_000;
  const [, singleSeconds] = seconds(() => {
    for (let i = 0; i < single; i++) log.record('settings.changed', null, payload(i));
  });
  const bulk = 100_000;
  const [, bulkSeconds] = seconds(() =>
    db.transaction(() => {
      for (let i = 0; i < bulk; i++) log.record('settings.changed', null, payload(i));
    })(),
  );

  // SQLite's own speed on the same file settings: plain INSERTs of rows of the same size.
  const raw = openStore(join(dir, 'raw'));
  raw.exec(
    'CREATE TABLE plain (device_id TEXT, seq INTEGER, hlc TEXT, type TEXT, actor TEXT, payload_json TEXT, prev_hash TEXT, hash TEXT, PRIMARY KEY (device_id, seq)) STRICT',
  );
  const insert = raw.prepare('INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const h = 'f'.repeat(64);
  const insertPlain = (seq: number) =>
    insert.run(
      'd',
      seq,
      '000001764312000000.0000',
      'settings.changed',
      null,
      '{"auto_lock_minutes":1}',
      h,
      h,
    );
  const [, rawSingleSeconds] = seconds(() => {
    for (let i = 0; i < single; i++) insertPlain(i);
  });
  const [, rawBulkSeconds] = seconds(() =>
    raw.transaction(() => {
      for (let i = single; i < single + bulk; i++) insertPlain(i);
    })(),
  );

  const [chain, verifySeconds] = seconds(() => verifyChain(db));
  if (!chain.ok) throw new Error('the benchmark chain did not verify');

  report('event append, one transaction each', single / singleSeconds, 'events/s', {
    sqlite_insert_per_s: single / rawSingleSeconds,
    ratio_ours_to_sqlite_time: singleSeconds / rawSingleSeconds,
  });
  report('event append, bulk in one transaction', bulk / bulkSeconds, 'events/s', {
    sqlite_insert_per_s: bulk / rawBulkSeconds,
    ratio_ours_to_sqlite_time: bulkSeconds / rawBulkSeconds,
  });
  report('chain verification', chain.checked / verifySeconds, 'events/s', {
    events: chain.checked,
  });
  await packageBench(join(dir, 'packages'));
  report('peak RSS of the whole run', peakRssMiB(), 'MiB');
  db.close();
  raw.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The sync bench twice, the central store plain then encrypted, each in a process of its own.
for (const more of [[], ['--encrypted-store']]) {
  const sync = spawnSync(
    process.execPath,
    [process.argv[1] as string, '--sync-only', ...more, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  if (sync.status !== 0) process.exit(sync.status ?? 1);
}
