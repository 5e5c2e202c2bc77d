/**
 * The kill tests' harness: the app's command line and a writing child (child.ts) bundled once
 * from source, started on a copy of a folder, and ended with SIGKILL at a moment the test
 * picks, with every line printed before the end.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';

/** The bundled entry points: the writing child and the command line, with their workers. */
export interface KillBundle {
  child: string;
  cli: string;
  dir: string;
}

/**
 * Bundles child.ts, the command line and the workers the command line starts (beside it, as
 * in the built app, so a list import checks in its worker thread).
 */
export async function bundleChild(): Promise<KillBundle> {
  const root = resolve(import.meta.dirname, '../../..');
  // Inside the project (out/ is not kept), so the bundle finds the app's packages.
  mkdirSync(join(root, 'out'), { recursive: true });
  const dir = mkdtempSync(join(root, 'out', 'kill-test-'));
  const source = (path: string) => resolve(root, path);
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: {
        input: {
          child: resolve(import.meta.dirname, 'child.ts'),
          cli: source('src/main/cli/index.ts'),
          'list-check-worker': source('src/main/core/features/voters/list-check-worker.ts'),
          'xlsx-worker': source('src/main/core/features/voters/list-file/xlsx-worker.ts'),
          'sync-read-worker': source('src/main/core/features/supervisor/read-worker.ts'),
        },
        output: { entryFileNames: '[name].js', format: 'es' },
      },
    },
  });
  return { child: join(dir, 'child.js'), cli: join(dir, 'cli.js'), dir };
}

/** What a killed process printed (whole lines only), and how it ended. */
/**
 * A test file's kill tests (call once at its top level): the bundle, built before them, and
 * the clean-ups a test adds, run last first after them, the bundle's folder last of all.
 */
export function killTestFile(): { bundle: KillBundle; cleanups: (() => void)[] } {
  const file = { bundle: { child: '', cli: '', dir: '' }, cleanups: [] as (() => void)[] };
  beforeAll(async () => {
    file.bundle = await bundleChild();
    file.cleanups.push(() => removeFolder(file.bundle.dir));
  }, 120_000);
  afterAll(() => {
    for (const cleanup of file.cleanups.splice(0).reverse()) cleanup();
  });
  return file;
}

export interface KilledRun {
  lines: string[];
  /** SIGKILL when killed; null when it ended on its own first (then `code` says how). */
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** From start to end. */
  ms: number;
}

export interface KillMoment {
  /** Kill once the lines printed so far say so (after up to `jitterMs` more). */
  when?: (lines: readonly string[]) => boolean;
  jitterMs?: number;
  /** Kill this long after the start (if still running). */
  afterMs?: number;
}

/** Runs `script` with `args` under the project's Node and kills it with SIGKILL at `moment`. */
export function runAndKill(script: string, args: string[], moment: KillMoment): Promise<KilledRun> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const proc = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Compiled once, the bundle starts faster in every later trial.
      env: { ...process.env, NODE_COMPILE_CACHE: join(dirname(script), 'compile-cache') },
    });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let armed = false;
    const kill = () => proc.kill('SIGKILL');
    const timer = setTimeout(kill, moment.afterMs ?? 60_000);
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (text: string) => {
      const parts = (pending + text).split('\n');
      pending = parts.pop() ?? '';
      lines.push(...parts);
      if (!armed && moment.when?.(lines)) {
        armed = true;
        setTimeout(kill, Math.random() * (moment.jitterMs ?? 0));
      }
    });
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (text: string) => (stderr += text));
    proc.on('error', fail);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ lines, signal, code, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * Where the trials' folders go: memory (/dev/shm) when the machine has it. A killed process
 * leaves the kernel's page cache behind, so what a kill shows does not depend on the disk
 * (flushing to the device is synchronous=FULL's and the durable writer's part, which no kill
 * can show); in memory the trials run several times faster.
 */
export function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** A folder for one trial. */
export function scratchFolder(): string {
  return mkdtempSync(join(scratchRoot(), 'precinct-desk-kill-'));
}

/** A copy of a folder for one trial, in a folder of its own. */
export function copyFolder(template: string): string {
  const dir = scratchFolder();
  cpSync(template, dir, { recursive: true });
  return dir;
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `trial` for 0..count-1, `parallel` at a time (the machine's cores), in order of start. */
export async function inParallel(
  count: number,
  parallel: number,
  trial: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await trial(next++);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, lane));
}
