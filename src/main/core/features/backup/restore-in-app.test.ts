import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolders } from '../../../../../tests/support/cli';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  setUpPrecinct,
} from '../../../../../tests/support/core';
import {
  CHAIR_PIN_FROM_PACKAGE,
  packageWorld,
  precinctFromPackage,
} from '../../../../../tests/support/sync';
import { at, votingDay } from '../../../../../tests/support/voters';
import { finishStoreSwap, SWAP_FOLDER } from '../../kernel/at-rest/store-swap';
import { DATABASE_FILE } from '../../kernel/data-dir';
import { readKeys } from '../sync';

const MEMBER = 'm-member';
const MEMBER_PIN = '135790';
/** Removed after each test, once the test's cores are disposed (after hooks run last first). */
const scratch = tempFolders('precinct-desk-restore-');
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

/** Laptop A from a package of three slots: a ballot issued, a backup on the stick. */
async function deadLaptop() {
  const world = packageWorld(12, 3);
  cleanup.push(() => rmSync(world.folder, { recursive: true, force: true }));
  const { t: a, chair } = await precinctFromPackage(world, undefined, 1);
  cleanup.push(() => a.dispose());
  // The member gets a PIN from the chair (a temporary one replaced) and issues a ballot.
  const { temporaryPin } = await a.must('resetMemberPin', { memberId: MEMBER });
  await a.must('logout', {});
  await a.must('login', { memberId: MEMBER, pin: temporaryPin });
  await a.must('changeOwnPin', { currentPin: temporaryPin, newPin: MEMBER_PIN });
  a.clock.set(new Date(at(votingDay, '08:00')).toISOString());
  await a.must('login', { memberId: MEMBER, pin: MEMBER_PIN });
  const [v0] = world.voters;
  await a.must('issueBallot', { iin: v0!.iin, documentChecked: true, helperName: null });
  await a.must('logout', {});
  await a.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
  const stick = scratch();
  await a.must('setBackupFolder', { folderHandle: await readHandle(a, stick) });
  expect((await a.must('getBackupStatus', {})).lastBackupAt).not.toBeNull();
  const oldDevice = a.core.deviceId;
  a.core.close();
  const packagePath = await world.write({ name: 'precinct.pdpkg' });
  return { world, chair, stick, oldDevice, packagePath, voter: v0! };
}

describe('restoring a replacement laptop at its first run', () => {
  it('shows the backup, then becomes the old laptop’s replacement behind the login', async () => {
    const { world, chair, stick, oldDevice, packagePath, voter } = await deadLaptop();
    const b = makeTestCore(new Date(at(votingDay, '09:00')).toISOString());
    cleanup.push(() => b.dispose());
    const backupHandle = await readHandle(b, stick);
    const preview = await b.must('previewBackup', { backupHandle });
    expect(preview).toMatchObject({
      deviceId: oldDevice,
      chairs: [{ memberId: chair, fullName: 'Aigerim Sadykova' }],
    });
    expect(preview.precinctNumber).not.toBeNull();
    expect(preview.lastSeq).toBeGreaterThan(0);

    const request = {
      backupHandle,
      packageHandle: await readHandle(b, packagePath),
      handoverCode: world.code,
      chairId: chair,
    };
    // A wrong PIN changes nothing: the laptop is still new, nothing beside its store.
    expect(await b.call('restoreBackup', { ...request, secret: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_pin' },
    });
    expect(existsSync(join(b.dataDir, SWAP_FOLDER))).toBe(false);
    expect((await b.must('getAppState', {})).setUp).toBe(false);

    const outcome = await b.must('restoreBackup', { ...request, secret: CHAIR_PIN_FROM_PACKAGE });
    expect(outcome).toMatchObject({ oldDeviceId: oldDevice, lastSeq: preview.lastSeq });
    expect(outcome.slot).not.toBe(1);
    expect(outcome.newDeviceId).not.toBe(oldDevice);
    expect(existsSync(join(b.dataDir, SWAP_FOLDER))).toBe(false);

    // The same app now is the restored precinct, waiting for a login.
    const state = await b.must('getAppState', {});
    expect(state).toMatchObject({ setUp: true, session: null });
    expect(state.precinct?.deviceId).toBe(outcome.newDeviceId);
    await b.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
    expect(b.core.deviceId).toBe(outcome.newDeviceId);
    expect(readKeys(b.core.db)).toMatchObject({ slot: outcome.slot });
    await b.must('logout', {});
    await b.must('login', { memberId: MEMBER, pin: MEMBER_PIN });
    expect(
      await b.call('issueBallot', { iin: voter.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({ ok: false, error: { code: 'ballot_already_issued' } });
    // And it opens again as the restored laptop after a restart.
    const again = b.reopen();
    cleanup.push(() => again.dispose());
    await again.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
    expect(again.core.deviceId).toBe(outcome.newDeviceId);
  });

  it('is refused on a laptop already set up, and for another precinct’s package', async () => {
    const { chair, stick } = await deadLaptop();
    const other = packageWorld(4, 2);
    cleanup.push(() => rmSync(other.folder, { recursive: true, force: true }));
    const fresh = makeTestCore(new Date(at(votingDay, '09:00')).toISOString());
    cleanup.push(() => fresh.dispose());
    const refused = await fresh.call('restoreBackup', {
      backupHandle: await readHandle(fresh, stick),
      packageHandle: await readHandle(
        fresh,
        await other.write({
          change: (c) => ({ ...c, precinct: { ...c.precinct, precinct_id: 'another-precinct' } }),
        }),
      ),
      handoverCode: other.code,
      chairId: chair,
      secret: CHAIR_PIN_FROM_PACKAGE,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'restore_wrong_package' } });
    expect(readdirSync(fresh.dataDir)).not.toContain(SWAP_FOLDER);

    const done = makeTestCore();
    cleanup.push(() => done.dispose());
    await setUpPrecinct(done);
    const handle = await readHandle(done, stick);
    expect(await done.call('previewBackup', { backupHandle: handle })).toMatchObject({
      ok: false,
      error: { code: 'already_set_up' },
    });
  });

  it('finishes a swap a kill cut short and drops a restore that never completed', () => {
    const data = scratch();
    const swap = join(data, SWAP_FOLDER);
    mkdirSync(swap);
    writeFileSync(join(swap, DATABASE_FILE), 'restored');
    finishStoreSwap(data);
    expect(readdirSync(data)).toEqual([]);

    mkdirSync(swap);
    writeFileSync(join(data, DATABASE_FILE), 'empty');
    writeFileSync(join(data, `${DATABASE_FILE}-wal`), 'old journal');
    writeFileSync(join(swap, DATABASE_FILE), 'restored');
    writeFileSync(join(swap, 'complete'), '');
    finishStoreSwap(data);
    expect(readdirSync(data)).toEqual([DATABASE_FILE]);
  });
});

describe('the backup status read on a timer', () => {
  it('does not keep an idle session open', async () => {
    const t = makeTestCore();
    cleanup.push(() => t.dispose());
    const { chair } = await setUpPrecinct(t);
    await t.must('login', { memberId: chair, pin: CHAIR_PIN });
    const { autoLockMinutes } = await t.must('getSettings', {});
    // The header reads the status every fifteen seconds while nobody touches the laptop.
    for (let s = 0; s < (autoLockMinutes + 5) * 60; s += 15) {
      t.clock.advance(15_000);
      const read = await t.call('getBackupStatus', {});
      if (!read.ok) break;
    }
    expect(await t.call('getBackupStatus', {})).toMatchObject({ ok: false });
    expect((await t.must('getAppState', {})).session).toBeNull();
  });
});
