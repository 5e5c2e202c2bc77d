/**
 * The voter list at central scale: a synthetic 1,000,000-voter file imported with every check
 * and the search keys, beside the sqlite3 command-line shell's bare `.import` of the same file;
 * then IIN and tolerant name lookups through the core's search.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../core/kernel/clock';
import { VoterListService } from '../core/features/voters/list-service';
import { sampleVoters, writeVoterCsv } from './sample-voters';
import { VoterSearch } from '../core/features/voters/voter-search';
import type { VoterData } from '../core/features/voters/voter-store';
import {
  benchStoreKey,
  measuringStore,
  note,
  peakRssMiB,
  percentile,
  report,
  seconds,
  secondsAsync,
  storeKeyFromStdin,
} from './report';
import { createEventLog, STORE_MIGRATIONS, storeDevice, verifyChain } from '../core/feature-list';
import { openDatabase } from '../core/kernel/db/database';

/** The two stores every voter-list figure is measured on, each in a process of its own. */
export const STORE_VARIANTS = ['plain', 'encrypted'] as const;
export type StoreVariant = (typeof STORE_VARIANTS)[number];

const VOTING_DAY = '2027-03-19';

/** The baseline exactly as the voter-list issue states it. */
const SQLITE_BASELINE = (file: string) => `PRAGMA journal_mode=WAL;
CREATE TABLE voters(iin TEXT PRIMARY KEY, last_name TEXT, first_name TEXT, patronymic TEXT, birth_date TEXT, address TEXT, precinct INTEGER) WITHOUT ROWID;
.mode csv
.import --skip 1 ${file} voters
CREATE INDEX voters_name ON voters(last_name, first_name);
`;

const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
/** Passport-style Latin of a Cyrillic name, as a clerk abroad might type it. */
function latin(name: string): string {
  return [...name.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
}
/** One letter changed in the middle, as a hurried typist would. */
function typo(name: string): string {
  const i = Math.floor(name.length / 2);
  const swap = name[i] === 'а' ? 'о' : 'а';
  return `${name.slice(0, i)}${swap}${name.slice(i + 1)}`;
}

interface Query {
  text: string;
  iin: string;
  /** The query names the voter uniquely enough that the voter must be among the first 20. */
  unique: boolean;
}

function timeQueries(search: VoterSearch, queries: Query[]) {
  const durations: number[] = [];
  let found = 0;
  let unique = 0;
  for (const query of queries) {
    const start = process.hrtime.bigint();
    const result = search.search(query.text, 20);
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (query.unique) {
      unique++;
      if (result.voters.some((v) => v.iin === query.iin)) found++;
    }
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), found: found / unique };
}

/** Run as `bench.js --generate-voters FILE N`: writes the list and a sample of its voters. */
export const GENERATE_FLAG = '--generate-voters';
/** The child that imports the same list again into the folder holding it. */
export const REIMPORT_FLAG = '--import-again';
/** The child that imports the list into a new store, plain or encrypted, and looks voters up. */
export const VOTER_IMPORT_FLAG = '--import-voters';

export async function generateVoterList(file: string, size: number): Promise<void> {
  const samples: VoterData[] = [];
  const every = Math.max(1, Math.floor(size / 1000));
  await writeVoterCsv(
    file,
    (function* () {
      let i = 0;
      for (const voter of sampleVoters(size, VOTING_DAY, 7)) {
        if (i++ % every === 0) samples.push(voter);
        yield voter;
      }
    })(),
  );
  writeFileSync(`${file}.samples.json`, JSON.stringify(samples));
}

export async function voterListBench(dir: string, size: number): Promise<void> {
  const file = join(dir, 'voters.csv');
  // Written by a child process, so this process's peak memory is the import's alone.
  const [generated, generateSeconds] = seconds(() =>
    spawnSync(process.execPath, [process.argv[1] as string, GENERATE_FLAG, file, String(size)], {
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  );
  if (generated.status !== 0) throw new Error('generating the voter list failed');
  note(
    `Generated ${size.toLocaleString('en')} synthetic voters in ${generateSeconds.toFixed(1)} s.`,
  );

  // SQLite's shell first: each store's import then runs in a child process of its own, so its
  // peak memory is that import's alone.
  let baselineSeconds: number | null = null;
  const probe = spawnSync('sqlite3', ['-version']);
  if (probe.status === 0) {
    const [run, s] = seconds(() =>
      spawnSync('sqlite3', [join(dir, 'baseline.db')], {
        input: SQLITE_BASELINE(file),
        stdio: ['pipe', 'ignore', 'pipe'],
      }),
    );
    if (run.status !== 0) throw new Error(`sqlite3 failed: ${run.stderr.toString().slice(0, 500)}`);
    baselineSeconds = s;
    report('sqlite3 shell .import (plain), the baseline', size / s, 'rows/s', { seconds: s });
  } else {
    note('sqlite3 is not installed: the import ratio against its .import is skipped.');
  }
  const json = process.argv.includes('--json') ? ['--json'] : [];
  for (const variant of STORE_VARIANTS) {
    const child = spawnSync(
      process.execPath,
      [
        process.argv[1] as string,
        VOTER_IMPORT_FLAG,
        dir,
        file,
        String(size),
        String(baselineSeconds ?? ''),
        variant,
        ...json,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (child.status !== 0) throw new Error(`the ${variant} voter import failed`);
  }
}

/**
 * The child of VOTER_IMPORT_FLAG: the list imported into a new store (`encrypted`: opened
 * with a random key, as the app's stores are), against the shell's time, then the lookups and
 * the same list again in a child of its own.
 */
export async function importVoters(
  dir: string,
  file: string,
  size: number,
  baselineSeconds: number | null,
  variant: StoreVariant,
): Promise<void> {
  measuringStore(variant);
  const samples = JSON.parse(readFileSync(`${file}.samples.json`, 'utf8')) as VoterData[];
  const key = benchStoreKey(variant);
  const dataDir = join(dir, variant);
  const db = openDatabase(dataDir, STORE_MIGRATIONS, key);
  const log = createEventLog(db, storeDevice(db, systemClock).deviceId, systemClock);
  const lists = new VoterListService(db, log, systemClock);
  const [result, oursSeconds] = await secondsAsync(() =>
    lists.importFile(file, VOTING_DAY, null, 'cli'),
  );
  const importPeak = peakRssMiB();
  if (result.imported !== size) throw new Error(`imported ${result.imported} of ${size} voters`);
  if (!verifyChain(db).ok) throw new Error('the chain does not verify after the import');
  report('voter import, all checks + search keys', size / oursSeconds, 'rows/s', {
    seconds: oursSeconds,
    ...(baselineSeconds !== null
      ? {
          sqlite3_import_seconds: baselineSeconds,
          ratio_ours_to_sqlite3_time: oursSeconds / baselineSeconds,
          target_ratio_max: 1,
        }
      : {}),
  });
  report('voter import peak RSS', importPeak, 'MiB', { target_max: 300 });

  const search = new VoterSearch(db);
  const [, vocabularySeconds] = seconds(() => search.search('Ахметов', 1));
  report('name vocabulary load (first name query)', vocabularySeconds * 1000, 'ms');
  const iinQueries = samples.map((v) => ({ text: v.iin, iin: v.iin, unique: true }));
  const prefixQueries = samples.map((v) => ({
    text: v.iin.slice(0, 9),
    iin: v.iin,
    unique: false,
  }));
  const dotted = (date: string) => date.split('-').reverse().join('.');
  const nameQueries = samples.flatMap((v) => [
    { text: `${v.last_name} ${v.first_name}`, iin: v.iin, unique: false },
    { text: `${latin(v.first_name)} ${latin(v.last_name)}`, iin: v.iin, unique: false },
    {
      text: `${typo(v.last_name)} ${v.first_name} ${dotted(v.birth_date)}`,
      iin: v.iin,
      unique: true,
    },
    { text: `${latin(v.last_name)} ${dotted(v.birth_date)}`, iin: v.iin, unique: true },
  ]);
  const iin = timeQueries(search, iinQueries);
  report('lookup by full IIN, p50', iin.p50, 'ms', {
    p95_ms: iin.p95,
    target_p95_ms: 1,
    found_share: iin.found,
  });
  const prefix = timeQueries(search, prefixQueries);
  report('lookup by IIN prefix (9 digits), p50', prefix.p50, 'ms', { p95_ms: prefix.p95 });
  const names = timeQueries(search, nameQueries);
  report('lookup by folded tolerant name, p50', names.p50, 'ms', {
    p95_ms: names.p95,
    target_p95_ms: 10,
    queries: nameQueries.length,
    found_share_with_birth_date: names.found,
  });
  db.close();

  // The same list again into the folder holding it: every row a duplicate_iin. In a child
  // process, so the peak memory is this import's alone; the key goes to it on standard input.
  const json = process.argv.includes('--json') ? ['--json'] : [];
  const again = spawnSync(
    process.execPath,
    [process.argv[1] as string, REIMPORT_FLAG, dataDir, file, String(size), variant, ...json],
    { stdio: ['pipe', 'inherit', 'inherit'], input: key ? key.toString('hex') : '' },
  );
  // Said, not thrown: the figures of the other store and of the rest of the bench still count.
  if (again.status !== 0) note(`FAILED: importing the list again into the ${variant} store`);
}

/**
 * The child of REIMPORT_FLAG: imports `file` again into `dataDir`, which holds it, and reports
 * the time and the process's peak RSS.
 */
export async function importAgain(
  dataDir: string,
  file: string,
  size: number,
  variant: StoreVariant,
): Promise<void> {
  measuringStore(variant);
  const db = openDatabase(dataDir, STORE_MIGRATIONS, storeKeyFromStdin());
  const log = createEventLog(db, storeDevice(db, systemClock).deviceId, systemClock);
  const lists = new VoterListService(db, log, systemClock);
  const [result, againSeconds] = await secondsAsync(() =>
    lists.importFile(file, VOTING_DAY, null, 'cli'),
  );
  const peak = peakRssMiB();
  db.close();
  const { outcome } = result;
  if (result.imported !== 0 || outcome.countsByCode.duplicate_iin !== size) {
    throw new Error(`expected ${size} duplicates, got ${JSON.stringify(outcome.countsByCode)}`);
  }
  report('voter import again, every row a duplicate', size / againSeconds, 'rows/s', {
    seconds: againSeconds,
    issues_kept: outcome.errors.length + outcome.warnings.length,
    issues_counted: outcome.errorCount + outcome.warningCount,
  });
  report('voter import again peak RSS', peak, 'MiB', { target_max: 300 });
}
