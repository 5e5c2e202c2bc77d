/**
 * The built out/ folder against the installers' configuration (npm run build first): every
 * file the Electron app loads is packed, every script it starts as a thread or a process is
 * unpacked with everything it imports, and everything they import from outside out/ is a
 * production dependency (the only packages an installer carries). Building the installers
 * themselves needs the Electron binary; see "Building the installers" in the README.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Configuration } from 'electron-builder';
import {
  appFileTest,
  builderConfig,
  dependencyFileTest,
  PLATFORMS,
  projectRoot,
} from '../support/packaging';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

/** A built module's static imports: relative ones as project paths, bare ones as given. */
function importsOf(file: string): { local: string[]; bare: string[] } {
  const code = read(file);
  const specifiers = [
    ...code.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*"([^"]+)"/gm),
    ...code.matchAll(/^import\s*"([^"]+)"/gm),
    // A module's own require (createRequire), not a method named so.
    ...code.matchAll(/(?<![.\w])require\("([^"]+)"\)/g),
  ].map((match) => match[1] ?? '');
  const local = specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => normalize(join(dirname(file), specifier)).replace(/\\/g, '/'));
  const bare = specifiers.filter((specifier) => !specifier.startsWith('.'));
  return { local, bare };
}

/** Every built file `entries` load, following their static imports, and the packages used. */
function closure(entries: string[]): { files: string[]; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const { local, bare } = importsOf(file);
    pending.push(...local);
    for (const specifier of bare) {
      if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
      const parts = specifier.split('/');
      packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
    }
  }
  return { files: [...files].sort(), packages };
}

/** The scripts the built Electron entry starts, as it names them beside itself. */
function workerScripts(): string[] {
  const entry = read('out/main/index.js');
  return [...entry.matchAll(/new URL\("\.\/([\w-]+\.js)", import\.meta\.url\)/g)].map(
    (match) => `out/main/${match[1]}`,
  );
}

let config: Configuration;
test.beforeAll(async () => {
  expect(existsSync(join(projectRoot, 'out/main/index.js')), 'npm run build first').toBe(true);
  config = await builderConfig();
});

test('every worker script and all it imports is packed and unpacked beside the archive', () => {
  const workers = workerScripts();
  expect(workers.sort()).toEqual([
    'out/main/list-check-worker.js',
    'out/main/sync-read-worker.js',
    'out/main/xlsx-worker.js',
  ]);
  const { files } = closure(workers);
  // The workers share chunks with the shell: those come along.
  expect(files.some((file) => file.startsWith('out/main/chunks/'))).toBe(true);
  for (const platform of PLATFORMS) {
    const packed = appFileTest(config, 'files', platform);
    const unpacked = appFileTest(config, 'asarUnpack', platform);
    for (const file of files) {
      expect(packed(file), `${platform}: ${file} packed`).toBe(true);
      expect(unpacked(file), `${platform}: ${file} unpacked`).toBe(true);
    }
  }
});

test('the shell, its preload and its pages are packed; the commands that need Node are not', () => {
  const shell = closure(['out/main/index.js', ...workerScripts()]);
  const pages = readdirSync(join(projectRoot, 'out/renderer/assets')).map(
    (name) => `out/renderer/assets/${name}`,
  );
  // The pages load the print font too, from their own assets.
  expect(pages.some((page) => /\/DejaVuSans-[\w-]+\.ttf$/.test(page))).toBe(true);
  const needed = [...shell.files, 'out/preload/index.cjs', 'out/renderer/index.html', ...pages];
  for (const platform of PLATFORMS) {
    const packed = appFileTest(config, 'files', platform);
    for (const file of needed) expect(packed(file), `${platform}: ${file}`).toBe(true);
    for (const file of ['out/main/cli.js', 'out/main/chromium-host.js', 'out/main/bench.js']) {
      expect(packed(file), `${platform}: ${file}`).toBe(false);
    }
  }
});

test('what the app imports from outside out/ is a production dependency, packed', () => {
  const { packages } = closure(['out/main/index.js', ...workerScripts()]);
  packages.delete('electron'); // the binary itself
  const dependencies = Object.keys(
    (JSON.parse(read('package.json')) as { dependencies: Record<string, string> }).dependencies,
  );
  expect([...packages].sort()).toEqual(
    expect.arrayContaining(['better-sqlite3-multiple-ciphers', 'read-excel-file', 'zod']),
  );
  for (const name of packages) expect(dependencies, name).toContain(name);
  for (const platform of PLATFORMS) {
    const packed = dependencyFileTest(config, platform);
    for (const name of packages) {
      const main = `node_modules/${name}/package.json`;
      expect(packed(main), `${platform}: ${main}`).toBe(true);
    }
    const binary = platform === 'win' ? 'win32-x64.node' : 'linux-x64.node';
    const path = `node_modules/better-sqlite3-multiple-ciphers/prebuilds/${binary}`;
    expect(packed(path), `${platform}: ${path}`).toBe(true);
    expect(appFileTest(config, 'asarUnpack', platform)(path), `${platform}: ${path}`).toBe(true);
  }
});
