/**
 * Killed during a backup (docs/backups.md, "Keeping ten"): the command line's `backup now`,
 * bundled as in the built app, is killed with SIGKILL at a random moment while it writes to a
 * stick that already holds backups. Then every earlier backup is still whole (its door's and
 * store's SHA-256 and the laptop's signature check), no file with the backup's ending is cut
 * short, and the new backup is either whole or absent.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import { listBackups, readBackup } from '../../src/main/core/features/backup';
import { centralFixture, makePackage, VOTING_DAY } from '../support/supervisor';
import {
  killTestFile,
  inParallel,
  removeFolder,
  runAndKill,
  scratchFolder,
} from '../support/kill/harness';

const LANES = Math.min(2, availableParallelism());
const TRIALS = 10;
const kill = killTestFile();
const { cleanups } = kill;

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

describe('killed during a backup', () => {
  it(`leaves the earlier backups whole and the new one whole or absent, in ${TRIALS} trials`, async () => {
    const fx = centralFixture();
    cleanups.push(() => fx.dispose());
    const voters = [...sampleVoters(5_000, VOTING_DAY, 3)];
    const { path: packagePath, handoverCode } = await makePackage(fx, 'p-412', 412, voters);
    const codeFile = join(fx.dir, 'handover-code.txt');
    writeFileSync(codeFile, handoverCode);
    const template = scratchFolder();
    cleanups.push(() => removeFolder(template));
    const data = join(template, 'data');
    const stick = join(template, 'stick');
    mkdirSync(stick);
    mkdirSync(data);
    const loaded = await cli(
      'package',
      'load',
      packagePath,
      '--data-dir',
      data,
      '--code-file',
      codeFile,
    );
    expect(loaded.code, loaded.out).toBe(0);
    const argv = (dir: string) => [
      'backup',
      'now',
      '--data-dir',
      join(dir, 'data'),
      '--to',
      join(dir, 'stick'),
      '--code-file',
      codeFile,
    ];
    // Two backups on the stick before the trials.
    for (let i = 0; i < 2; i++) expect((await cli(...argv(template))).code).toBe(0);
    const before = (await listBackups(stick)).backups.map((b) => b.name);
    expect(before).toHaveLength(2);

    const trialFolder = () => {
      const dir = scratchFolder();
      cpSync(template, dir, { recursive: true });
      return dir;
    };
    const first = trialFolder();
    const uncut = await runAndKill(kill.bundle.cli, argv(first), {});
    expect(uncut.code, uncut.stderr + uncut.lines.join('\n')).toBe(0);
    removeFolder(first);

    const outcomes = { whole: 0, absent: 0 };
    await inParallel(TRIALS, LANES, async () => {
      const dir = trialFolder();
      try {
        // Late in the run, where the copy and the file are written (the start opens the store).
        await runAndKill(kill.bundle.cli, argv(dir), {
          afterMs: uncut.ms * (0.4 + Math.random() * 0.7),
        });
        const found = await listBackups(join(dir, 'stick'));
        expect(found.damaged).toEqual([]);
        for (const backup of found.backups) await readBackup(backup.path);
        const names = found.backups.map((b) => b.name);
        expect(names.slice(0, 2)).toEqual(before);
        if (names.length === 3) outcomes.whole++;
        else {
          expect(names).toEqual(before);
          outcomes.absent++;
        }
        // Nothing beside them but, at most, the hidden temporary file of the cut write.
        const visible = readdirSync(join(dir, 'stick')).filter((n) => !n.startsWith('.'));
        expect(visible.sort()).toEqual([...names].sort());
      } finally {
        removeFolder(dir);
      }
    });
    console.log(
      `kill test, backup: ${TRIALS} trials, ${outcomes.whole} whole, ${outcomes.absent} without a new backup`,
    );
  }, 300_000);
});
