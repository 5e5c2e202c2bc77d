/**
 * Killed during a list import, a supervisor's import of sync files or a sync export, the app
 * leaves every folder whole: the command line (bundled from source, with its workers) is
 * killed with SIGKILL at random moments of the work, and the folder is then checked. A list
 * import is all there or not at all; a supervisor's store stays consistent and importing the
 * same files again completes it; an export leaves no file or a complete one that verifies.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { adminDoor, adminStore, asAdmin } from '../support/cli';
import { openCliContext } from '../../src/main/cli/cli-context';
import { sampleVoters, writeVoterCsv } from '../../src/main/bench/sample-voters';
import { rebuildProjections, verifyChain } from '../../src/main/core/feature-list';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import { readCentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import type { Db } from '../../src/main/core/kernel/db/database';
import {
  ballot,
  centralDigest,
  centralFixture,
  ELECTION,
  enrolDevice,
  makePackage,
  recordEvents,
  syncFile,
  VOTING_DAY,
} from '../support/supervisor';
import {
  killTestFile,
  copyFolder,
  inParallel,
  removeFolder,
  runAndKill,
  scratchFolder,
} from '../support/kill/harness';
import { tableDigests } from '../support/store-digest';
import { openFolderStore } from '../support/at-rest';
import { secretFile } from '../support/cli';

const LANES = Math.min(2, availableParallelism());
/** The secret the list folders are sealed by (`voters import --secret-file`). */
const FOLDER_SECRET = 'kill-test-folder';
const sealed = ['--secret-file', secretFile(FOLDER_SECRET)];
const kill = killTestFile();
const { cleanups } = kill;

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

/**
 * A moment to kill at: anywhere from the start to past the uncut run's end (two trials run
 * at once, each slower than the uncut run alone; a few finish before their moment).
 */
const someMoment = (uncutMs: number) => Math.random() * uncutMs * 2;

/** A store after a kill: SQLite's check, the chain, the projections against a rebuild. */
function checkPrecinctStore(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(verifyChain(db).ok).toBe(true);
  const before = tableDigests(db);
  rebuildProjections(db);
  expect(tableDigests(db)).toEqual(before);
}

describe('killed during a voter list import', () => {
  const TRIALS = 10;
  const ROWS = 10_000;

  it(`leaves the list whole or untouched, in ${TRIALS} trials of ${ROWS} rows`, async () => {
    // Two folders: one without a list (the bulk load, indexes dropped and rebuilt in the
    // transaction) and one holding a list (every row looked up).
    const base = scratchFolder();
    cleanups.push(() => removeFolder(base));
    const file = join(base, 'list.csv');
    await writeVoterCsv(file, sampleVoters(ROWS, VOTING_DAY, 7));
    const empty = join(base, 'empty');
    openCliContext(empty).close();
    const listed = join(base, 'listed');
    const first = join(base, 'first.csv');
    await writeVoterCsv(first, sampleVoters(2_000, VOTING_DAY, 8));
    expect(
      (
        await cli(
          'voters',
          'import',
          first,
          '--voting-day',
          VOTING_DAY,
          '--data-dir',
          listed,
          ...sealed,
        )
      ).code,
    ).toBe(0);
    const templates = await Promise.all(
      [empty, listed].map(async (dir) => {
        const db = await openFolderStore(dir, { folderSecret: FOLDER_SECRET });
        const state = { dir, digest: tableDigests(db), voters: count(db, 'voters') };
        db.close();
        return state;
      }),
    );
    const argv = (dir: string) => [
      'voters',
      'import',
      file,
      '--voting-day',
      VOTING_DAY,
      '--data-dir',
      dir,
      ...sealed,
    ];
    // An uncut run of each: how long the work takes, and the list it makes (some rows of the
    // second list are refused as already listed: exit 1).
    const uncut: { ms: number; voters: number }[] = [];
    for (const t of templates) {
      const dir = copyFolder(t.dir);
      const run = await runAndKill(kill.bundle.cli, argv(dir), {});
      expect(run.signal, run.stderr).toBeNull();
      const db = await openFolderStore(dir, { folderSecret: FOLDER_SECRET });
      uncut.push({ ms: run.ms, voters: count(db, 'voters') });
      db.close();
      removeFolder(dir);
    }
    expect(uncut[0]!.voters).toBe(ROWS);
    const outcomes = { whole: 0, untouched: 0 };
    await inParallel(TRIALS, LANES, async (trial) => {
      const template = templates[trial % 2]!;
      const dir = copyFolder(template.dir);
      try {
        const run = await runAndKill(kill.bundle.cli, argv(dir), {
          afterMs: someMoment(uncut[trial % 2]!.ms),
        });
        const db = await openFolderStore(dir, { folderSecret: FOLDER_SECRET }, true);
        try {
          checkPrecinctStore(db);
          const voters = count(db, 'voters');
          if (voters === template.voters) {
            expect(run.signal, run.stderr).toBe('SIGKILL');
            expect(tableDigests(db)).toEqual(template.digest);
            outcomes.untouched++;
          } else {
            expect(voters).toBe(uncut[trial % 2]!.voters);
            expect(count(db, "events WHERE type = 'voters.imported'")).toBe(
              trial % 2 === 0 ? 1 : 2,
            );
            outcomes.whole++;
          }
        } finally {
          db.close();
        }
      } finally {
        removeFolder(dir);
      }
    });
    console.log(
      `kill test, list import: ${TRIALS} trials, ${outcomes.whole} whole, ${outcomes.untouched} untouched`,
    );
    expect(outcomes.whole + outcomes.untouched).toBe(TRIALS);
  }, 120_000);
});

function count(db: Db, from: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${from}`).get() as { n: number }).n;
}

describe('killed during a supervisor import', () => {
  const TRIALS = 10;

  it(`leaves a consistent store that the same files complete, in ${TRIALS} trials`, async () => {
    const fx = centralFixture();
    cleanups.push(() => fx.dispose());
    const files: string[] = [];
    for (const number of [411, 412, 413]) {
      const voters = [...sampleVoters(400, VOTING_DAY, number)];
      // Two laptops, each on a slot of its own.
      const { content } = await makePackage(fx, `p-${number}`, number, voters, ELECTION, 2);
      for (const laptop of [1, 2]) {
        const device = enrolDevice(content, `dev-${number}-${laptop}`);
        const half = voters.filter((_, i) => i % 2 === laptop - 1);
        const events = recordEvents(
          device.deviceId,
          half.map((v, i) => ballot(`b-${number}-${laptop}-${i}`, v.iin)),
        );
        // In three files each, handed in out of order: the later ones wait for the first.
        const third = Math.ceil(events.length / 3);
        for (const part of [2, 0, 1]) {
          const slice = events.slice(part * third, (part + 1) * third);
          files.push(fx.file(`${device.deviceId}-${part}.pdsync`, syncFile(fx, device, slice)));
        }
      }
    }
    const keys = readCentralKeys(fx.db);
    expect(keys).not.toBeNull();
    fx.db.close();
    const template = join(fx.dir, 'central');
    await adminDoor(template, fx.storeKey);
    const argv = (dir: string) => ['sync', 'import', ...asAdmin(), ...files, '--data-dir', dir];
    // The uncut import: how long it takes, and the store it makes.
    const whole = copyFolder(template);
    const uncut = await runAndKill(kill.bundle.cli, argv(whole), {});
    expect(uncut.code, uncut.stderr + uncut.lines.join('\n')).toBe(0);
    const reference = await digestOf(whole);
    removeFolder(whole);
    let finished = 0;

    await inParallel(TRIALS, LANES, async () => {
      const dir = copyFolder(template);
      try {
        const run = await runAndKill(kill.bundle.cli, argv(dir), { afterMs: someMoment(uncut.ms) });
        if (run.signal === null) finished++;
        const db = await adminStore(dir);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          // The same files again complete it: the store the uncut import makes.
          const ctx = {
            db,
            keys: readCentralKeys(db)!,
            maxBytes: 256 * 1024 * 1024,
            now: () => '2027-03-19T12:00:00.000Z',
          };
          const again = importAll(ctx, files);
          expect(again.rejected).toBe(0);
          expect(again.held).toBe(0);
        } finally {
          db.close();
        }
        expect(await digestOf(dir)).toBe(reference);
      } finally {
        removeFolder(dir);
      }
    });
    console.log(
      `kill test, supervisor import: ${TRIALS} trials, ${files.length} files each, ${finished} finished before the kill`,
    );
  }, 120_000);
});

/** The central state that does not depend on when or in what order the files came. */
async function digestOf(dir: string): Promise<string> {
  const db = await adminStore(dir);
  try {
    return centralDigest(db, ['devices']);
  } finally {
    db.close();
  }
}

describe('killed during a sync export', () => {
  const TRIALS = 10;

  it(`leaves no file or a complete one that verifies, in ${TRIALS} trials`, async () => {
    const fx = centralFixture();
    cleanups.push(() => fx.dispose());
    const voters = [...sampleVoters(5_000, VOTING_DAY, 3)];
    const { path: packagePath, handoverCode } = await makePackage(fx, 'p-412', 412, voters);
    const template = scratchFolder();
    cleanups.push(() => removeFolder(template));
    const codeFile = join(fx.dir, 'handover-code.txt');
    writeFileSync(codeFile, handoverCode);
    const loaded = await cli(
      'package',
      'load',
      packagePath,
      '--data-dir',
      template,
      '--code-file',
      codeFile,
    );
    expect(loaded.code, loaded.out).toBe(0);
    const centralDir = join(fx.dir, 'central');
    fx.db.close();
    await adminDoor(centralDir, fx.storeKey);

    const exportTo = (dir: string) => join(dir, 'out', 'laptop.pdsync');
    const argv = (dir: string) => [
      'sync',
      'export',
      '--data-dir',
      join(dir, 'data'),
      '--out',
      exportTo(dir),
      '--code-file',
      codeFile,
    ];
    const trialFolder = () => {
      const dir = scratchFolder();
      cpSync(template, join(dir, 'data'), { recursive: true });
      mkdirSync(join(dir, 'out'));
      return dir;
    };
    const first = trialFolder();
    const uncut = await runAndKill(kill.bundle.cli, argv(first), {});
    expect(uncut.code, uncut.stderr + uncut.lines.join('\n')).toBe(0);
    removeFolder(first);

    const outcomes = { complete: 0, none: 0 };
    await inParallel(TRIALS, LANES, async () => {
      const dir = trialFolder();
      try {
        await runAndKill(kill.bundle.cli, argv(dir), { afterMs: someMoment(uncut.ms) });
        const db = await openFolderStore(join(dir, 'data'), { handoverCode }, true);
        try {
          checkPrecinctStore(db);
        } finally {
          db.close();
        }
        const out = exportTo(dir);
        if (existsSync(out)) {
          expect(
            (await cli('sync', 'verify', ...asAdmin(), out, '--data-dir', centralDir)).code,
          ).toBe(0);
          outcomes.complete++;
        } else {
          // Exported again, the file is whole and nothing else is left beside it.
          expect((await cli(...argv(dir))).code).toBe(0);
          expect(
            (await cli('sync', 'verify', ...asAdmin(), out, '--data-dir', centralDir)).code,
          ).toBe(0);
          outcomes.none++;
        }
        expect(readdirSync(join(dir, 'out'))).toEqual(['laptop.pdsync']);
      } finally {
        removeFolder(dir);
      }
    });
    console.log(
      `kill test, sync export: ${TRIALS} trials, ${outcomes.complete} complete, ${outcomes.none} without a file`,
    );
  }, 120_000);
});
