import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../../../tests/support/core';
import { startCentral } from '../../../../../tests/support/supervisor';
import { ADMIN, ADMIN_PASSPHRASE } from '../../../../../tests/support/cli';
import { readDoor } from './central-door';

const OPERATOR = 'Olzhas Operator';
const INITIAL = 'initial passphrase of olzhas';

let t: TestCore | null = null;
afterEach(() => {
  t?.dispose();
  t = null;
});

async function withOperator(): Promise<{ t: TestCore; operatorId: string; adminId: string }> {
  t = makeTestCore();
  const state = await startCentral(t);
  const added = await t.must('addCentralAccount', {
    name: OPERATOR,
    role: 'operator',
    passphrase: INITIAL,
  });
  return { t, operatorId: added.id, adminId: state.accountId ?? '' };
}

const acts = async (core: TestCore) =>
  (await core.must('listSupervisorLog', { limit: 100, offset: 0 })).entries
    .map((e) => `${e.accountName}: ${e.act}`)
    .reverse();

describe('supervisor accounts', () => {
  it('adds an operator with an initial passphrase it replaces at first login', async () => {
    const { t, operatorId } = await withOperator();
    expect(await t.must('listCentralAccounts', {})).toMatchObject([
      { name: ADMIN, role: 'administrator', active: true, mustChangePassphrase: false },
      {
        id: operatorId,
        name: OPERATOR,
        role: 'operator',
        active: true,
        mustChangePassphrase: true,
      },
    ]);
    // Names are unique without case; a short passphrase is refused; neither changes the door.
    const door = JSON.stringify(readDoor(t.dataDir));
    expect(
      await t.call('addCentralAccount', {
        name: 'olzhas operator',
        role: 'operator',
        passphrase: INITIAL,
      }),
    ).toMatchObject({ ok: false, error: { code: 'account_exists' } });
    expect(
      await t.call('addCentralAccount', {
        name: 'Short',
        role: 'operator',
        passphrase: 'too short',
      }),
    ).toMatchObject({ ok: false, error: { code: 'passphrase_too_short' } });
    expect(JSON.stringify(readDoor(t.dataDir))).toBe(door);

    await t.must('lockCentralStore', {});
    const first = await t.must('unlockCentralStore', { account: OPERATOR, passphrase: INITIAL });
    expect(first).toMatchObject({ role: 'operator', mustChangePassphrase: true, permissions: [] });
    expect(await t.call('getDashboard', {})).toMatchObject({
      ok: false,
      error: { code: 'passphrase_change_required' },
    });
    await t.must('changeCentralPassphrase', { passphrase: 'my own passphrase now' });
    const state = await t.must('getSupervisorState', {});
    expect(state.permissions).toEqual([
      'imports.run',
      'dashboard.read',
      'alarms.decide',
      'audit.read',
    ]);
    await t.must('getDashboard', {});
    expect(await acts(t)).toEqual([
      `${ADMIN}: store.initialized`,
      `${ADMIN}: account.added`,
      `${OPERATOR}: session.opened`,
      `${OPERATOR}: account.passphrase_changed`,
    ]);
  });

  it('resets, deactivates and reactivates an account; nobody is deleted', async () => {
    const { t, operatorId } = await withOperator();
    await t.must('resetCentralPassphrase', {
      accountId: operatorId,
      passphrase: 'a reset passphrase',
    });
    const deactivated = await t.must('deactivateCentralAccount', { accountId: operatorId });
    expect(deactivated).toMatchObject({ active: false });
    expect(readDoor(t.dataDir)?.accounts[1]).toMatchObject({ active: false, wrap: null });
    await t.must('lockCentralStore', {});
    expect(
      await t.call('unlockCentralStore', { account: OPERATOR, passphrase: 'a reset passphrase' }),
    ).toMatchObject({ ok: false, error: { code: 'account_inactive' } });
    await t.must('unlockCentralStore', { account: ADMIN, passphrase: ADMIN_PASSPHRASE });
    await t.must('reactivateCentralAccount', {
      accountId: operatorId,
      passphrase: 'back again, initial',
    });
    expect((await t.must('listCentralAccounts', {})).map((a) => [a.name, a.active])).toEqual([
      [ADMIN, true],
      [OPERATOR, true],
    ]);
    await t.must('lockCentralStore', {});
    expect(
      await t.must('unlockCentralStore', { account: OPERATOR, passphrase: 'back again, initial' }),
    ).toMatchObject({ mustChangePassphrase: true });
    await t.must('lockCentralStore', {});
    await t.must('unlockCentralStore', { account: ADMIN, passphrase: ADMIN_PASSPHRASE });
    expect((await acts(t)).filter((a) => a.includes('account.'))).toEqual([
      `${ADMIN}: account.added`,
      `${ADMIN}: account.passphrase_reset`,
      `${ADMIN}: account.deactivated`,
      `${ADMIN}: account.reactivated`,
    ]);
    expect(await t.must('verifySupervisorLog', {})).toMatchObject({ ok: true, problem: null });
  });

  it('never deactivates or demotes the last active administrator', async () => {
    const { t, operatorId, adminId } = await withOperator();
    const door = JSON.stringify(readDoor(t.dataDir));
    expect(await t.call('deactivateCentralAccount', { accountId: adminId })).toMatchObject({
      ok: false,
      error: { code: 'last_administrator' },
    });
    expect(
      await t.call('setCentralAccountRole', {
        accountId: adminId,
        role: 'operator',
        passphrase: 'another passphrase',
      }),
    ).toMatchObject({ ok: false, error: { code: 'last_administrator' } });
    expect(JSON.stringify(readDoor(t.dataDir))).toBe(door);
    // With a second administrator, the first may step down; the role is bound into the wrap.
    await t.must('setCentralAccountRole', {
      accountId: operatorId,
      role: 'administrator',
      passphrase: 'second administrator',
    });
    const demoted = await t.must('setCentralAccountRole', {
      accountId: adminId,
      role: 'operator',
      passphrase: 'i am an operator now',
    });
    expect(demoted).toMatchObject({ role: 'operator', mustChangePassphrase: false });
    expect((await t.must('getSupervisorState', {})).role).toBe('operator');
    expect(await t.call('listCentralAccounts', {})).toMatchObject({
      ok: false,
      error: { code: 'not_permitted' },
    });
    await t.must('lockCentralStore', {});
    // The old passphrase no longer opens the door: the wrap was made anew for the new role.
    expect(
      await t.call('unlockCentralStore', { account: ADMIN, passphrase: ADMIN_PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    // A role raised in the door file by hand makes the wrap fail.
    const door2 = readDoor(t.dataDir);
    if (!door2?.accounts[0]) throw new Error('no door');
    door2.accounts[0].role = 'administrator';
    writeFileSync(join(t.dataDir, 'central-door.json'), JSON.stringify(door2));
    expect(
      await t.call('unlockCentralStore', { account: ADMIN, passphrase: 'i am an operator now' }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
  });

  it('locks itself after the auto-lock time without input', async () => {
    const { t } = await withOperator();
    t.clock.advance(10 * 60_000);
    await t.must('getDashboard', {});
    t.clock.advance(11 * 60_000 + 1);
    expect(await t.call('getDashboard', {})).toMatchObject({
      ok: false,
      error: { code: 'central_locked' },
    });
    expect((await t.must('getSupervisorState', {})).access).toBe('locked');
  });
});
