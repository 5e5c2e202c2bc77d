/**
 * The central store locked at rest, on the command line: nothing of the store in clear in any
 * file of the folder after an import, private modes, a wrong passphrase opening nothing and
 * changing nothing (then the lockout), secrets never from argv or the environment, and a plain
 * store of the previous version encrypted in place.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCentralKeys, makeCentralKeys } from '../core/features/supervisor/central-keys';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { centralDatabasePath } from '../core/features/supervisor/supervisor-folder';
import { doorPath, readDoor } from '../core/features/supervisor/central-door';
import { unlockCentralStore } from '../core/features/supervisor/central-access';
import { isPlainStore } from '../core/kernel/db/encrypt-in-place';
import { openPackage } from '../core/airgap/package-file';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../bench/sample-voters';
import {
  ballot,
  enrolDevice,
  recordEvents,
  spec,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
} from '../../../tests/support/supervisor';
import {
  ADMIN,
  ADMIN_PASSPHRASE,
  adminStore,
  asAdmin,
  centralInit,
  cli,
  packageCreate,
  secretFile,
  tempFolders,
} from '../../../tests/support/cli';
import type { Db } from '../core/kernel/db/database';

const folder = tempFolders('precinct-desk-at-rest-');
const voters = [...sampleVoters(6, VOTING_DAY, 11)];
const posix = process.platform !== 'win32';

/** Every regular file under `dir`, with its bytes. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  const found: { path: string; bytes: Buffer }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (entry.isFile()) found.push({ path, bytes: readFileSync(path) });
  }
  return found;
}

/** The base64 body of a PEM key (what a plain store held) and its DER bytes. */
function keyMaterial(pem: string): Buffer[] {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return [Buffer.from(body.slice(0, 40), 'utf8'), Buffer.from(body, 'base64')];
}

/** A supervisor folder on the command line, a package made and a laptop's ballots imported. */
async function importedFolder() {
  const base = folder();
  const dir = join(base, 'central');
  expect((await centralInit(dir)).code).toBe(0);
  writeFileSync(join(base, 'spec.json'), JSON.stringify(spec('p-412', 412)));
  writeFileSync(join(base, 'list.csv'), `${CSV_HEADER}\n${voters.map(voterCsvLine).join('\n')}\n`);
  const pkg = join(base, 'p.pdpkg');
  const made = await packageCreate(
    { dir, spec: join(base, 'spec.json'), voters: join(base, 'list.csv'), out: pkg },
    '--json',
  );
  expect(made.code, made.err).toBe(0);
  const { handover_code: code } = JSON.parse(made.out) as { handover_code: string };
  const read = await openPackage(readFileSync(pkg), code);
  if (!read.ok) throw new Error(read.problem);
  const store = await adminStore(dir);
  const keys = readCentralKeys(store);
  store.close();
  const device = enrolDevice(read.content, 'dev-rest');
  const events = recordEvents(
    'dev-rest',
    voters.slice(0, 3).map((v, i) => ballot(`b${i}`, v.iin)),
  );
  const file = join(base, 'a.sync');
  writeFileSync(file, syncFile({ keys } as unknown as CentralFixture, device, events));
  const imported = await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, file);
  expect(imported.code, imported.err + imported.out).toBe(0);
  return { base, dir, file, content: read.content, keys: keys as NonNullable<typeof keys> };
}

describe('the central store at rest', () => {
  it('leaves no IIN, name or key in clear in any file of the folder after an import; private modes', async () => {
    const { dir, content, keys } = await importedFolder();
    // A free slot's private key travels in the package and stays in the store until used.
    const freeSlots = content.slots.filter((s) => s.key_pem !== null && s.slot !== 1);
    const needles = [
      ...voters.map((v) => Buffer.from(v.iin, 'utf8')),
      ...voters.map((v) => Buffer.from(v.last_name, 'utf8')),
      ...keyMaterial(keys.signing.privateKeyPem),
      ...keyMaterial(keys.encryption.privateKeyPem),
      ...freeSlots.flatMap((s) => keyMaterial(s.key_pem as string)),
    ];
    // The central store's own files show not even their schema (the folder's precinct.db,
    // which holds its mode, is the precinct side's to encrypt).
    const schema = Buffer.from('CREATE TABLE', 'utf8');
    const files = filesUnder(dir);
    expect(files.map((f) => f.path)).toContain(centralDatabasePath(dir));
    for (const { path, bytes } of files) {
      const central = path.startsWith(join(dir, 'central'));
      for (const needle of central ? [...needles, schema] : needles) {
        expect(bytes.includes(needle), `${path} holds ${needle.toString('hex').slice(0, 16)}`).toBe(
          false,
        );
      }
    }
    // The store still reads them all back with the passphrase.
    const store = await adminStore(dir);
    expect(readCentralKeys(store)?.signing.privateKeyPem).toBe(keys.signing.privateKeyPem);
    store.close();

    if (posix) {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(dir)) {
        if (!name.startsWith('central')) continue;
        expect(statSync(join(dir, name)).mode & 0o777, name).toBe(0o600);
      }
      expect(statSync(doorPath(dir)).mode & 0o777).toBe(0o600);
    }
  });

  it('opens nothing and changes nothing on a wrong passphrase; the fifth locks the account', async () => {
    const { dir, file } = await importedFolder();
    const digest = () =>
      Object.fromEntries(
        filesUnder(dir)
          .filter((f) => !f.path.endsWith('central-door.json'))
          .map((f) => [f.path, createHash('sha256').update(f.bytes).digest('hex')]),
      );
    const before = digest();
    for (let i = 1; i <= 4; i++) {
      const run = await cli(
        'sync',
        'import',
        ...asAdmin('a wrong passphrase entirely'),
        '--data-dir',
        dir,
        file,
        '--json',
      );
      expect(run.code).toBe(2);
      expect(JSON.parse(run.out)).toMatchObject({ error: { code: 'wrong_passphrase' } });
      expect(readDoor(dir)?.accounts[0]?.lockout.failed_attempts).toBe(i);
    }
    const fifth = await cli(
      'device',
      'revoke',
      'dev-rest',
      '--reason',
      'Y',
      ...asAdmin('still wrong, and again'),
      '--data-dir',
      dir,
    );
    expect(fifth.code).toBe(2);
    expect(fifth.err).toContain('account_locked_out');
    // Locked: even the right passphrase is refused without being tried, until the wait ends.
    const right = await cli('sync', 'verify', ...asAdmin(), '--data-dir', dir, file);
    expect(right.code).toBe(2);
    expect(right.err).toContain('account_locked_out');
    expect(digest()).toEqual(before);
    const door = readDoor(dir);
    expect(door?.accounts[0]?.lockout).toMatchObject({ failed_attempts: 0, lockouts: 1 });
    const until = Date.parse(door?.accounts[0]?.lockout.locked_until ?? '');
    expect(until - Date.now()).toBeGreaterThan(4 * 60_000);
    // After the wait the right passphrase opens it and clears the count.
    const later = await unlockCentralStore(dir, ADMIN, ADMIN_PASSPHRASE, until + 1);
    later.db.close();
    expect(readDoor(dir)?.accounts[0]?.lockout).toEqual({
      failed_attempts: 0,
      locked_until: null,
      lockouts: 0,
    });
  });

  it('takes secrets only from a file or the prompt, and an account always', async () => {
    const dir = join(folder(), 'central');
    const argv = await cli(
      'central',
      'init',
      '--data-dir',
      dir,
      '--account',
      ADMIN,
      '--passphrase',
      ADMIN_PASSPHRASE,
    );
    expect(argv.code).toBe(2);
    expect(argv.err).toContain('never given on the command line');
    process.env.PRECINCT_DESK_PASSPHRASE = ADMIN_PASSPHRASE;
    try {
      const env = await centralInit(dir);
      expect(env.code).toBe(2);
      expect(env.err).toContain('never taken from the environment');
    } finally {
      delete process.env.PRECINCT_DESK_PASSPHRASE;
    }
    const noAccount = await cli(
      'central',
      'init',
      '--data-dir',
      dir,
      '--secret-file',
      secretFile(ADMIN_PASSPHRASE),
    );
    expect(noAccount.code).toBe(2);
    expect(noAccount.err).toContain('--account NAME is required');
    // No terminal and no file: nothing to ask with.
    const noSecret = await cli('central', 'init', '--data-dir', dir, '--account', ADMIN);
    expect(noSecret.code).toBe(2);
    const short = await cli(
      'central',
      'init',
      '--data-dir',
      dir,
      '--account',
      ADMIN,
      '--secret-file',
      secretFile('too short'),
    );
    expect(short.code).toBe(2);
    expect(short.err).toContain('at least 12 characters');
    // None of these made anything.
    expect(existsSync(dir)).toBe(false);
    expect((await centralInit(dir)).code).toBe(0);
    const stranger = await cli(
      'sync',
      'verify',
      '--account',
      'Somebody Else',
      '--secret-file',
      secretFile(ADMIN_PASSPHRASE),
      '--data-dir',
      dir,
      dir,
    );
    expect(stranger.code).toBe(2);
    expect(stranger.err).toContain('unknown_account');
  });
});

it('shows every command’s secrets in its help', async () => {
  const help = await cli('--help');
  for (const row of [
    'central init',
    'package create, sync import, sync verify,',
    'package verify',
    'package load, first time',
    'package load, a newer revision',
    'sync export',
    'voters check',
    'voters import into a new folder',
    'audit verify',
  ]) {
    expect(help.out).toContain(`  ${row}`);
  }
  expect(help.out).toContain('--account NAME --secret-file');
});

describe('a plain central store of the previous version', () => {
  /** A store as the previous version left it: plain, with its keys and an upgrade's copy. */
  function previousStore(): { dir: string; keys: ReturnType<typeof makeCentralKeys> } {
    const dir = join(folder(), 'central');
    mkdirSync(dir);
    const db = openCentralDatabase(dir, true) as Db;
    const keys = makeCentralKeys(db, '2027-03-01T00:00:00.000Z');
    db.prepare('VACUUM INTO ?').run(`${centralDatabasePath(dir)}.v3.bak`);
    db.close();
    return { dir, keys };
  }

  it('is encrypted in place by central init, its keys kept, the old bytes gone', async () => {
    const { dir, keys } = previousStore();
    const [pemText] = keyMaterial(keys.signing.privateKeyPem) as [Buffer];
    // The control: the plain store and its copy hold the key in clear.
    expect(isPlainStore(centralDatabasePath(dir))).toBe(true);
    expect(filesUnder(dir).some((f) => f.bytes.includes(pemText))).toBe(true);
    // Any other command says what to do, and opens nothing.
    const before = await cli('sync', 'verify', ...asAdmin(), '--data-dir', dir, dir);
    expect(before.code).toBe(2);
    expect(before.err).toContain('earlier version');

    const init = await centralInit(dir);
    expect(init.code, init.err).toBe(0);
    expect(init.out).toContain('encrypted in place');
    expect(init.out).toContain(keys.fingerprint);
    expect(isPlainStore(centralDatabasePath(dir))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('plain-old') || n.endsWith('.bak'))).toEqual(
      [],
    );
    expect(filesUnder(dir).some((f) => f.bytes.includes(pemText))).toBe(false);
    const store = await adminStore(dir);
    expect(readCentralKeys(store)).toEqual(keys);
    store.close();
    // Made once: a second init refuses, the key never replaced.
    const again = await centralInit(dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already holds a central key');
  });

  it('finishes an encryption a crash cut short: after the door, and after the swap', async () => {
    const { dir, keys } = previousStore();
    const [pemText] = keyMaterial(keys.signing.privateKeyPem) as [Buffer];
    const file = centralDatabasePath(dir);
    // The door written and the process killed before the swap: the plain store stays.
    const { newAccount, newDoor, writeDoor } =
      await import('../core/features/supervisor/central-door');
    const key = (await import('node:crypto')).randomBytes(32);
    await writeDoor(
      dir,
      newDoor(await newAccount(ADMIN, 'administrator', ADMIN_PASSPHRASE, key, 'x')),
    );
    // And an old file's second name as a swap leaves it before overwriting it.
    writeFileSync(join(dir, 'stray.bin'), readFileSync(file));
    linkSync(join(dir, 'stray.bin'), `${file}.plain-old`);
    const opened = await unlockCentralStore(dir, ADMIN, ADMIN_PASSPHRASE, Date.now());
    expect(opened.converted).toBe(true);
    expect(readCentralKeys(opened.db)).toEqual(keys);
    opened.db.close();
    expect(isPlainStore(file)).toBe(false);
    expect(existsSync(`${file}.plain-old`)).toBe(false);
    // The leftover's bytes were overwritten through its second name before it was removed.
    expect(readFileSync(join(dir, 'stray.bin')).includes(pemText)).toBe(false);
  });
});
