/** The command line as its tests run it, and the temporary folders they make. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** The questions asked at the prompt, in order. */
  questions: string[];
}

/**
 * Runs a command as at a terminal where `typed` is what the person types at every prompt
 * (null: no terminal, so nothing can be asked).
 */
export async function asked(typed: string | null, ...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const fail: string[] = [];
  const questions: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    fail: (l) => fail.push(l),
    ...(typed === null
      ? {}
      : {
          ask: (question: string) => {
            questions.push(question);
            return Promise.resolve(typed);
          },
        }),
  });
  return { code, out: out.join('\n'), err: fail.join('\n'), questions };
}

/** Runs a command with no terminal. */
export function cli(...argv: string[]): Promise<CliRun> {
  return asked(null, ...argv);
}

/**
 * A maker of temporary folders named `prefix…`, each removed after the test that made it
 * (call once at the top of a test file).
 */
export function tempFolders(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const f of made.splice(0)) rmSync(f, { recursive: true, force: true });
  });
  return () => {
    const path = mkdtempSync(join(tmpdir(), prefix));
    made.push(path);
    return path;
  };
}

/** Where `package create` reads and writes: the supervisor folder, SPEC.json, list, output. */
export interface PackageCreateFiles {
  dir: string;
  spec: string;
  voters: string;
  out: string;
}

/** `package create` with its four files (and any further options, such as `--json`). */
export function packageCreate(files: PackageCreateFiles, ...more: string[]): Promise<CliRun> {
  return cli(
    'package',
    'create',
    '--data-dir',
    files.dir,
    '--precinct-spec',
    files.spec,
    '--voters',
    files.voters,
    '--out',
    files.out,
    ...more,
  );
}

/**
 * A secret file (`--secret-file`, `--code-file`) holding `secret`, in its own temporary folder
 * outside any data folder, readable by its owner only.
 */
export function secretFile(secret: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-secret-'));
  const path = join(folder, 'secret.txt');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return path;
}

/** The options that open a set-up test precinct's folder as its chair (tests/support/core). */
export function asChair(pin = '481516'): string[] {
  return ['--member', 'Aigerim Sadykova', '--secret-file', secretFile(pin)];
}
