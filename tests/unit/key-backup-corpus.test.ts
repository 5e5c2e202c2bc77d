/**
 * Key backups that must not restore: each made by code from a good backup, each refused by
 * `central restore-keys` with its code (docs/key-backup.md), exit 2, and each leaving the new
 * folder unmade. Then the command line's own rules for making and restoring a backup.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeVoterCsv } from '../../src/main/bench/sample-voters';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import { flipByte } from '../support/bad-files';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import {
  asAdmin,
  centralInit,
  cli,
  packageCreate,
  secretFile,
  tempFolders,
  type CliRun,
} from '../support/cli';
import { spec, VOTING_DAY } from '../support/supervisor';

const BACKUP_PASSPHRASE = 'seven hills and a lake';
const NEW_ADMIN = 'Nurlan Second';
const NEW_ADMIN_PASSPHRASE = 'quiet morning in Turkistan';
const folder = tempFolders('precinct-desk-key-backup-');

/** A supervisor folder with one precinct's package, and its key backup written by the CLI. */
async function goodBackup(): Promise<{ dir: string; file: string; bytes: Buffer; pkg: string }> {
  const dir = folder();
  expect((await centralInit(dir)).code).toBe(0);
  const files = folder();
  const specPath = join(files, 'SPEC.json');
  writeFileSync(specPath, JSON.stringify(spec('p-7', 7)));
  const voters = join(files, 'list.csv');
  await writeVoterCsv(voters, sampleVoters(5, VOTING_DAY, 7));
  const pkg = join(files, 'p-7.pdpkg');
  expect((await packageCreate({ dir, spec: specPath, voters, out: pkg })).code).toBe(0);
  const file = join(files, 'central.pdkeys');
  const made = await cli(
    'central',
    'backup-keys',
    '--data-dir',
    dir,
    ...asAdmin(),
    '--out',
    file,
    '--backup-secret-file',
    secretFile(BACKUP_PASSPHRASE),
    '--json',
  );
  expect(made.code, made.err).toBe(0);
  expect(JSON.parse(made.out)).toMatchObject({ file, precincts: 1 });
  return { dir, file, bytes: readFileSync(file), pkg };
}

function restore(into: string, file: string, passphrase = BACKUP_PASSPHRASE): Promise<CliRun> {
  return cli(
    'central',
    'restore-keys',
    '--data-dir',
    into,
    '--in',
    file,
    '--account',
    NEW_ADMIN,
    '--secret-file',
    secretFile(NEW_ADMIN_PASSPHRASE),
    '--backup-secret-file',
    secretFile(passphrase),
    '--json',
  );
}

const codeOf = (run: CliRun): string =>
  (JSON.parse(run.out) as { error: { code: string } }).error.code;

/** The backup's readable first two lines and its sealed part. */
function parts(bytes: Buffer) {
  const magicEnd = bytes.indexOf(0x0a) + 1;
  const headerEnd = bytes.indexOf(0x0a, magicEnd) + 1;
  const header = JSON.parse(bytes.subarray(magicEnd, headerEnd - 1).toString('utf8')) as Record<
    string,
    unknown
  >;
  return {
    magic: bytes.subarray(0, magicEnd),
    header,
    headerEnd,
    sealed: bytes.subarray(headerEnd),
  };
}

/** The backup with its header line replaced by `header` (the sealed part unchanged). */
function withHeader(bytes: Buffer, header: unknown): Buffer {
  const { magic, sealed } = parts(bytes);
  return Buffer.concat([magic, Buffer.from(`${JSON.stringify(header)}\n`), sealed]);
}

interface Case {
  name: string;
  build: (good: Buffer) => Buffer;
  passphrase?: string;
  code: string;
}

const CASES: Case[] = [
  {
    name: 'the wrong passphrase',
    build: (g) => g,
    passphrase: 'not the one at all',
    code: 'wrong_backup_passphrase',
  },
  { name: 'an empty file', build: () => Buffer.alloc(0), code: 'not_a_key_backup' },
  {
    name: 'a JSON file',
    build: () => Buffer.from('{"format":"precinct-desk/key-backup"}\n'),
    code: 'not_a_key_backup',
  },
  {
    name: 'a byte of the first line changed',
    build: (g) => flipByte(g, 3),
    code: 'not_a_key_backup',
  },
  {
    name: 'the header’s JSON broken',
    build: (g) => flipByte(g, parts(g).magic.length),
    code: 'key_backup_damaged',
  },
  {
    name: 'a newer format version',
    build: (g) => withHeader(g, { ...parts(g).header, version: 2 }),
    code: 'key_backup_version',
  },
  {
    name: 'a cheaper key derivation',
    build: (g) =>
      withHeader(g, { ...parts(g).header, kdf: { ...(parts(g).header.kdf as object), n: 1024 } }),
    code: 'key_backup_damaged',
  },
  {
    name: 'the header’s creation time changed',
    build: (g) => withHeader(g, { ...parts(g).header, created_at: '2020-01-01T00:00:00.000Z' }),
    code: 'key_backup_altered',
  },
  {
    name: 'the header’s precinct count changed',
    build: (g) => withHeader(g, { ...parts(g).header, precincts: 9 }),
    code: 'key_backup_altered',
  },
  {
    name: 'the header’s salt changed',
    build: (g) =>
      withHeader(g, {
        ...parts(g).header,
        kdf: { ...(parts(g).header.kdf as object), salt: Buffer.alloc(16, 7).toString('base64') },
      }),
    code: 'wrong_backup_passphrase',
  },
  {
    name: 'the first sealed byte changed',
    build: (g) => flipByte(g, parts(g).headerEnd),
    code: 'key_backup_altered',
  },
  {
    name: 'a sealed byte in the middle changed',
    build: (g) => flipByte(g, parts(g).headerEnd + Math.floor(parts(g).sealed.length / 2)),
    code: 'key_backup_altered',
  },
  {
    name: 'the tag’s last byte changed',
    build: (g) => flipByte(g, g.length - 1),
    code: 'key_backup_altered',
  },
  {
    name: 'a byte appended',
    build: (g) => Buffer.concat([g, Buffer.from([0])]),
    code: 'key_backup_altered',
  },
  {
    name: 'cut inside the first line',
    build: (g) => g.subarray(0, 10),
    code: 'key_backup_truncated',
  },
  {
    name: 'cut inside the header',
    build: (g) => g.subarray(0, parts(g).magic.length + 40),
    code: 'key_backup_truncated',
  },
  {
    name: 'only the header',
    build: (g) => g.subarray(0, parts(g).headerEnd),
    code: 'key_backup_truncated',
  },
  {
    name: 'the last byte missing',
    build: (g) => g.subarray(0, g.length - 1),
    code: 'key_backup_truncated',
  },
];

describe('a key backup that must not restore', () => {
  it('is refused with its code, and the new folder is never made', async () => {
    const good = await goodBackup();
    const files = folder();
    const cases: [string, Buffer | string, string][] = CASES.map((c) => [
      c.name,
      c.build(good.bytes),
      c.code,
    ]);
    // The package file the store made is not a key backup either.
    cases.push(['a precinct package', readFileSync(good.pkg), 'not_a_key_backup']);
    const seen: [string, string][] = [];
    for (const [index, [name, bytes]] of cases.entries()) {
      const file = join(files, `case-${index}.pdkeys`);
      writeFileSync(file, bytes);
      const into = join(folder(), 'second');
      const run = await restore(into, file, CASES[index]?.passphrase);
      expect(run.code, `${name}: ${run.err}`).toBe(2);
      seen.push([name, codeOf(run)]);
      expect(existsSync(into), name).toBe(false);
    }
    expect(seen).toEqual(cases.map(([name, , code]) => [name, code]));
  }, 120_000);

  it('is refused unread when it is larger than any backup', async () => {
    const file = join(folder(), 'huge.pdkeys');
    writeFileSync(file, '');
    truncateSync(file, 512 * 1024 * 1024 + 1);
    const into = join(folder(), 'second');
    const run = await restore(into, file);
    expect([run.code, codeOf(run)]).toEqual([2, 'key_backup_too_large']);
    expect(existsSync(into)).toBe(false);
    rmSync(file);
  });
});

describe('central backup-keys and restore-keys', () => {
  it('restores into a new folder only, as its own administrator', async () => {
    const good = await goodBackup();
    const into = join(folder(), 'second');
    const done = await restore(into, good.file);
    expect(done.code, done.err).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ precincts: 1 });
    // The folder's own small store is sealed by the central key at once, never left in clear.
    expect(readDoor(into)).toMatchObject({ mode: 'supervisor', open_key: null });
    expect(readDoor(into)?.supervisor_wrap).toBeTruthy();
    // The new folder opens with its own administrator, not the first one's.
    const state = await cli(
      'sync',
      'verify',
      '--data-dir',
      into,
      '--account',
      NEW_ADMIN,
      '--secret-file',
      secretFile(NEW_ADMIN_PASSPHRASE),
      good.pkg,
    );
    expect(state.out).toContain('not_a_sync_file');
    // A folder holding a store is refused before any secret is read; nothing in it changes.
    const before = readdirSync(into).map((f) => [f, readFileSync(join(into, f)).toString('hex')]);
    for (const target of [into, good.dir]) {
      const again = await restore(target, good.file);
      expect([again.code, codeOf(again)]).toEqual([2, 'central_store_exists']);
    }
    expect(readdirSync(into).map((f) => [f, readFileSync(join(into, f)).toString('hex')])).toEqual(
      before,
    );
  }, 60_000);

  it('takes the backup’s passphrase only from its file or the prompt, 12 characters or more', async () => {
    const dir = folder();
    expect((await centralInit(dir)).code).toBe(0);
    const out = join(folder(), 'keys.pdkeys');
    const base = ['central', 'backup-keys', '--data-dir', dir, ...asAdmin()];
    const onArgv = await cli(...base, '--out', out, '--backup-secret', BACKUP_PASSPHRASE);
    expect(onArgv.code).toBe(2);
    expect(onArgv.err).toContain('never given on the command line');
    const ending = await cli(...base, '--out', join(folder(), 'keys.zip'));
    expect(ending.code).toBe(2);
    expect(ending.err).toContain('.pdkeys');
    const short = await cli(
      ...base,
      '--out',
      out,
      '--backup-secret-file',
      secretFile('too short'),
      '--json',
    );
    expect([short.code, codeOf(short)]).toEqual([2, 'passphrase_too_short']);
    // No terminal and no file: nothing can be asked.
    const unasked = await cli(...base, '--out', out);
    expect(unasked.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
