/**
 * Killed while a store is created or converted, the app leaves a folder that opens whole with
 * its secret, or one where nothing usable was made and the same command run again succeeds:
 * never a door whose key does not open its store, never a store no secret opens, never a
 * voter's data in clear. The command line (bundled from source, with its workers) or the app's
 * opening (child.ts, `open`) is killed with SIGKILL at random moments of the work, spread over
 * its whole duration, and the folder's raw bytes are searched after each trial.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { sampleVoters, writeVoterCsv } from '../../src/main/bench/sample-voters';
import { createAppCore } from '../../src/main/core/app-core';
import { verifyChain } from '../../src/main/core/feature-list';
import { unlockCentralStore } from '../../src/main/core/features/supervisor/central-access';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import { centralDatabasePath } from '../../src/main/core/features/supervisor/supervisor-folder';
import { keyCheck, readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { unwrapWithPrivateKey } from '../../src/main/core/kernel/at-rest/key-wrap';
import { isPlainDatabase } from '../../src/main/core/kernel/at-rest/plain-store';
import { systemClock } from '../../src/main/core/kernel/clock';
import type { Db } from '../../src/main/core/kernel/db/database';
import { isPlainStore } from '../../src/main/core/kernel/db/encrypt-in-place';
import { keyedDatabase, storeKeyOf, type FolderSecret } from '../support/at-rest';
import { ADMIN, ADMIN_PASSPHRASE, cli, secretFile } from '../support/cli';
import { headlessHost } from '../support/core';
import {
  killTestFile,
  copyFolder,
  inParallel,
  removeFolder,
  runAndKill,
  scratchFolder,
  type KilledRun,
} from '../support/kill/harness';
import { storeDigest, tableDigests } from '../support/store-digest';
import {
  ballot,
  centralFixture,
  enrolDevice,
  makePackage,
  recordEvents,
  spec,
  syncFile,
  VOTING_DAY,
} from '../support/supervisor';

const LANES = Math.min(2, availableParallelism());
const TRIALS = 8;
const FOLDER_SECRET = 'kill-test-new-folder';
const kill = killTestFile();
const { cleanups } = kill;

/** A moment to kill at: from the start to a little past the uncut run's end. */
const someMoment = (uncutMs: number) => Math.random() * uncutMs * 1.2;

/**
 * Two uncut runs at once, as the trials run (each slower than one alone): the slower one's
 * duration, after `check` of each.
 */
async function uncutRuns(
  fresh: () => string,
  run: (dir: string) => Promise<KilledRun>,
  check: (dir: string, run: KilledRun) => Promise<void>,
): Promise<KilledRun> {
  const runs = await Promise.all(
    [fresh(), fresh()].map(async (dir) => {
      const done = await run(dir);
      expect(done.signal, done.stderr).toBeNull();
      await check(dir, done);
      removeFolder(dir);
      return done;
    }),
  );
  return runs[0]!.ms > runs[1]!.ms ? runs[0]! : runs[1]!;
}

/** Every file under a folder with its raw bytes. */
function rawFiles(dir: string): { name: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** None of the needles (a voter's IIN, a surname, a private key's text) stands in any file. */
function expectNothingInClear(dir: string, needles: readonly string[]): void {
  for (const { name, bytes } of rawFiles(dir)) {
    for (const needle of needles) {
      expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in clear in ${name}`).toBe(
        false,
      );
    }
  }
}

/** Nothing but the stores, their WAL and shared memory, their backups and door files. */
function expectNoLeftovers(dir: string): void {
  const stray = readdirSync(dir).filter(
    (name) => !/^(precinct|central)(\.db(-wal|-shm|\.v\d+\.bak)?|-door\.json)$/.test(name),
  );
  expect(stray).toEqual([]);
}

function count(db: Db, from: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${from}`).get() as { n: number }).n;
}

/** Voters whose IIN and surname the raw bytes must never show (a surname no member bears). */
function needlesOf(voters: readonly { iin: string; last_name: string }[], names: string): string[] {
  const picked = voters.filter((v) => !names.includes(v.last_name)).slice(0, 3);
  return picked.flatMap((v) => [v.iin, v.last_name]);
}

/** How a store's creation is run and what it must have made. */
interface Creation {
  argv: (dir: string) => string[];
  secret: FolderSecret;
  voters: number;
  needles: string[];
  /** The commission's private key (PEM), when the door must hold its wrap. */
  centralPem: string | null;
}

/** The folder holds the whole store, sealed by its secret, its door consistent with its key. */
async function expectWhole(dir: string, c: Creation): Promise<void> {
  const door = readDoor(dir);
  if (!door) throw new Error('no door file');
  expect(door.open_key).toBeNull();
  const key = await storeKeyOf(dir, c.secret, true);
  expect(keyCheck(key)).toBe(door.key_check);
  const db = keyedDatabase(dir, key, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyChain(db).ok).toBe(true);
    expect(count(db, 'voters')).toBe(c.voters);
  } finally {
    db.close();
  }
  if (c.centralPem !== null) {
    if (!door.central_wrap) throw new Error('no commission wrap');
    expect(unwrapWithPrivateKey(door.central_wrap, c.centralPem)?.equals(key)).toBe(true);
  }
  expectNothingInClear(dir, c.needles);
  expectNoLeftovers(dir);
}

/**
 * After a kill: whole, or nothing usable (no voter behind a key in clear) and a retry with the
 * same inputs makes it whole.
 */
async function afterKill(dir: string, c: Creation): Promise<'whole' | 'retried'> {
  if (!existsSync(dir)) {
    // Killed before the folder was made.
    const again = await cli(...c.argv(dir));
    expect(again.code, again.err + again.out).toBe(0);
    await expectWhole(dir, c);
    return 'retried';
  }
  expectNothingInClear(dir, c.needles);
  const door = readDoor(dir);
  const hasStore = rawFiles(dir).some((f) => f.name === 'precinct.db' && f.bytes.length > 0);
  if (door && hasStore) {
    // Whatever opens the store now: the key in the door, or (sealed) the secret's wrap.
    let key: Buffer;
    let db: Db;
    try {
      key = Buffer.from(door.open_key ?? '', 'base64');
      db = keyedDatabase(dir, key, { readonly: true });
    } catch {
      // A seal the store took before the door dropped the old key: the secret opens it.
      key = await storeKeyOf(dir, c.secret, true);
      db = keyedDatabase(dir, key, { readonly: true });
    }
    let voters: number;
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const hasVoters = db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'voters'")
        .get();
      voters = hasVoters ? count(db, 'voters') : 0;
    } finally {
      db.close();
    }
    if (door.open_key !== null) {
      // A key in clear never stands before a voter's data.
      expect(voters).toBe(0);
    } else if (voters === c.voters) {
      await expectWhole(dir, c);
      return 'whole';
    }
  }
  const again = await cli(...c.argv(dir));
  expect(again.code, again.err + again.out).toBe(0);
  await expectWhole(dir, c);
  return 'retried';
}

async function killedCreations(what: string, c: Creation, fresh: () => string): Promise<void> {
  // An uncut run: how long the work takes, and that it makes the store whole.
  const uncut = await uncutRuns(
    fresh,
    (dir) => runAndKill(kill.bundle.cli, c.argv(dir), {}),
    async (dir, run) => {
      expect(run.code, run.stderr + run.lines.join('\n')).toBe(0);
      await expectWhole(dir, c);
    },
  );
  const outcomes = { whole: 0, retried: 0 };
  await inParallel(TRIALS, LANES, async () => {
    const dir = fresh();
    try {
      const run = await runAndKill(kill.bundle.cli, c.argv(dir), { afterMs: someMoment(uncut.ms) });
      if (run.signal === null) expect(run.code, run.stderr).toBe(0);
      outcomes[await afterKill(dir, c)]++;
    } finally {
      removeFolder(dir);
    }
  });
  console.log(
    `kill test, ${what}: ${TRIALS} trials of ${uncut.ms} ms, ${outcomes.whole} whole, ${outcomes.retried} completed by a retry`,
  );
  expect(outcomes.whole + outcomes.retried).toBe(TRIALS);
}

describe('killed while a new encrypted store is made', () => {
  it(`by a first package load, whole or made whole by a retry, in ${TRIALS} trials`, async () => {
    const fx = centralFixture();
    cleanups.push(() => fx.dispose());
    const voters = [...sampleVoters(4_000, VOTING_DAY, 21)];
    const { path, handoverCode } = await makePackage(fx, 'p-421', 421, voters);
    const codeFile = secretFile(handoverCode);
    await killedCreations(
      'first package load',
      {
        argv: (dir) => ['package', 'load', path, '--data-dir', dir, '--code-file', codeFile],
        secret: { handoverCode },
        voters: voters.length,
        needles: needlesOf(voters, JSON.stringify(spec('p-421', 421))),
        centralPem: fx.keys.encryption.privateKeyPem,
      },
      scratchFolder,
    );
  }, 180_000);

  it(`by a voters import into a new folder, in ${TRIALS} trials`, async () => {
    const base = scratchFolder();
    cleanups.push(() => removeFolder(base));
    const voters = [...sampleVoters(6_000, VOTING_DAY, 22)];
    const file = join(base, 'list.csv');
    await writeVoterCsv(file, voters);
    const secret = secretFile(FOLDER_SECRET);
    await killedCreations(
      'voters import into a new folder',
      {
        argv: (dir) => [
          'voters',
          'import',
          file,
          '--voting-day',
          VOTING_DAY,
          '--data-dir',
          dir,
          '--secret-file',
          secret,
        ],
        secret: { folderSecret: FOLDER_SECRET },
        voters: voters.length,
        needles: needlesOf(voters, ''),
        centralPem: null,
      },
      // A folder the command makes.
      () => join(scratchFolder(), 'data'),
    );
  }, 180_000);
});

/** Decrypts a store in place into the previous version's plain format. */
function decrypt(db: Db): void {
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
}

describe('killed while a plain folder of the previous format is encrypted in place', () => {
  it(`a precinct's opens whole, encrypted, nothing left in clear, in ${TRIALS} trials`, async () => {
    const fx = centralFixture();
    cleanups.push(() => fx.dispose());
    const voters = [...sampleVoters(20_000, VOTING_DAY, 23)];
    const { path, handoverCode } = await makePackage(fx, 'p-423', 423, voters);
    const template = scratchFolder();
    cleanups.push(() => removeFolder(template));
    const loaded = await cli(
      'package',
      'load',
      path,
      '--data-dir',
      template,
      '--code-file',
      secretFile(handoverCode),
    );
    expect(loaded.code, loaded.err).toBe(0);
    // The previous version's folder: the same store in clear, an upgrade's plain backup, no door.
    const key = await storeKeyOf(template, { handoverCode });
    const db = keyedDatabase(template, key);
    decrypt(db);
    db.close();
    rmSync(join(template, 'precinct-door.json'));
    const plain = new Database(join(template, 'precinct.db'));
    const before = tableDigests(plain);
    plain.prepare('VACUUM INTO ?').run(join(template, 'precinct.db.v9.bak'));
    plain.close();
    const needles = needlesOf(voters, JSON.stringify(spec('p-423', 423)));
    // The control: the previous format shows them.
    expect(() => expectNothingInClear(template, needles)).toThrow();

    const opening = async (dir: string) => {
      // The app's own opening, in this process: it finishes what the kill left.
      createAppCore({ dataDir: dir, clock: systemClock, host: headlessHost }).close();
      const door = readDoor(dir);
      if (!door?.open_key) throw new Error('a converted folder stays open until a login');
      for (const name of ['precinct.db', 'precinct.db.v9.bak']) {
        expect(isPlainDatabase(join(dir, name)), name).toBe(false);
      }
      const store = keyedDatabase(dir, Buffer.from(door.open_key, 'base64'), { readonly: true });
      try {
        expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(tableDigests(store)).toEqual(before);
      } finally {
        store.close();
      }
      expectNothingInClear(dir, needles);
      expectNoLeftovers(dir);
    };
    await killedOpenings(
      'precinct folder encrypted in place',
      template,
      (dir) => ['open', dir],
      opening,
    );
  }, 180_000);

  it(`a supervisor's central store opens whole, in ${TRIALS} trials`, async () => {
    const fx = centralFixture();
    cleanups.push(() => fx.dispose());
    const voters = [...sampleVoters(3_000, VOTING_DAY, 24)];
    const { content } = await makePackage(fx, 'p-424', 424, voters);
    const device = enrolDevice(content, 'dev-424');
    const files = [];
    const events = recordEvents(
      device.deviceId,
      voters.map((v, i) => ballot(`b-424-${i}`, v.iin)),
    );
    for (let at = 0; at < events.length; at += 500) {
      files.push(fx.file(`part-${at}.pdsync`, syncFile(fx, device, events.slice(at, at + 500))));
    }
    expect(importAll(fx.ctx, files).rejected).toBe(0);
    const dir = join(fx.dir, 'central');
    // The previous version's supervisor folder: its store in clear with an upgrade's backup.
    decrypt(fx.db);
    fx.db.prepare('VACUUM INTO ?').run(`${centralDatabasePath(dir)}.v3.bak`);
    // The supervisor log gains the conversion's own act (store.initialized) when central init
    // finishes: every other table must be as it was.
    const mine = { exclude: ['supervisor_log'] };
    const before = storeDigest(fx.db, mine);
    fx.db.close();
    const pemBody = fx.keys.signing.privateKeyPem.split('\n')[1] ?? '';
    const needles = [pemBody, voters[0]!.iin, voters[voters.length - 1]!.iin];
    expect(() => expectNothingInClear(dir, needles)).toThrow();
    const template = copyFolder(dir);
    cleanups.push(() => removeFolder(template));
    const secret = secretFile(ADMIN_PASSPHRASE);
    const outcomes = { opened: 0, again: 0 };
    const opening = async (trial: string) => {
      if (readdirSync(trial).includes('central-door.json')) {
        outcomes.opened++;
      } else {
        // Killed before the administrator was made: the folder is still the previous one.
        const again = await cli(
          'central',
          'init',
          '--data-dir',
          trial,
          '--account',
          ADMIN,
          '--secret-file',
          secret,
        );
        expect(again.code, again.err).toBe(0);
        outcomes.again++;
      }
      // The app's opening with the administrator's passphrase finishes the rest.
      const opened = await unlockCentralStore(trial, ADMIN, ADMIN_PASSPHRASE, Date.now());
      try {
        expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(storeDigest(opened.db, mine)).toBe(before);
      } finally {
        opened.db.close();
      }
      expect(isPlainStore(centralDatabasePath(trial))).toBe(false);
      expect(isPlainStore(`${centralDatabasePath(trial)}.v3.bak`)).toBe(false);
      expectNothingInClear(trial, needles);
      expectNoLeftovers(trial);
    };
    await killedOpenings(
      'central store encrypted in place',
      template,
      (trial) => [
        'central-init',
        JSON.stringify({ dataDir: trial, account: ADMIN, secretFile: secret }),
      ],
      opening,
    );
    console.log(
      `kill test, central store: ${outcomes.opened} opened by the passphrase, ${outcomes.again} made by central init again`,
    );
  }, 180_000);
});

/**
 * The child's `work` (the app's opening of a folder, or the making of a supervisor folder's
 * administrator) on a copy of `template`, killed at random moments of the work's own duration
 * (as the child measures it), then `check`ed.
 */
async function killedOpenings(
  what: string,
  template: string,
  work: (dir: string) => string[],
  check: (dir: string) => Promise<void>,
  trials = TRIALS,
): Promise<void> {
  const uncut = await uncutRuns(
    () => copyFolder(template),
    (dir) => runAndKill(kill.bundle.child, work(dir), {}),
    (dir, run) => {
      expect(run.code, run.stderr).toBe(0);
      return check(dir);
    },
  );
  const openMs = Number(uncut.lines.find((l) => l.startsWith('opened '))?.slice(7));
  expect(openMs).toBeGreaterThan(0);
  const outcomes = { finished: 0, killed: 0 };
  await inParallel(trials, LANES, async () => {
    const dir = copyFolder(template);
    try {
      const run = await runAndKill(kill.bundle.child, work(dir), {
        when: (lines) => lines.includes('start'),
        jitterMs: openMs * 1.2,
      });
      outcomes[run.signal === null ? 'finished' : 'killed']++;
      await check(dir);
    } finally {
      removeFolder(dir);
    }
  });
  console.log(
    `kill test, ${what}: ${trials} trials over an opening of ${openMs} ms, ${outcomes.killed} killed, ${outcomes.finished} finished first`,
  );
}
