/**
 * `npm run bench -- --national [--scale S] [--seed N] [--json]` (docs/benchmarks.md,
 * "National"): a whole country's voting day through one supervisor store on this machine. The
 * data is generated once per scale and seed and cached outside the repository
 * (national-data.ts); each run copies the cached store (every package, no file yet), imports
 * the day's files in a child process (time and peak RSS its own), imports them all again in
 * another, then times the screens' queries, checks the conflicts against the planted ones,
 * measures the store's size, SQLite's plain INSERT of the same rows, and packages made at the
 * real key-stretching cost. Each figure is printed with its target; `--json` prints one object.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../core/airgap/container';
import { importAll } from '../core/features/supervisor/import-run';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { readCentralKeys } from '../core/features/supervisor/central-keys';
import type { Db } from '../core/kernel/db/database';
import {
  NATIONAL_GENERATE_FLAG,
  nationalCacheDir,
  nationalStoreKey,
  readNationalMeta,
  type NationalMeta,
} from './national-data';
import { LARGEST_LIST, AVERAGE_LIST, NATIONAL_PRECINCTS } from './national-plan';
import {
  measurePackages,
  measureScreens,
  plainInsertBaseline,
  storeBytes,
} from './national-measure';
import { note, peakRssMiB, report, seconds } from './report';

export const NATIONAL_IMPORT_FLAG = '--national-import';

/** Targets at scale 1 on a 2-core machine; the import's times scale with the data. */
const TARGETS = {
  importS: 600,
  reimportS: 60,
  rssMiB: 1024,
  screenMs: 200,
  conflictsMs: 1000,
};

interface ImportFigures {
  seconds: number;
  rssMiB: number;
  accepted: number;
  alreadyImported: number;
  held: number;
  rejected: number;
  newEvents: number;
}

/** The child's work: one import of every file into the store at `storeDir`; prints its figures. */
export function nationalImportChild(
  storeDir: string,
  files: string,
  scale: number,
  seed: number,
): void {
  const db = openCentralDatabase(storeDir, false, nationalStoreKey(scale, seed)) as Db;
  const keys = readCentralKeys(db);
  if (!keys) throw new Error('the bench store has no central keys');
  const ctx = { db, keys, maxBytes: DEFAULT_MAX_FILE_BYTES, now: () => new Date().toISOString() };
  const [run, s] = seconds(() => importAll(ctx, [files]));
  db.close();
  const figures: ImportFigures = {
    seconds: s,
    rssMiB: peakRssMiB(),
    accepted: run.accepted,
    alreadyImported: run.alreadyImported,
    held: run.held,
    rejected: run.rejected,
    newEvents: run.newEvents,
  };
  console.log(JSON.stringify(figures));
}

function importInChild(
  storeDir: string,
  files: string,
  scale: number,
  seed: number,
): ImportFigures {
  const child = spawnSync(
    process.execPath,
    [process.argv[1] as string, NATIONAL_IMPORT_FLAG, storeDir, files, String(scale), String(seed)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`the import's process failed (${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as ImportFigures;
}

/** The cached data of this scale and seed, made first when missing. */
function nationalData(scale: number, seed: number): { dir: string; meta: NationalMeta } {
  const dir = nationalCacheDir(scale, seed);
  const cached = readNationalMeta(dir);
  if (cached) {
    note(`National data from ${dir} (generated in ${cached.generateSeconds.toFixed(0)} s).`);
    return { dir, meta: cached };
  }
  note(`Generating the national data (scale ${scale}, seed ${seed}) into ${dir}…`);
  // In a process of its own: what generating holds is gone before anything is measured.
  const child = spawnSync(
    process.execPath,
    [process.argv[1] as string, NATIONAL_GENERATE_FLAG, dir, String(scale), String(seed)],
    { stdio: 'inherit' },
  );
  const meta = readNationalMeta(dir);
  if (child.status !== 0 || !meta) throw new Error('generating the national data failed');
  note(`Generated in ${meta.generateSeconds.toFixed(0)} s.`);
  return { dir, meta };
}

/** What `--json` says of the data beside the figures. */
const DATA_FIELDS = [
  'scale',
  'seed',
  'precincts',
  'abroad',
  'voters',
  'laptops',
  'files',
  'events',
  'ballots',
] as const satisfies readonly (keyof NationalMeta)[];

interface Figure {
  value: number;
  unit: string;
  /** null: reported, no target (the issue asks for the figure only). */
  target: number | null;
  met: boolean | null;
  [more: string]: number | string | boolean | null;
}

const figure = (
  value: number,
  unit: string,
  target: number | null,
  more: Record<string, number> = {},
): Figure => ({
  value: Number(value.toFixed(3)),
  unit,
  target: target === null ? null : Number(target.toFixed(3)),
  met: target === null ? null : value <= target,
  ...Object.fromEntries(Object.entries(more).map(([k, v]) => [k, Number(v.toFixed(3))])),
});

export async function nationalBench(scale: number, seed: number, json: boolean): Promise<boolean> {
  const { dir, meta } = nationalData(scale, seed);
  const work = mkdtempSync(join(tmpdir(), 'precinct-desk-national-'));
  try {
    const storeDir = join(work, 'central');
    cpSync(join(dir, 'central'), storeDir, { recursive: true });
    const files = join(dir, 'files');
    note(
      `${meta.precincts} precincts (${meta.abroad} abroad), ${meta.voters} voters, ${meta.laptops} laptops, ${meta.files} files, ${meta.events} events, ${meta.ballots} ballots; ${cpus().length} cores.`,
    );
    const before = (() => {
      const db = openCentralDatabase(storeDir, false, nationalStoreKey(scale, seed)) as Db;
      try {
        return storeBytes(db, storeDir);
      } finally {
        db.close();
      }
    })();
    const first = importInChild(storeDir, files, scale, seed);
    if (first.accepted !== meta.files || first.newEvents !== meta.events) {
      throw new Error(
        `the import accepted ${first.accepted} of ${meta.files} files (${first.held} held, ${first.rejected} refused), ${first.newEvents} of ${meta.events} events`,
      );
    }
    const again = importInChild(storeDir, files, scale, seed);
    if (again.alreadyImported !== meta.files)
      throw new Error('the second import changed something');

    const db = openCentralDatabase(storeDir, false, nationalStoreKey(scale, seed)) as Db;
    let screens;
    let bytes;
    let baseline;
    try {
      screens = measureScreens(db, meta);
      bytes = storeBytes(db, storeDir);
      baseline = plainInsertBaseline(db, work);
    } finally {
      db.close();
    }
    const packages = await measurePackages(join(work, 'packages'), [
      300,
      AVERAGE_LIST,
      LARGEST_LIST,
    ]);
    const perEvent = (bytes - before) / meta.events;
    const figures = {
      import_s: figure(first.seconds, 's', TARGETS.importS * scale, {
        events_per_s: meta.events / first.seconds,
        sqlite_plain_insert_s: baseline.seconds,
        ratio_to_sqlite: first.seconds / baseline.seconds,
      }),
      import_peak_rss_mib: figure(first.rssMiB, 'MiB', TARGETS.rssMiB),
      reimport_s: figure(again.seconds, 's', TARGETS.reimportS * scale, {
        peak_rss_mib: again.rssMiB,
      }),
      dashboard_national_p95_ms: figure(screens.nationalMs, 'ms', TARGETS.screenMs),
      dashboard_region_p95_ms: figure(screens.regionMs, 'ms', TARGETS.screenMs),
      precinct_page_p95_ms: figure(screens.precinctMs, 'ms', TARGETS.screenMs),
      turnout_by_hour_p95_ms: figure(screens.turnoutMs, 'ms', TARGETS.screenMs),
      conflicts_p95_ms: figure(screens.conflictsMs, 'ms', TARGETS.conflictsMs, {
        found: screens.conflictsFound,
        planted: meta.expected.doubleBallots.length + meta.expected.twoLists.length,
      }),
      package_per_precinct_ms: figure(packages.perPrecinctMs, 'ms', null, {
        key_stretching_ms: packages.stretchingMs,
        without_stretching_ms: packages.perPrecinctMs - packages.stretchingMs,
        country_minutes: (packages.perPrecinctMs * NATIONAL_PRECINCTS) / 60_000,
        country_stretching_minutes: (packages.stretchingMs * NATIONAL_PRECINCTS) / 60_000,
        samples: packages.samples,
      }),
      store_bytes_per_event: figure(perEvent, 'B', null, {
        store_mib: bytes / 2 ** 20,
        before_import_mib: before / 2 ** 20,
        sqlite_plain_bytes_per_row: baseline.bytes / meta.events,
      }),
    };
    const met = Object.values(figures).every((f) => f.met !== false);
    if (json) {
      const data = Object.fromEntries(DATA_FIELDS.map((field) => [field, meta[field]]));
      console.log(
        JSON.stringify({ bench: 'national', cores: cpus().length, ...data, figures, met }),
      );
    } else {
      for (const [name, f] of Object.entries(figures)) {
        const { value, unit, target, met: ok, ...more } = f;
        const numbers = Object.fromEntries(
          Object.entries(more).filter((e): e is [string, number] => typeof e[1] === 'number'),
        );
        report(name, value, unit, target === null ? numbers : { target, ...numbers });
        if (ok === false)
          note(`  ↑ misses its target by ${((value / (target ?? 1) - 1) * 100).toFixed(0)} %`);
      }
      note(met ? 'Every target met.' : 'Some targets missed.');
    }
    return met;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
