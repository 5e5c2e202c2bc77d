/**
 * A corpus of sealed precinct packages (format version 2) that must not load: each made by code
 * from a good package, each refused with its code (docs/sync-format.md) by `package verify`,
 * `package load` and the app's load, and each leaving the laptop exactly as it was (not set up,
 * no database left behind by the command line).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newHandoverCode } from '../../src/main/core/airgap/handover-code';
import { honourTestCostSwitch, TEST_COST } from '../../src/main/core/airgap/package-seal';
import { buildPackage } from '../../src/main/core/airgap/package-file';
import { runCli } from '../../src/main/cli/run-cli';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import { makeTestCore, readHandle } from '../support/core';
import { flipByte, lineEnd, resigned, withFirstLine } from '../support/bad-files';
import { newCentralKeys, newPrecinctKeys, packageContent, writePackage } from '../support/package';

const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-package-corpus-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const central = newCentralKeys();
const content = packageContent({
  central,
  precinct: newPrecinctKeys(),
  voters: [...sampleVoters(8)],
});
const code = newHandoverCode();
const good = await writePackage(join(folder, 'good.pdpkg'), content, central, code);
const centralPem = central.signing.privateKeyPem;

/** The same code with one character of its second group changed: a typing mistake. */
function typo(of: string): string {
  const chars = [...of];
  chars[7] = chars[7] === '7' ? '8' : '7';
  return chars.join('');
}

interface Case {
  name: string;
  /** The package offered, and the code typed with it. */
  build: () => Buffer | Promise<Buffer>;
  typed?: string;
  code: string;
  /** The signed header still reads: a preview without the code shows it, and only it. */
  headerReads?: boolean;
  /** Run with the test switch not honoured, as in a packaged app. */
  packaged?: boolean;
}

const CASES: Case[] = [
  {
    name: 'a well-formed code that is not this package’s',
    build: () => good,
    typed: newHandoverCode(),
    code: 'wrong_handover_code',
    headerReads: true,
  },
  {
    name: 'a code with a typing mistake (caught before any stretching)',
    build: () => good,
    typed: typo(code),
    code: 'handover_code_typo',
    headerReads: true,
  },
  {
    name: 'a malformed code (too short, letters outside the alphabet)',
    build: () => good,
    typed: 'UUUU-1234',
    code: 'handover_code_malformed',
    headerReads: true,
  },
  {
    name: 'the sealed body altered by one bit',
    build: () => flipByte(good, good.length - 40),
    code: 'body_mismatch',
  },
  {
    name: 'the sealed body altered and re-hashed, signed again with the central key itself',
    build: () => {
      const altered = flipByte(good, good.length - 40);
      const body = altered.subarray(lineEnd(altered, 3) + 1);
      return resigned(altered, centralPem, (h) => ({
        ...h,
        body_sha256: createHash('sha256').update(body).digest('hex'),
      }));
    },
    code: 'wrong_handover_code',
    headerReads: true,
  },
  {
    name: 'a version-1 package (its body not sealed), genuinely signed',
    build: () =>
      resigned(withFirstLine(good, 'PRECINCT-DESK-PACKAGE 1'), centralPem, (h) => ({
        ...h,
        version: 1,
      })),
    code: 'unsupported_version',
  },
  {
    name: 'a header whose precinct name differs from the sealed body’s, signed again',
    build: () => resigned(good, centralPem, (h) => ({ ...h, precinct_name: 'Another school' })),
    code: 'malformed',
    headerReads: true,
  },
  {
    name: 'a seal asking for more memory than any reader spends (N = 2^20)',
    build: () =>
      resigned(good, centralPem, (h) => ({
        ...h,
        seal: { ...(h.seal as object), n: 2 ** 20 },
      })),
    code: 'malformed',
  },
  {
    name: 'a package made with the test-only cost, offered to a packaged app',
    build: async () =>
      (
        await buildPackage(
          content,
          {
            packageId: 'weak-1',
            revision: 1,
            createdAt: '2027-03-01T04:00:00Z',
            handoverCode: code,
          },
          {
            signingKeyPem: centralPem,
            signingPublicKey: central.signing.publicKey,
          },
          TEST_COST,
        )
      ).bytes,
    code: 'weak_key_stretching',
    headerReads: true,
    packaged: true,
  },
];

async function cli(...argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

async function runCase(c: Case, index: number): Promise<void> {
  const path = join(folder, `case-${index}.pdpkg`);
  writeFileSync(path, await c.build());
  const codeFile = join(folder, `case-${index}.code`);
  writeFileSync(codeFile, `${c.typed ?? code}\n`);
  if (c.packaged) honourTestCostSwitch({}, { packaged: true });
  try {
    const verified = await cli('package', 'verify', path, '--code-file', codeFile);
    expect(verified).toEqual({ code: 1, out: `${path}: ${c.code}` });

    const dataDir = mkdtempSync(join(folder, 'laptop-'));
    const loaded = await cli(
      'package',
      'load',
      path,
      '--data-dir',
      dataDir,
      '--code-file',
      codeFile,
    );
    expect(loaded.code).toBe(1);
    expect(loaded.out).toContain(c.code);
    expect(readdirSync(dataDir)).toEqual([]);

    const t = makeTestCore();
    try {
      const handle = await readHandle(t, path);
      const header = await t.call('previewPackage', { handle });
      if (c.headerReads) {
        expect(header).toMatchObject({
          ok: true,
          value: {
            contents: null,
            precinct: { number: content.precinct.number },
            election: { name: content.election.name },
          },
        });
      } else {
        expect(header).toMatchObject({ ok: false, error: { code: c.code } });
      }
      const typed = c.typed ?? code;
      expect(await t.call('previewPackage', { handle, handoverCode: typed })).toMatchObject({
        ok: false,
        error: { code: c.code },
      });
      expect(
        await t.call('loadPackage', {
          handle,
          handoverCode: typed,
          centralFingerprint: 'a'.repeat(64),
        }),
      ).toMatchObject({ ok: false });
      const fingerprint = header.ok ? header.value.centralFingerprint : 'a'.repeat(64);
      expect(
        await t.call('loadPackage', {
          handle,
          handoverCode: typed,
          centralFingerprint: fingerprint,
        }),
      ).toMatchObject({ ok: false, error: { code: c.code } });
      const state = await t.must('getAppState', {});
      expect(state.setUp).toBe(false);
      expect((await t.must('getPackageState', {})).loaded).toBe(false);
    } finally {
      t.dispose();
    }
  } finally {
    honourTestCostSwitch(process.env, { packaged: false });
  }
}

describe('a corpus of sealed packages that must not load', () => {
  it('starts from a package that loads with its code', async () => {
    const dataDir = mkdtempSync(join(folder, 'laptop-'));
    const codeFile = join(folder, 'good.code');
    writeFileSync(codeFile, code);
    const path = join(folder, 'good.pdpkg');
    expect((await cli('package', 'verify', path, '--code-file', codeFile)).code).toBe(0);
    const loaded = await cli(
      'package',
      'load',
      path,
      '--data-dir',
      dataDir,
      '--code-file',
      codeFile,
    );
    expect(loaded.code, loaded.out).toBe(0);
  });

  describe('refused with their code, the laptop unchanged', () => {
    CASES.forEach((c, index) => it(c.name, () => runCase(c, index)));
  });
});
