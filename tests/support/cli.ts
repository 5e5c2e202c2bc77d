/** The command line as its tests run it, and the temporary folders they make. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { unlockCentralStore } from '../../src/main/core/features/supervisor/central-access';
import {
  newAccount,
  newDoor,
  writeDoor,
} from '../../src/main/core/features/supervisor/central-door';
import type { Db } from '../../src/main/core/kernel/db/database';

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

/** The central store's administrator in the tests, and their passphrase (12+ characters). */
export const ADMIN = 'Aigerim Administrator';
export const ADMIN_PASSPHRASE = 'steppe eagle over the river';

let secrets: string | null = null;
afterAll(() => {
  if (secrets) rmSync(secrets, { recursive: true, force: true });
  secrets = null;
});

/** A file holding `secret` on one line (readable by its owner only), for `--secret-file` or `--code-file`. */
export function secretFile(secret: string): string {
  secrets ??= mkdtempSync(join(tmpdir(), 'pd-secrets-'));
  const path = join(secrets, `secret-${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return path;
}

/** `--account ADMIN --secret-file FILE`: what every command opening a central store is given. */
export function asAdmin(passphrase = ADMIN_PASSPHRASE): string[] {
  return ['--account', ADMIN, '--secret-file', secretFile(passphrase)];
}

/** `central init` of a supervisor folder, as its administrator. */
export function centralInit(dir: string, ...more: string[]): Promise<CliRun> {
  return cli('central', 'init', '--data-dir', dir, ...asAdmin(), ...more);
}

/** A central store made by `centralInit`, opened as its administrator (to look inside). */
export async function adminStore(dir: string): Promise<Db> {
  return (await unlockCentralStore(dir, ADMIN, ADMIN_PASSPHRASE, Date.now())).db;
}

/**
 * Writes the door file of a central store made directly with `storeKey` (a test fixture), so
 * the command line opens it as `ADMIN`.
 */
export async function adminDoor(dataDir: string, storeKey: Buffer): Promise<void> {
  const account = await newAccount(
    ADMIN,
    'administrator',
    ADMIN_PASSPHRASE,
    storeKey,
    '2027-03-01T00:00:00.000Z',
  );
  await writeDoor(dataDir, newDoor(account));
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
    ...asAdmin(),
    ...more,
  );
}

/** The options that open a set-up test precinct's folder as its chair (tests/support/core). */
export function asChair(pin = '481516'): string[] {
  return ['--member', 'Aigerim Sadykova', '--secret-file', secretFile(pin)];
}
