/**
 * A supervisor folder keeps no store key in clear: its small precinct store's key is sealed by
 * the central store's key (the door's `supervisor_wrap`), so it opens only after a supervisor's
 * passphrase opened the central store; a folder whose door held the key in clear is converted
 * (rekeyed) at its next unlock, in the app and on the command line.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCentralStore } from '../../src/main/core/features/supervisor/central-access';
import { unlockDoor } from '../../src/main/core/features/supervisor/central-door';
import { makeCentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { supervisorStoreKey } from '../../src/main/core/kernel/at-rest/door-keeper';
import { ADMIN, ADMIN_PASSPHRASE, asAdmin, centralInit, cli, tempFolders } from '../support/cli';
import { keyedDatabase } from '../support/at-rest';
import { makeTestCore, type TestCore } from '../support/core';

const folder = tempFolders('precinct-desk-supervisor-at-rest-');
const admin = { account: ADMIN, passphrase: ADMIN_PASSPHRASE };

/** Every file under a folder, as bytes. */
function everyFile(dir: string): [string, Buffer][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name))]);
}

/** The small store's key, unsealed with the central store's key as the app does. */
async function smallStoreKey(dataDir: string): Promise<Buffer> {
  const { key } = await unlockDoor(dataDir, ADMIN, ADMIN_PASSPHRASE, Date.now());
  const door = readDoor(dataDir);
  const small = door && supervisorStoreKey(door, key);
  if (!small) throw new Error('the door seals no key by the central store’s key');
  return small;
}

/** No file of the folder holds `key` in any spelling. */
function expectNowhere(dataDir: string, key: Buffer): void {
  for (const [path, bytes] of everyFile(dataDir)) {
    for (const spelling of [
      key,
      Buffer.from(key.toString('base64')),
      Buffer.from(key.toString('hex')),
    ]) {
      expect(bytes.includes(spelling), `key in ${path}`).toBe(false);
    }
  }
}

/** A folder set up in the app as supervisor mode's; the core closed. */
async function appSupervisorFolder(): Promise<string> {
  const t = makeTestCore(undefined, folder());
  await t.must('startSupervisorMode', {});
  const before = readDoor(t.dataDir)?.open_key;
  expect(before).toBeTruthy();
  await t.must('initCentralStore', admin);
  await t.must('lockCentralStore', {});
  t.core.close();
  return t.dataDir;
}

/** Unlocks a supervisor folder in a restarted app and reads its dashboard. */
async function restartAndUnlock(dataDir: string): Promise<TestCore> {
  const t = makeTestCore(undefined, dataDir);
  expect(t.core.unlocked).toBe(false);
  expect(await t.must('getAppState', {})).toMatchObject({ mode: 'supervisor' });
  expect(await t.must('getSupervisorState', {})).toMatchObject({ access: 'locked' });
  expect(
    await t.call('unlockCentralStore', { ...admin, passphrase: 'not the passphrase!' }),
  ).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
  expect(t.core.unlocked).toBe(false);
  expect(await t.must('unlockCentralStore', admin)).toMatchObject({
    initialized: true,
    access: 'open',
  });
  expect(t.core.unlocked).toBe(true);
  await t.must('getDashboard', {});
  return t;
}

describe('a supervisor folder at rest', () => {
  it('seals its small store by the central store’s key: no key in clear after unlock and lock', async () => {
    const dataDir = await appSupervisorFolder();
    const door = readDoor(dataDir);
    expect(door).toMatchObject({ mode: 'supervisor', open_key: null });
    expect(door?.supervisor_wrap).not.toBeNull();
    const small = await smallStoreKey(dataDir);
    expectNowhere(dataDir, small);
    // The language chosen before the passphrase stands in the door and reaches the store.
    const t = makeTestCore(undefined, dataDir);
    await t.must('setLanguage', { language: 'ru' });
    t.core.close();
    const again = await restartAndUnlock(dataDir);
    expect((await again.must('getAppState', {})).deviceLanguage).toBe('ru');
    await again.must('lockCentralStore', {});
    again.core.close();
    expectNowhere(dataDir, small);
    expect(readDoor(dataDir)?.open_key).toBeNull();
  });

  it('converts a folder whose door held the key in clear at its next unlock, in the app', async () => {
    const t = makeTestCore(undefined, folder());
    await t.must('startSupervisorMode', {});
    t.core.close();
    // As an earlier version left it: the central store made, the small store's key in the door.
    const { db } = await initCentralStore(t.dataDir, ADMIN, ADMIN_PASSPHRASE, Date.now());
    makeCentralKeys(db, new Date().toISOString());
    db.close();
    const oldKey = Buffer.from(readDoor(t.dataDir)?.open_key ?? '', 'base64');
    expect(oldKey.length).toBe(32);
    const opened = makeTestCore(undefined, t.dataDir);
    expect(opened.core.unlocked).toBe(true);
    await opened.must('unlockCentralStore', admin);
    opened.core.close();
    expect(readDoor(t.dataDir)?.open_key).toBeNull();
    // The old key opens nothing now: the store was rekeyed.
    expect(() => keyedDatabase(t.dataDir, oldKey, { readonly: true })).toThrow();
    expectNowhere(t.dataDir, await smallStoreKey(t.dataDir));
    (await restartAndUnlock(t.dataDir)).core.close();
  });

  it('on the command line: central init seals it, a command converts an older folder', async () => {
    const dir = folder();
    expect((await centralInit(dir)).code).toBe(0);
    expect(readDoor(dir)).toMatchObject({ mode: 'supervisor', open_key: null });
    expectNowhere(dir, await smallStoreKey(dir));
    expect(await centralInit(dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('already holds a central key'),
    });
    (await restartAndUnlock(dir)).core.close();

    const older = folder();
    const t = makeTestCore(undefined, older);
    await t.must('startSupervisorMode', {});
    t.core.close();
    const { db } = await initCentralStore(older, ADMIN, ADMIN_PASSPHRASE, Date.now());
    makeCentralKeys(db, new Date().toISOString());
    db.close();
    expect(readDoor(older)?.open_key).not.toBeNull();
    const empty = join(folder(), 'none');
    mkdirSync(empty);
    const run = await cli('sync', 'import', '--data-dir', older, ...asAdmin(), empty);
    expect(run.err).not.toContain('wrong_passphrase');
    expect(readDoor(older)).toMatchObject({ mode: 'supervisor', open_key: null });
    expectNowhere(older, await smallStoreKey(older));
    (await restartAndUnlock(older)).core.close();
  });
});
