/**
 * The installers' configuration (electron-builder.yml), checked with electron-builder's own
 * code: its schema, its file matchers and its fuse mapping. Building an installer needs the
 * Electron binary; what the built out/ folder holds is checked by tests/e2e/packaging.spec.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { WinPackager, type Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../electron.vite.config';
import { PRINT_FONT_FILE } from '../../src/main/core/features/files/print-font';
import {
  appFileTest,
  builderConfig,
  dependencyFileTest,
  PLATFORMS,
  projectRoot,
} from '../support/packaging';

const root = projectRoot;
let config: Configuration;

beforeAll(async () => {
  config = await builderConfig();
});

/** The scripts the Electron entry starts as threads or processes, as its source names them. */
function workerScripts(): string[] {
  const entry = readFileSync(join(root, 'src/main/electron/index.ts'), 'utf8');
  return [...entry.matchAll(/new URL\('\.\/([\w-]+\.js)', import\.meta\.url\)/g)].map(
    (match) => `out/main/${match[1]}`,
  );
}

function targetNames(platform: 'win' | 'linux'): string[] {
  const targets = config[platform]?.target;
  return (Array.isArray(targets) ? targets : [targets]).map((target) =>
    typeof target === 'string' ? target : (target?.target ?? ''),
  );
}

describe('the installers', () => {
  it('are configured as electron-builder accepts, and refuses a misspelt setting', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, asarUnpak: [] } as Configuration, new DebugLogger(false)),
    ).rejects.toThrow(/asarUnpak/);
  });

  it('are NSIS and portable for Windows, AppImage and deb for Linux, with the icon', () => {
    expect(targetNames('win')).toEqual(['nsis', 'portable']);
    expect(targetNames('linux')).toEqual(['AppImage', 'deb']);
    expect(config.win?.icon).toBe('resources/icon.png');
    expect(config.linux?.icon).toBe('resources/icon.png');
    // electron-builder makes the Windows .ico from a PNG of at least 256 pixels a side.
    const png = readFileSync(join(root, 'resources/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('pack the app into an archive, with every worker script unpacked beside it', () => {
    expect(config.asar).toBe(true);
    const workers = workerScripts();
    expect(workers.sort()).toEqual([
      'out/main/list-check-worker.js',
      'out/main/sync-read-worker.js',
      'out/main/xlsx-worker.js',
    ]);
    // Each is an entry of the build, so it exists as that file in out/main.
    const inputs = Object.keys(viteConfig.main?.build?.rollupOptions?.input ?? {});
    for (const worker of workers) {
      expect(inputs).toContain(worker.slice('out/main/'.length, -'.js'.length));
    }
    const patterns = config.asarUnpack;
    for (const worker of workers) {
      expect(patterns, worker).toContain(worker);
    }
  });

  it('unpack every native binary of the production dependencies, for the platform built', () => {
    const prebuilds = 'node_modules/better-sqlite3-multiple-ciphers/prebuilds';
    const binaries = readdirSync(join(root, prebuilds)).filter((name) => name.endsWith('.node'));
    expect(binaries.length).toBeGreaterThan(0);
    for (const platform of PLATFORMS) {
      const unpacked = appFileTest(config, 'asarUnpack', platform);
      for (const binary of binaries) expect(unpacked(`${prebuilds}/${binary}`), binary).toBe(true);
    }
  });

  it('pack the package file and the print font with its licence, not the build files', () => {
    for (const platform of PLATFORMS) {
      const packed = appFileTest(config, 'files', platform);
      for (const file of [
        'package.json',
        PRINT_FONT_FILE,
        'resources/fonts/DejaVuSans-LICENSE.txt',
      ]) {
        expect(packed(file), file).toBe(true);
      }
      for (const file of [
        'electron.vite.config.ts',
        'resources/icon.png',
        'src/main/electron/index.ts',
      ]) {
        expect(packed(file), file).toBe(false);
      }
    }
  });

  it('take the database binaries for Windows and Linux from the dependencies, no others', () => {
    const prebuilds = 'node_modules/better-sqlite3-multiple-ciphers/prebuilds';
    for (const platform of PLATFORMS) {
      const packed = dependencyFileTest(config, platform);
      for (const binary of readdirSync(join(root, prebuilds))) {
        expect(packed(`${prebuilds}/${binary}`), binary).toBe(/^(win32|linux)-/.test(binary));
      }
      expect(packed('node_modules/better-sqlite3-multiple-ciphers/lib/index.js')).toBe(true);
    }
  });
});

/**
 * Electron's fuse wire as it sits in its binary: the sentinel, the wire's version and length,
 * then one byte per fuse, with Electron's defaults (RunAsNode, NODE_OPTIONS, inspect flags and
 * file: privileges on; cookie encryption, asar integrity and asar-only off).
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '101100011';

describe('the fuses', () => {
  it('switch off running as Node, NODE_OPTIONS and inspect, and load only the checked archive', async () => {
    const fuses = config.electronFuses;
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    // electron-builder's own mapping from the config to @electron/fuses, flipped in a binary.
    const packager = WinPackager.prototype as unknown as {
      generateFuseConfig(options: NonNullable<Configuration['electronFuses']>): Promise<FuseConfig>;
    };
    const fuseConfig = await packager.generateFuseConfig.call(null, fuses ?? {});
    const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-fuses-'));
    try {
      const binary = join(folder, 'Precinct Desk.exe');
      const wire = Buffer.concat([
        Buffer.from(`padding${SENTINEL}`, 'latin1'),
        Buffer.from([1, DEFAULT_WIRE.length]),
        Buffer.from(DEFAULT_WIRE, 'latin1'),
        Buffer.from('trailing', 'latin1'),
      ]);
      writeFileSync(binary, wire);
      await WinPackager.prototype.addElectronFuses.call(
        { appInfo: { productFilename: 'Precinct Desk' } } as unknown as WinPackager,
        { appOutDir: folder, electronPlatformName: 'win32' } as Parameters<
          WinPackager['addElectronFuses']
        >[0],
        fuseConfig,
      );
      const flipped = await getCurrentFuseWire(binary);
      expect({
        runAsNode: flipped[FuseV1Options.RunAsNode],
        cookieEncryption: flipped[FuseV1Options.EnableCookieEncryption],
        nodeOptions: flipped[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
        inspect: flipped[FuseV1Options.EnableNodeCliInspectArguments],
        asarIntegrity: flipped[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
        onlyAsar: flipped[FuseV1Options.OnlyLoadAppFromAsar],
        fileProtocol: flipped[FuseV1Options.GrantFileProtocolExtraPrivileges],
      }).toEqual({
        runAsNode: FuseState.DISABLE,
        cookieEncryption: FuseState.ENABLE,
        nodeOptions: FuseState.DISABLE,
        inspect: FuseState.DISABLE,
        asarIntegrity: FuseState.ENABLE,
        onlyAsar: FuseState.ENABLE,
        fileProtocol: FuseState.DISABLE,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
