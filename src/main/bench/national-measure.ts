/**
 * The national bench's measures over an imported store: the screens' queries with their p95,
 * the conflicts checked against what was planted, SQLite's plain INSERT of the same rows (the
 * run's baseline), and packages made at the real key-stretching cost.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
// SQLite's plain INSERTs through the stores' own driver, opened without a key: the same engine.
import Database from 'better-sqlite3-multiple-ciphers';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { makeCentralKeys } from '../core/features/supervisor/central-keys';
import { createPackage } from '../core/features/supervisor/package-maker';
import {
  dashboard,
  listAlarms,
  precinctDetail,
} from '../core/features/supervisor/supervisor-views';
import { precinctPage } from '../core/features/supervisor/precinct-list';
import { newHandoverCode } from '../core/airgap/handover-code';
import { makingCost, REAL_COST, sealBody } from '../core/airgap/package-seal';
import type { Db } from '../core/kernel/db/database';
import { iinDigest, type NationalMeta } from './national-data';
import { REGIONS } from './national-plan';
import { percentile, seconds, secondsAsync } from './report';
import { sampleSpec } from './sample-spec';
import { sampleVoters, writeVoterCsv } from './sample-voters';

const RUNS = 20;

function p95(fn: (run: number) => void): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(seconds(() => fn(run))[1] * 1000);
  return percentile(
    times.sort((a, b) => a - b),
    95,
  );
}

export interface ScreenFigures {
  nationalMs: number;
  regionMs: number;
  precinctMs: number;
  turnoutMs: number;
  conflictsMs: number;
  conflictsFound: number;
}

/** The precincts table's first page as the dashboard opens it (by number), for a region or all. */
const firstPage = (db: Db, region?: string) =>
  precinctPage(db, { region, sort: 'number', descending: false, limit: 50, offset: 0 });

/**
 * The dashboard as the screens ask for it — the country and a region, each with the first page
 * of its precincts table, a precinct's page, and the turnout by hour summed over the country
 * from the dashboard's cells — and the open conflicts,
 * each run 20 times. The conflicts must be exactly the planted ones: anything missing or
 * anything more throws, and the bench fails.
 */
export function measureScreens(db: Db, meta: NationalMeta): ScreenFigures {
  const precinct = (run: number) => `nat-${1 + ((run * 7919) % meta.precincts)}`;
  const nationalMs = p95(() => {
    if (dashboard(db).precinctsKnown !== meta.precincts) throw new Error('dashboard incomplete');
    if (firstPage(db).total !== meta.precincts) throw new Error('precincts table incomplete');
  });
  const regionMs = p95((run) => {
    const region = REGIONS[run % REGIONS.length];
    dashboard(db, region);
    firstPage(db, region);
  });
  const precinctMs = p95((run) => precinctDetail(db, precinct(run)));
  const turnoutMs = p95(() => {
    const byHour = new Map<number, number>();
    for (const cell of dashboard(db).turnout) {
      byHour.set(cell.hour, (byHour.get(cell.hour) ?? 0) + cell.ballots);
    }
    return byHour;
  });
  let found = 0;
  const conflictsMs = p95(() => {
    found = checkConflicts(db, meta);
  });
  return { nationalMs, regionMs, precinctMs, turnoutMs, conflictsMs, conflictsFound: found };
}

function checkConflicts(db: Db, meta: NationalMeta): number {
  const open = listAlarms(db, true);
  const keys = db.prepare('SELECT alarm_id, subject_key FROM alarms').all() as {
    alarm_id: string;
    subject_key: string;
  }[];
  const subject = new Map(keys.map((k) => [k.alarm_id, iinDigest(k.subject_key)]));
  const of = (kind: string) =>
    open
      .filter((a) => a.kind === kind)
      .map((a) => subject.get(a.alarmId) ?? '')
      .sort();
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const doubles = of('double_ballot');
  const lists = of('two_lists');
  const others = open.filter((a) => a.kind !== 'double_ballot' && a.kind !== 'two_lists');
  if (!same(doubles, meta.expected.doubleBallots) || !same(lists, meta.expected.twoLists)) {
    throw new Error(
      `conflicts differ from the planted ones: ${doubles.length} double ballots (planted ${meta.expected.doubleBallots.length}), ${lists.length} on two lists (planted ${meta.expected.twoLists.length})`,
    );
  }
  if (others.length > 0) {
    throw new Error(`alarms nobody planted: ${others.length}, first ${others[0]?.kind}`);
  }
  return open.length;
}

/** The store's files on disk, after a checkpoint folds the WAL in. */
export function storeBytes(db: Db, dir: string): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const file = join(dir, 'central.db');
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

/**
 * SQLite's own speed and size for the same rows: every event the store accepted (its device,
 * seq, canonical line and hash) inserted plainly into one table, in one transaction, with the
 * central store's pragmas. Each range is read out of the store and inflated outside the
 * timing; only the inserts and the commit are timed.
 */
export function plainInsertBaseline(db: Db, dir: string): { seconds: number; bytes: number } {
  const path = join(dir, 'plain.db');
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec(
    'CREATE TABLE plain (device_id TEXT, seq INTEGER, line TEXT, hash BLOB, PRIMARY KEY (device_id, seq)) STRICT',
  );
  const insert = raw.prepare('INSERT INTO plain VALUES (?, ?, ?, ?)');
  const ranges = db
    .prepare('SELECT device_id, first_seq, hashes, lines FROM event_ranges')
    .iterate() as IterableIterator<{
    device_id: string;
    first_seq: number;
    hashes: Buffer;
    lines: Buffer;
  }>;
  let total = 0;
  raw.exec('BEGIN');
  for (const range of ranges) {
    const lines = inflateRawSync(range.lines).toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    const hashes = lines.map((_, i) => range.hashes.subarray(i * 32, i * 32 + 32));
    total += seconds(() => {
      for (let i = 0; i < lines.length; i++) {
        insert.run(range.device_id, range.first_seq + i, lines[i], hashes[i]);
      }
    })[1];
  }
  total += seconds(() => raw.exec('COMMIT'))[1];
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  return { seconds: total, bytes: statSync(path).size };
}

export interface PackageFigures {
  /** Median time to make one precinct's package, key stretching included. */
  perPrecinctMs: number;
  /** The key stretching alone (scrypt at the real cost), median. */
  stretchingMs: number;
  samples: number;
}

/**
 * Packages made as `package create` makes them, at the real key-stretching cost, for precincts
 * of the country's list sizes (small, average, largest): spec and list checked, recorded,
 * sealed, signed, written. The key stretching is timed alone beside them.
 */
export async function measurePackages(dir: string, sizes: number[]): Promise<PackageFigures> {
  if (makingCost().n !== REAL_COST.n) throw new Error('packages are timed at the real cost');
  mkdirSync(dir, { recursive: true });
  const db = openCentralDatabase(join(dir, 'central'), true) as Db;
  const made: number[] = [];
  const stretched: number[] = [];
  try {
    makeCentralKeys(db, new Date().toISOString());
    for (const [i, size] of sizes.entries()) {
      const specPath = join(dir, `spec-${i}.json`);
      const votersPath = join(dir, `list-${i}.csv`);
      writeFileSync(
        specPath,
        JSON.stringify(
          sampleSpec({
            electionId: 'national-packages',
            precinctId: `pkg-${i}`,
            number: 100 + i,
            votingDay: '2027-03-19',
            laptops: 2,
          }),
        ),
      );
      await writeVoterCsv(votersPath, sampleVoters(size, '2027-03-19', 500 + i));
      const [, s] = await secondsAsync(() =>
        createPackage(
          db,
          { specPath, votersPath, outPath: join(dir, `p-${i}.pdpkg`) },
          new Date().toISOString(),
          { id: '0b3f4e5d-6c7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'Bench' },
        ),
      );
      made.push(s * 1000);
      const [, k] = await secondsAsync(() => sealBody(Buffer.alloc(0), newHandoverCode(), 'bench'));
      stretched.push(k * 1000);
    }
  } finally {
    db.close();
  }
  return {
    perPrecinctMs: percentile(
      made.sort((a, b) => a - b),
      50,
    ),
    stretchingMs: percentile(
      stretched.sort((a, b) => a - b),
      50,
    ),
    samples: made.length,
  };
}
