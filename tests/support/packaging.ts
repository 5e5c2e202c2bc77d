/**
 * The installers' configuration (electron-builder.yml) as electron-builder reads it, and its
 * own file matchers: which project files an installer packs, and which it unpacks beside the
 * archive. Used by tests/unit/electron-builder.test.ts and tests/e2e/packaging.spec.ts.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fileMatchers from 'app-builder-lib/out/fileMatcher.js';
import type { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const PLATFORMS = ['win', 'linux'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** electron-builder.yml, merged with electron-builder's defaults as a build reads it. */
export function builderConfig(): Promise<Configuration> {
  return getConfig(projectRoot, null, null);
}

/** Whether a project file (relative path) passes a filter of electron-builder's. */
type Test = (file: string) => boolean;

function tester(filter: ReturnType<FileMatcher['createFilter']>): Test {
  return (file) => filter(join(projectRoot, file), statSync(join(projectRoot, file))) === true;
}

/**
 * The matchers electron-builder makes of `files` or `asarUnpack` for a platform. A build uses
 * them all; the configuration is meant to make exactly one, from the project folder (a second,
 * say a platform's own `files` holding only exclusions, would become "everything but those",
 * and the whole project would be packed), so anything else is an error here.
 */
export function appFileTest(
  config: Configuration,
  name: 'files' | 'asarUnpack',
  platform: Platform,
): Test {
  const matchers = fileMatchers.getFileMatchers(config, name, join(projectRoot, 'app'), {
    macroExpander: (pattern) => pattern,
    customBuildOptions: config[platform] ?? {},
    globalOutDir: join(projectRoot, 'dist'),
    defaultSrc: projectRoot,
  });
  const froms = matchers?.map((one) => one.from) ?? [];
  const only = matchers?.[0];
  if (!only || froms.length !== 1 || froms[0] !== projectRoot) {
    throw new Error(`electron-builder.yml's ${name} make ${froms.length} lists: ${froms.join()}`);
  }
  return tester(only.createFilter());
}

/** electron-builder's filter of the production dependencies' files (exclusions in `files`). */
export function dependencyFileTest(config: Configuration, platform: Platform): Test {
  // Internal to electron-builder (left out of its type declarations), so typed here.
  const { getNodeModuleFileMatcher } = fileMatchers as unknown as {
    getNodeModuleFileMatcher(
      appDir: string,
      destination: string,
      macroExpander: (pattern: string) => string,
      options: Configuration['win'],
      packager: { config: Configuration; debugLogger: DebugLogger },
    ): FileMatcher;
  };
  const matcher = getNodeModuleFileMatcher(
    projectRoot,
    join(projectRoot, 'app'),
    (pattern) => pattern,
    config[platform],
    { config, debugLogger: new DebugLogger(false) },
  );
  return tester(matcher.createFilter());
}
