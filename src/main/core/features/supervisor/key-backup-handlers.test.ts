import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeTestCore,
  readHandle,
  writeHandle,
  type TestCore,
} from '../../../../../tests/support/core';
import { spec, startCentral, VOTING_DAY } from '../../../../../tests/support/supervisor';
import { sampleVoters, writeVoterCsv } from '../../../bench/sample-voters';
import { requireAdministrator } from './key-backup';

const BACKUP = 'a backup passphrase of words';
const cores: TestCore[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.dispose();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function core(): TestCore {
  const t = makeTestCore();
  cores.push(t);
  return t;
}

/** A supervisor folder with one precinct's package, and its key backup saved through the app. */
async function backedUp(): Promise<{ path: string; fingerprint: string }> {
  const t = core();
  const state = await startCentral(t);
  const work = mkdtempSync(join(tmpdir(), 'precinct-desk-keys-'));
  folders.push(work);
  const specPath = join(work, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec('p-3', 3)));
  const votersPath = join(work, 'list.csv');
  await writeVoterCsv(votersPath, sampleVoters(4, VOTING_DAY, 3));
  await t.must('createPackage', {
    specHandle: await readHandle(t, specPath),
    votersHandle: await readHandle(t, votersPath),
    outHandle: await writeHandle(t, join(work, 'p-3.pdpkg'), 'pdpkg'),
  });
  const path = join(work, 'keys.pdkeys');
  const short = await t.call('makeKeyBackup', {
    outHandle: await writeHandle(t, path, 'pdkeys'),
    passphrase: 'too short',
  });
  expect(short.ok ? null : short.error.code).toBe('passphrase_too_short');
  expect(existsSync(path)).toBe(false);
  const made = await t.must('makeKeyBackup', {
    outHandle: await writeHandle(t, path, 'pdkeys'),
    passphrase: BACKUP,
  });
  expect(made).toMatchObject({ path, precincts: 1, fingerprint: state.fingerprint });
  expect(statSync(path).mode & 0o777).toBe(0o600);
  // Locked, the store makes no backup.
  await t.must('lockCentralStore', {});
  const locked = await t.call('makeKeyBackup', {
    outHandle: await writeHandle(t, join(work, 'other.pdkeys'), 'pdkeys'),
    passphrase: BACKUP,
  });
  expect(locked.ok ? null : locked.error.code).toBe('central_locked');
  return { path, fingerprint: state.fingerprint ?? '' };
}

const restoreInput = async (t: TestCore, path: string, backupPassphrase = BACKUP) => ({
  inHandle: await readHandle(t, path),
  backupPassphrase,
  account: 'Dana Second',
  passphrase: 'second laptop passphrase',
});

describe('the key backup in the app', () => {
  it('restores a new supervisor folder that opens with its own administrator', async () => {
    const { path, fingerprint } = await backedUp();
    const second = core();
    // Not before the folder is supervisor mode's.
    const early = await second.call('restoreKeyBackup', await restoreInput(second, path));
    expect(early.ok ? null : early.error.code).toBe('precinct_folder');
    await second.must('startSupervisorMode', {});
    const wrong = await second.call('restoreKeyBackup', await restoreInput(second, path, 'no'));
    expect(wrong.ok ? null : wrong.error.code).toBe('wrong_backup_passphrase');
    expect(readdirSync(second.dataDir).filter((f) => f.startsWith('central'))).toEqual([]);
    const state = await second.must('restoreKeyBackup', await restoreInput(second, path));
    expect(state).toMatchObject({
      initialized: true,
      precincts: 1,
      account: 'Dana Second',
      fingerprint,
    });
    // Once restored, the folder holds a store: a second restore is refused.
    await second.must('lockCentralStore', {});
    const again = await second.call('restoreKeyBackup', await restoreInput(second, path));
    expect(again.ok ? null : again.error.code).toBe('central_store_exists');
    await second.must('unlockCentralStore', {
      account: 'Dana Second',
      passphrase: 'second laptop passphrase',
    });
    expect(await second.must('getSupervisorState', {})).toMatchObject({
      precincts: 1,
      fingerprint,
    });
  }, 60_000);

  it('refuses a store opened by no administrator', () => {
    expect(() => requireAdministrator(null)).toThrow(
      expect.objectContaining({ code: 'administrator_only' }),
    );
    expect(() => requireAdministrator({ role: 'administrator' })).not.toThrow();
  });
});
