/**
 * Scale-out without a server (README, "Regional commissions and the centre"): the import is
 * order-free and idempotent, so two supervisor laptops of one commission — the second restored
 * from the first's key backup — can each import half of a voting day's files and then each
 * other's, and end in the state of one store that imported everything: the same events,
 * devices, dashboard figures and alarms. The day is the national bench's, at a small scale.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/core/kernel/db/database';
import { openCentralDatabase } from '../../src/main/core/features/supervisor/supervisor-db';
import { readCentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import type { ImportContext } from '../../src/main/core/features/supervisor/import-file';
import {
  makeKeyBackup,
  readKeyBackup,
  restoreKeyBackup,
} from '../../src/main/core/features/supervisor/key-backup';
import { dashboard } from '../../src/main/core/features/supervisor/supervisor-views';
import {
  generateNational,
  iinDigest,
  nationalStoreKey,
  type NationalMeta,
} from '../../src/main/bench/national-data';
import { centralDigest, TEST_SUPERVISOR } from '../support/supervisor';

const SCALE = 0.003;
const SEED = 11;
const IMPORTED_AT = '2027-03-19T21:00:00.000Z';

let dir = '';
let meta: NationalMeta;
let files: string[] = [];
const open: Db[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precinct-desk-scale-out-'));
  meta = generateNational(join(dir, 'day'), SCALE, SEED);
  files = readdirSync(join(dir, 'day', 'files'))
    .sort()
    .map((name) => join(dir, 'day', 'files', name));
}, 60_000);

afterAll(() => {
  for (const db of open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A copy of the generated store, with every package and no file imported yet. */
function storeCopy(name: string): Db {
  cpSync(join(dir, 'day', 'central'), join(dir, name), { recursive: true });
  const db = openCentralDatabase(join(dir, name), false, nationalStoreKey(SCALE, SEED)) as Db;
  open.push(db);
  return db;
}

function context(db: Db): ImportContext {
  const keys = readCentralKeys(db);
  if (!keys) throw new Error('no central keys');
  return { db, keys, maxBytes: 256 * 1024 * 1024, now: () => IMPORTED_AT };
}

/**
 * Events, devices, figures and alarms (centralDigest), and the dashboard as a screen reads it,
 * less when each alarm was raised: a store learns of a list's overlap when it gets the
 * package (A) or restores the backup (B), and that moment is its own.
 */
function state(db: Db): string {
  const board = dashboard(db);
  const conflicts = board.conflicts.map(({ raisedAt: _raisedAt, ...alarm }) => alarm);
  return createHash('sha256')
    .update(centralDigest(db))
    .update(JSON.stringify({ ...board, conflicts }))
    .digest('hex');
}

describe('two supervisor stores importing halves of the day, then each other’s files', () => {
  it('end in the state of one store that imported everything, and a missing file shows', async () => {
    expect(meta.precincts).toBeGreaterThan(20);
    expect(files.length).toBe(meta.files);

    const whole = storeCopy('whole');
    expect(importAll(context(whole), files)).toMatchObject({
      accepted: meta.files,
      newEvents: meta.events,
      held: 0,
      rejected: 0,
    });
    // Every planted conflict is raised, and nothing else.
    const alarms = dashboard(whole).conflicts;
    const raised = (kind: string) =>
      alarms
        .filter((a) => a.kind === kind)
        .map((a) => {
          const row = whole
            .prepare('SELECT subject_key FROM alarms WHERE alarm_id = ?')
            .get(a.alarmId) as { subject_key: string };
          return iinDigest(row.subject_key);
        })
        .sort();
    expect(raised('double_ballot')).toEqual(meta.expected.doubleBallots);
    expect(raised('two_lists')).toEqual(meta.expected.twoLists);
    expect(alarms).toHaveLength(meta.expected.doubleBallots.length + meta.expected.twoLists.length);

    // Store B is a second laptop of the same commission, restored from A's key backup.
    const a = storeCopy('a');
    const backup = join(dir, 'central.pdkeys');
    await makeKeyBackup(a, backup, 'the commission safe, shelf two', IMPORTED_AT, TEST_SUPERVISOR);
    const registry = await readKeyBackup(readFileSync(backup), 'the commission safe, shelf two');
    const b = (
      await restoreKeyBackup(
        join(dir, 'b'),
        { registry, account: 'Second Administrator', passphrase: 'a second laptop, same keys' },
        Date.parse(IMPORTED_AT),
      )
    ).db;
    open.push(b);

    // Disjoint halves, every other file: each store holds files whose predecessors it lacks.
    const half = (k: number) => files.filter((_, i) => i % 2 === k);
    const firstA = importAll(context(a), half(0));
    const firstB = importAll(context(b), half(1));
    expect(firstA.accepted + firstA.held).toBe(half(0).length);
    expect(firstB.held).toBeGreaterThan(0);
    expect(state(a)).not.toBe(state(whole));

    // Then each forwards its half to the other.
    importAll(context(a), half(1));
    importAll(context(b), half(0));
    expect(state(a)).toBe(state(whole));
    expect(state(b)).toBe(state(whole));

    // A store that missed one file differs, and the file brings it level.
    const missing = files[Math.floor(files.length / 3)] as string;
    const short = storeCopy('short');
    importAll(
      context(short),
      files.filter((f) => f !== missing),
    );
    expect(state(short)).not.toBe(state(whole));
    importAll(context(short), [missing]);
    expect(state(short)).toBe(state(whole));
  }, 120_000);
});
