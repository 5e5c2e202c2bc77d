import { afterEach, describe, expect, it } from 'vitest';
import { isTrivialPin } from '@shared/pin';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  SAMPLE_PRECINCT,
  setUpPrecinct,
  type TestCore,
  withOwnPin,
} from '../../../../../tests/support/core';
import { recoverChairPin, WRONG_RECOVERY_CODE } from '../../../../../tests/support/members';
import { packageWorld } from '../../../../../tests/support/sync';
import {
  lockoutDuration,
  LOCKOUT_MS,
  MAX_FAILED_ATTEMPTS,
  MAX_LOCKOUT_MS,
  TEMPORARY_PIN_MS,
} from './auth-service';

let t: TestCore;
afterEach(() => t?.dispose());

const payloads = (type: string) =>
  t.core.db
    .prepare<[string], { payload_json: string; actor: string | null }>(
      'SELECT payload_json, actor FROM events WHERE type = ? ORDER BY seq',
    )
    .all(type)
    .map((row) => ({ actor: row.actor, ...(JSON.parse(row.payload_json) as object) }));

const eventCount = () =>
  (t.core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

/** Five wrong PINs in a row: the last answer (a lockout). */
async function lockOut(memberId: string) {
  for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
    expect(await t.call('login', { memberId, pin: '000000' })).toMatchObject({
      error: { code: 'wrong_pin' },
    });
  }
  return t.call('login', { memberId, pin: '000000' });
}

describe('trivial PINs', () => {
  it('are one digit repeated, a straight run up or down, or the precinct number', () => {
    for (const pin of ['111111', '000000', '999999999', '123456', '654321', '890123', '3210987']) {
      expect(isTrivialPin(pin), pin).toBe(true);
    }
    expect(isTrivialPin('000412', 412)).toBe(true);
    expect(isTrivialPin('412412', 412)).toBe(true);
    expect(isTrivialPin('123123', 123)).toBe(true);
    expect(isTrivialPin('100001', 100001)).toBe(true);
    for (const pin of ['481516', '246810', '135790', '112358', '412413', '775533', '123457']) {
      expect(isTrivialPin(pin, 412), pin).toBe(false);
    }
    expect(isTrivialPin('000412')).toBe(false);
  });

  it('are refused at setup, and nothing is recorded', async () => {
    t = makeTestCore();
    const before = eventCount();
    for (const chairPin of ['111111', '123456', '987654', '000412', '412412']) {
      expect(
        await t.call('completeSetup', {
          precinct: SAMPLE_PRECINCT,
          members: [{ fullName: 'A', role: 'chair' }],
          chairPin,
          clockConfirmed: true,
        }),
        chairPin,
      ).toMatchObject({ ok: false, error: { code: 'pin_trivial' } });
    }
    expect(eventCount()).toBe(before);
    expect((await t.must('getAppState', {})).setUp).toBe(false);
  });

  it('are refused when a member replaces a PIN and when the chair recovers hers', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: ids.member });
    expect(isTrivialPin(temporaryPin, SAMPLE_PRECINCT.precinctNumber)).toBe(false);
    await t.must('login', { memberId: ids.member, pin: temporaryPin });
    for (const newPin of ['222222', '345678', '000412']) {
      expect(await t.call('changeOwnPin', { currentPin: temporaryPin, newPin })).toMatchObject({
        error: { code: 'pin_trivial' },
      });
    }
    // A refused new PIN is not a wrong current PIN: nothing counts towards a lockout.
    expect(
      t.core.db
        .prepare('SELECT failed_attempts AS n FROM credentials WHERE member_id = ?')
        .get(ids.member),
    ).toEqual({ n: 0 });
    await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: '246810' });

    expect(await recoverChairPin(t, ids.chair, ids.recoveryCode, '555555')).toMatchObject({
      error: { code: 'pin_trivial' },
    });
    // The code was not used up by the refusal.
    await t.must('recoverChairPin', {
      memberId: ids.chair,
      recoveryCode: ids.recoveryCode,
      newPin: '975318',
    });
  });

  it("are refused as a package's first chair PIN", async () => {
    const world = packageWorld(5);
    t = makeTestCore();
    const path = await world.write();
    const preview = await t.must('previewPackage', { handle: await readHandle(t, path) });
    await t.must('loadPackage', {
      handle: await readHandle(t, path),
      handoverCode: world.code,
      centralFingerprint: preview.centralFingerprint,
    });
    for (const pin of ['777777', '012345', '412412']) {
      expect(
        await t.call('setPackageChairPin', { memberId: 'm-chair', pin, clockConfirmed: true }),
      ).toMatchObject({ ok: false, error: { code: 'pin_trivial' } });
    }
    expect((await t.must('getPackageState', {})).pendingChairPin).toBe(true);
  });
});

describe('lockouts', () => {
  it('last 5 minutes, then twice as long each time, recorded with their length', async () => {
    expect([0, 1, 2, 3].map(lockoutDuration)).toEqual([5, 10, 20, 40].map((m) => m * 60_000));
    expect(lockoutDuration(9)).toBe(MAX_LOCKOUT_MS);
    expect(lockoutDuration(1000)).toBe(MAX_LOCKOUT_MS);

    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    for (const minutes of [5, 10, 20]) {
      expect(await lockOut(ids.chair)).toMatchObject({ error: { code: 'locked_out' } });
      t.clock.advance(minutes * 60_000 - 1);
      expect(await t.call('login', { memberId: ids.chair, pin: CHAIR_PIN })).toMatchObject({
        error: { code: 'locked_out' },
      });
      t.clock.advance(1);
    }
    expect(payloads('member.locked_out')).toMatchObject([
      { actor: null, member_id: ids.chair, minutes: 5 },
      { actor: null, member_id: ids.chair, minutes: 10 },
      { actor: null, member_id: ids.chair, minutes: 20 },
    ]);
    // A right PIN ends the run: the next lockout lasts five minutes again.
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    await t.must('logout', {});
    await lockOut(ids.chair);
    expect(payloads('member.locked_out').at(-1)).toMatchObject({ minutes: 5 });
    t.clock.advance(LOCKOUT_MS);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
  });

  it('can be lifted by the chair, recorded; the next one is still longer', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await withOwnPin(t, ids.chair, ids.member, '135790');
    await t.must('logout', {});
    expect(await lockOut(ids.member)).toMatchObject({ error: { code: 'locked_out' } });

    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    expect(await t.call('liftLockout', { memberId: ids.chair })).toMatchObject({
      error: { code: 'not_locked_out' },
    });
    const lifted = await t.must('liftLockout', { memberId: ids.member });
    expect(lifted).toMatchObject({ id: ids.member, lockedUntil: null });
    expect(payloads('member.lockout_lifted')).toEqual([
      { actor: ids.chair, member_id: ids.member, by: 'chair' },
    ]);
    expect(await t.call('liftLockout', { memberId: ids.member })).toMatchObject({
      error: { code: 'not_locked_out' },
    });
    await t.must('logout', {});

    // Whoever goes on guessing meets a longer lockout.
    expect(await lockOut(ids.member)).toMatchObject({ error: { code: 'locked_out' } });
    expect(payloads('member.locked_out').at(-1)).toMatchObject({ minutes: 10 });

    // Only the chair lifts lockouts.
    await withOwnPin(t, ids.chair, ids.deputy, '246810');
    expect(await t.call('liftLockout', { memberId: ids.member })).toMatchObject({
      error: { code: 'forbidden' },
    });
    await t.must('logout', {});
    expect(await t.call('liftLockout', { memberId: ids.member })).toMatchObject({
      error: { code: 'not_logged_in' },
    });
  });

  it("are lifted by the chair's recovery code, which works during one", async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await lockOut(ids.chair);
    expect(await t.call('login', { memberId: ids.chair, pin: CHAIR_PIN })).toMatchObject({
      error: { code: 'locked_out' },
    });
    // A wrong code during the lockout is refused, and the envelope still works afterwards.
    expect(await recoverChairPin(t, ids.chair, WRONG_RECOVERY_CODE)).toMatchObject({
      error: { code: 'recovery_code_invalid' },
    });
    const { recoveryCode } = await t.must('recoverChairPin', {
      memberId: ids.chair,
      recoveryCode: ids.recoveryCode,
      newPin: '975318',
    });
    expect(recoveryCode).not.toBe(ids.recoveryCode);
    expect(payloads('member.lockout_lifted')).toEqual([
      { actor: ids.chair, member_id: ids.chair, by: 'recovery_code' },
    ]);
    expect((await t.must('login', { memberId: ids.chair, pin: '975318' })).role).toBe('chair');
    await t.must('logout', {});
    // The run of lockouts ended with the recovery: the next one lasts five minutes.
    await lockOut(ids.chair);
    expect(payloads('member.locked_out').at(-1)).toMatchObject({ minutes: 5 });
  });
});

describe('temporary PINs and sessions', () => {
  it('a temporary PIN stops working 72 hours after it was given', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const first = await t.must('resetMemberPin', { memberId: ids.member });
    const second = await t.must('resetMemberPin', { memberId: ids.deputy });
    await t.must('logout', {});

    t.clock.advance(TEMPORARY_PIN_MS - 60_000);
    // Used in time, it works (and the member replaces it in that session).
    expect((await t.must('login', { memberId: ids.deputy, pin: second.temporaryPin })).role).toBe(
      'deputy_chair',
    );
    await t.must('logout', {});

    t.clock.advance(60_000);
    expect(await t.call('login', { memberId: ids.member, pin: first.temporaryPin })).toMatchObject({
      ok: false,
      error: { code: 'temporary_pin_expired' },
    });
    // A wrong PIN is still just wrong: the expiry says nothing to a guesser.
    expect(await t.call('login', { memberId: ids.member, pin: '975318' })).toMatchObject({
      error: { code: 'wrong_pin' },
    });
    expect(await t.must('getSession', {})).toBeNull();

    // The chair gives a new one, which works for another 72 hours.
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const again = await t.must('resetMemberPin', { memberId: ids.member });
    await t.must('logout', {});
    const session = await t.must('login', { memberId: ids.member, pin: again.temporaryPin });
    expect(session.mustChangePin).toBe(true);
  });

  it('a refused login leaves the current session as it was; a right one replaces it', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await withOwnPin(t, ids.chair, ids.member, '135790');
    await t.must('logout', {});
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const loggedOut = payloads('member.logged_out').length;

    expect(await t.call('login', { memberId: ids.member, pin: '000000' })).toMatchObject({
      error: { code: 'wrong_pin' },
    });
    expect(await t.call('login', { memberId: ids.deputy, pin: '000000' })).toMatchObject({
      error: { code: 'no_pin' },
    });
    expect(await t.call('login', { memberId: 'nobody', pin: '000000' })).toMatchObject({
      error: { code: 'member_not_found' },
    });
    expect((await t.must('getSession', {}))?.memberId).toBe(ids.chair);
    expect(payloads('member.logged_out')).toHaveLength(loggedOut);
    await t.must('listMembers', {});

    const member = await t.must('login', { memberId: ids.member, pin: '135790' });
    expect(member.memberId).toBe(ids.member);
    expect(payloads('member.logged_out').slice(loggedOut)).toEqual([
      { actor: ids.chair, member_id: ids.chair, reason: 'logout' },
    ]);
    expect(await t.call('listMembers', {})).toMatchObject({ error: { code: 'forbidden' } });
  });
});
