import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  SAMPLE_PRECINCT,
  setUpPrecinct,
  type TestCore,
} from '../support/core';
import { packageWorld, type PackageWorld } from '../support/sync';
import { runCli } from '../../src/main/cli/run-cli';
import { ADMIN, ADMIN_PASSPHRASE, asAdmin, secretFile } from '../support/cli';
import { keyFingerprint } from '../../src/main/core/airgap/keys';
import { openFolderStore } from '../support/at-rest';
import { makeCentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import { openCentralDatabase } from '../../src/main/core/features/supervisor/supervisor-db';
import {
  centralDatabasePath,
  folderModeOf,
} from '../../src/main/core/features/supervisor/supervisor-folder';
import { startCentral } from '../support/supervisor';

let t: TestCore | null = null;
let world: PackageWorld | null = null;
const folders: string[] = [];
afterEach(() => {
  t?.dispose();
  t = null;
  if (world) rmSync(world.folder, { recursive: true, force: true });
  world = null;
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const MEMBERS = [
  { fullName: 'Aigerim Sadykova', role: 'chair' },
  { fullName: 'Nurlan Omarov', role: 'member' },
];
const setup = {
  precinct: SAMPLE_PRECINCT,
  members: MEMBERS,
  chairPin: CHAIR_PIN,
  clockConfirmed: true,
};

async function cli(...argv: string[]) {
  const out: string[] = [];
  const fail: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => fail.push(l) });
  return { code, out: out.join('\n'), err: fail.join('\n') };
}

/** What a refusal must leave as it was: the log, the precinct, the recorded mode. */
function snapshot(core: TestCore) {
  const db = core.core.db;
  return {
    events: db.prepare('SELECT count(*) AS n FROM events').get(),
    precinct: db.prepare('SELECT count(*) AS n FROM precinct').get(),
    mode: db.prepare('SELECT mode, decided_at FROM folder_mode').all(),
  };
}

/** A folder from before the mode was recorded: schema 5, no folder_mode table, no device slots. */
async function asBeforeModes(dataDir: string, chair: string): Promise<void> {
  const raw = await openFolderStore(dataDir, { memberId: chair, pin: CHAIR_PIN }, true);
  raw.exec(`DROP TRIGGER folder_mode_kept; DROP TRIGGER folder_mode_not_removed;
            DROP TABLE folder_mode;
            ALTER TABLE credentials DROP COLUMN lockouts;
            ALTER TABLE credentials DROP COLUMN expires_at;
            DROP TABLE sync_slots; DROP TABLE sync_revoked_devices;
            DROP TABLE protocol_settings; DROP TABLE protocol_day; DROP TABLE protocol_moves;
            DROP TABLE protocol_spoiled; DROP TABLE protocol_turnout_reports;
            DROP TABLE protocol_versions;
            DROP INDEX voters_name;
            CREATE INDEX voters_last_first ON voters (last_key, first_key);
            PRAGMA user_version = 5;`);
  raw.close();
}

describe('one mode per data folder', () => {
  it('a supervisor folder refuses precinct setup and package load, changing nothing', async () => {
    t = makeTestCore();
    const core = t;
    await startCentral(core);
    expect(folderModeOf(core.dataDir)).toBe('supervisor');
    const before = snapshot(core);
    expect(await core.call('completeSetup', setup)).toMatchObject({
      ok: false,
      error: { code: 'supervisor_folder' },
    });
    world = packageWorld(3);
    const path = await world.write();
    expect(
      await core.call('previewPackage', { handle: await readHandle(core, path) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'supervisor_folder' },
    });
    expect(
      await core.call('loadPackage', {
        handle: await readHandle(core, path),
        handoverCode: world.code,
        centralFingerprint: keyFingerprint(world.central.signing.publicKey),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'supervisor_folder' },
    });
    expect(snapshot(core)).toEqual(before);
    expect((await core.must('getAppState', {})).mode).toBe('supervisor');

    // The command line refuses it too, before opening anything there.
    const load = await cli('package', 'load', path, '--data-dir', core.dataDir);
    expect(load.code).toBe(2);
    expect(load.err).toContain('supervisor_folder');
    const exported = await cli(
      'sync',
      'export',
      '--data-dir',
      core.dataDir,
      '--out',
      join(world.folder, 'x.pdsync'),
    );
    expect(exported.code).toBe(2);
    expect(snapshot(core)).toEqual(before);
  });

  it('a precinct folder refuses supervisor mode, in the app and on the command line', async () => {
    t = makeTestCore();
    const core = t;
    world = packageWorld(3);
    const path = await world.write();
    const preview = await core.must('previewPackage', { handle: await readHandle(core, path) });
    await core.must('loadPackage', {
      handle: await readHandle(core, path),
      handoverCode: world.code,
      centralFingerprint: preview.centralFingerprint,
    });
    expect(folderModeOf(core.dataDir)).toBe('precinct');
    const before = snapshot(core);
    expect(await core.call('startSupervisorMode', {})).toMatchObject({
      ok: false,
      error: { code: 'precinct_folder' },
    });
    const init = await cli(
      'central',
      'init',
      '--data-dir',
      core.dataDir,
      '--account',
      ADMIN,
      '--secret-file',
      secretFile(ADMIN_PASSPHRASE),
    );
    expect(init.code).toBe(2);
    expect(init.err).toContain("precinct's data folder");
    expect(existsSync(centralDatabasePath(core.dataDir))).toBe(false);
    expect(snapshot(core)).toEqual(before);
  });

  it('is decided once: the record can be neither changed nor removed', async () => {
    t = makeTestCore();
    await setUpPrecinct(t);
    const db = t.core.db;
    expect(() => db.prepare("UPDATE folder_mode SET mode = 'supervisor'").run()).toThrow(
      /decided once/,
    );
    expect(() => db.prepare('DELETE FROM folder_mode').run()).toThrow(/decided once/);
    expect(db.prepare('SELECT mode FROM folder_mode').all()).toEqual([{ mode: 'precinct' }]);
  });

  it('the attack: a central store dropped in first, then a precinct set up, is refused', async () => {
    // central.db made by an older version (or copied in), no mode recorded yet.
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-mode-'));
    folders.push(dir);
    const store = openCentralDatabase(dir, true);
    makeCentralKeys(store!, '2027-03-01T00:00:00.000Z');
    store!.close();
    t = makeTestCore(undefined, dir);
    const core = t;
    // Opening settles it: a central store and no precinct is supervisor mode's.
    expect((await core.must('getAppState', {})).mode).toBe('supervisor');
    expect(await core.call('completeSetup', setup)).toMatchObject({
      ok: false,
      error: { code: 'supervisor_folder' },
    });
    expect(core.core.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 0 });
  });

  it('a folder that became both under an older version is a precinct’s: every file needs a login', async () => {
    t = makeTestCore();
    const { chair } = await setUpPrecinct(t);
    const dir = t.dataDir;
    t.core.close();
    // An older version let supervisor mode start beside the set-up precinct.
    await asBeforeModes(dir, chair);
    const store = openCentralDatabase(dir, true);
    makeCentralKeys(store!, '2027-03-01T00:00:00.000Z');
    store!.close();
    expect(folderModeOf(dir)).toBe('precinct');

    t = makeTestCore(undefined, dir);
    const core = t;
    // The store stays shut until a member logs in; the chair's login records the mode.
    await core.must('login', { memberId: chair, pin: CHAIR_PIN });
    expect(core.core.db.prepare('SELECT mode FROM folder_mode').all()).toEqual([
      { mode: 'precinct' },
    ]);
    await core.must('logout', {});
    expect((await core.must('getAppState', {})).mode).toBe('precinct');
    // Nobody logged in: no listing, no writing, and the central store is closed to the app.
    expect(await core.call('listDirectory', { path: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'not_logged_in' },
    });
    const target = join(dir, 'written.txt');
    expect(
      await core.call('saveCentralCsv', { report: 'turnout', handle: `fh_${'C'.repeat(32)}` }),
    ).toMatchObject({ ok: false, error: { code: 'precinct_folder' } });
    expect(await core.call('getDashboard', {})).toMatchObject({
      ok: false,
      error: { code: 'precinct_folder' },
    });
    expect(await core.must('getSupervisorState', {})).toMatchObject({ initialized: false });
    expect(await core.call('stageDroppedFile', { name: 'a.sync', base64: 'AAAA' })).toMatchObject({
      ok: false,
    });
    expect(existsSync(target)).toBe(false);
    expect(existsSync(join(dir, 'dropped'))).toBe(false);
    const cliImport = await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, dir);
    expect(cliImport.code).toBe(2);
    expect(cliImport.err).toContain("precinct's data folder");
  });
});
