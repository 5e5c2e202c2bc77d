import { afterEach, describe, expect, it } from 'vitest';
import { ROLES } from '@shared/roles';
import { PERMISSION_TABLE, can } from '../../kernel/permissions';
import {
  CHAIR_PIN,
  makeTestCore,
  SAMPLE_PRECINCT,
  setUpPrecinct,
  type TestCore,
  withOwnPin,
} from '../../../../../tests/support/core';
import { recoverChairPin, WRONG_RECOVERY_CODE } from '../../../../../tests/support/members';
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from './auth-service';
import { CORE_IDLE_GRACE_MS } from './session';
import { hashSecret, normaliseRecoveryCode, verifySecret } from './secrets';

let t: TestCore;
afterEach(() => t?.dispose());

const eventsOfType = (t: TestCore, type: string) =>
  t.core.db
    .prepare<[string], { payload_json: string; actor: string | null }>(
      'SELECT payload_json, actor FROM events WHERE type = ?',
    )
    .all(type);

describe('PIN secrets', () => {
  it('stores salted scrypt hashes that verify only the right PIN', async () => {
    const a = await hashSecret('123456');
    const b = await hashSecret('123456');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifySecret('123456', a)).toBe(true);
    expect(await verifySecret('123457', a)).toBe(false);
    expect(await verifySecret('123456', 'plain')).toBe(false);
    expect(normaliseRecoveryCode('abcd efgh-jkmn pqrs')).toBe('ABCD-EFGH-JKMN-PQRS');
  });
});

describe('setup', () => {
  it('refuses bad setups and changes nothing', async () => {
    t = makeTestCore();
    const eventsBefore = t.core.db.prepare('SELECT count(*) AS n FROM events').get();
    const attempt = (patch: object, members = [{ fullName: 'A', role: 'chair' }]) =>
      t.call('completeSetup', {
        precinct: { ...SAMPLE_PRECINCT, ...patch },
        members,
        chairPin: CHAIR_PIN,
        clockConfirmed: true,
      });
    expect(await attempt({ timeZone: 'Mars/Olympus' })).toMatchObject({
      error: { code: 'invalid_time_zone' },
    });
    expect(await attempt({ votingHours: { opens: '20:00', closes: '07:00' } })).toMatchObject({
      error: { code: 'invalid_voting_hours' },
    });
    expect(await attempt({}, [{ fullName: 'A', role: 'member' }])).toMatchObject({
      error: { code: 'chair_required' },
    });
    expect(
      await attempt({}, [
        { fullName: 'A', role: 'chair' },
        { fullName: 'B', role: 'chair' },
      ]),
    ).toMatchObject({ error: { code: 'one_chair_only' } });
    expect(await attempt({ votingDay: '2027-02-30' })).toMatchObject({
      error: { code: 'invalid_input' },
    });
    expect(
      await t.call('completeSetup', {
        precinct: SAMPLE_PRECINCT,
        members: [{ fullName: 'A', role: 'chair' }],
        chairPin: '12ab56',
      }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      await t.call('completeSetup', {
        precinct: SAMPLE_PRECINCT,
        members: [{ fullName: 'A', role: 'chair' }],
        chairPin: CHAIR_PIN,
        clockConfirmed: false,
      }),
    ).toMatchObject({ error: { code: 'invalid_input', details: { field: 'clockConfirmed' } } });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual(eventsBefore);
    expect((await t.must('getAppState', {})).setUp).toBe(false);
  });

  it('records the precinct and members, confirms the clock, and cannot run twice', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    const state = await t.must('getAppState', {});
    expect(state.setUp).toBe(true);
    expect(state.precinct).toMatchObject({ precinctNumber: 412, timeZone: 'Asia/Almaty' });
    expect(state.clock).toMatchObject({
      confirmedToday: true,
      localDate: '2027-03-01',
      localTime: '10:00',
      timeZone: 'Asia/Almaty',
    });
    expect(eventsOfType(t, 'member.added')).toHaveLength(4);
    expect((await t.must('listLoginMembers', {})).map((m) => [m.role, m.hasPin])).toEqual([
      ['chair', true],
      ['deputy_chair', false],
      ['secretary', false],
      ['member', false],
    ]);
    expect(ids.recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(
      await t.call('completeSetup', {
        precinct: SAMPLE_PRECINCT,
        members: [{ fullName: 'X', role: 'chair' }],
        chairPin: CHAIR_PIN,
        clockConfirmed: true,
      }),
    ).toMatchObject({ error: { code: 'already_set_up' } });
  });
});

describe('login, lockout and PIN changes', () => {
  it('locks a member out after five wrong PINs for five minutes, and records it', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(await t.call('login', { memberId: ids.chair, pin: '000000' })).toMatchObject({
        error: { code: 'wrong_pin', details: { attemptsLeft: MAX_FAILED_ATTEMPTS - i } },
      });
    }
    expect(await t.call('login', { memberId: ids.chair, pin: '000000' })).toMatchObject({
      error: { code: 'locked_out' },
    });
    // Even the right PIN is refused while locked out.
    expect(await t.call('login', { memberId: ids.chair, pin: CHAIR_PIN })).toMatchObject({
      error: { code: 'locked_out' },
    });
    const locked = eventsOfType(t, 'member.locked_out');
    expect(locked).toHaveLength(1);
    expect(JSON.parse(locked[0]!.payload_json)).toEqual({
      member_id: ids.chair,
      until: '2027-03-01T05:05:00.000Z',
      minutes: 5,
    });
    t.clock.advance(LOCKOUT_MS + 1);
    expect((await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN })).role).toBe('chair');
  });

  it('checks one PIN at a time per member, so parallel guesses cannot outrun the lockout', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    const guesses = Array.from({ length: 12 }, () =>
      t.call('login', { memberId: ids.chair, pin: '000000' }),
    );
    const right = t.call('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const results = await Promise.all([...guesses, right]);
    expect(results.filter((r) => !r.ok && r.error.code === 'wrong_pin')).toHaveLength(4);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'locked_out' } });
    expect(eventsOfType(t, 'member.locked_out')).toHaveLength(1);
  });

  it('counts wrong current PINs when replacing a temporary PIN, and ends the session on lockout', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: ids.member });
    await t.must('logout', {});
    await t.must('login', { memberId: ids.member, pin: temporaryPin });
    // Typing on the change-PIN screen keeps the session alive.
    t.clock.advance(9 * 60_000);
    await t.must('touchSession', {});
    t.clock.advance(9 * 60_000);
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(
        await t.call('changeOwnPin', { currentPin: '999999', newPin: '246810' }),
      ).toMatchObject({
        error: { code: 'wrong_pin', details: { attemptsLeft: MAX_FAILED_ATTEMPTS - i } },
      });
    }
    expect(await t.call('changeOwnPin', { currentPin: '999999', newPin: '246810' })).toMatchObject({
      error: { code: 'locked_out' },
    });
    expect(await t.must('getSession', {})).toBeNull();
  });

  it('makes a member replace the temporary PIN before anything else', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    expect(await t.call('login', { memberId: ids.member, pin: '123456' })).toMatchObject({
      error: { code: 'no_pin' },
    });
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: ids.member });
    expect(temporaryPin).toMatch(/^\d{6}$/);
    await t.must('logout', {});
    const session = await t.must('login', { memberId: ids.member, pin: temporaryPin });
    expect(session.mustChangePin).toBe(true);
    expect(await t.call('getSettings', {})).toMatchObject({
      error: { code: 'pin_change_required' },
    });
    expect(
      await t.call('changeOwnPin', { currentPin: temporaryPin, newPin: temporaryPin }),
    ).toMatchObject({ error: { code: 'pin_reused' } });
    expect(
      await t.call('changeOwnPin', { currentPin: temporaryPin, newPin: '12345' }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      (await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: '246810' })).mustChangePin,
    ).toBe(false);
    await t.must('logout', {});
    expect(await t.call('login', { memberId: ids.member, pin: temporaryPin })).toMatchObject({
      error: { code: 'wrong_pin' },
    });
    expect((await t.must('login', { memberId: ids.member, pin: '246810' })).role).toBe('member');
  });

  it("resets the chair's PIN once with the recovery code and issues a new code", async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    expect(await recoverChairPin(t, ids.chair, WRONG_RECOVERY_CODE)).toMatchObject({
      error: { code: 'recovery_code_invalid' },
    });
    expect(await recoverChairPin(t, ids.deputy, ids.recoveryCode)).toMatchObject({
      error: { code: 'forbidden' },
    });
    const { recoveryCode } = await t.must('recoverChairPin', {
      memberId: ids.chair,
      recoveryCode: ids.recoveryCode.toLowerCase(),
      newPin: '975318',
    });
    expect(recoveryCode).not.toBe(ids.recoveryCode);
    expect(await recoverChairPin(t, ids.chair, ids.recoveryCode, '864297')).toMatchObject({
      error: { code: 'recovery_code_invalid' },
    });
    expect(await t.call('login', { memberId: ids.chair, pin: CHAIR_PIN })).toMatchObject({
      error: { code: 'wrong_pin' },
    });
    expect((await t.must('login', { memberId: ids.chair, pin: '975318' })).role).toBe('chair');
  });

  it('never puts PINs, recovery codes or their hashes into events', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await withOwnPin(t, ids.chair, ids.member, '135790');
    const log = t.core.db
      .prepare<[], { text: string }>("SELECT group_concat(payload_json, '|') AS text FROM events")
      .get()!.text;
    for (const secret of [
      CHAIR_PIN,
      '135790',
      ids.recoveryCode,
      ids.recoveryCode.replace(/-/g, ''),
      'scrypt$',
    ]) {
      expect(log).not.toContain(secret);
    }
  });

  it('locks an idle session after the auto-lock time, in the core too', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    await t.must('updateSettings', { autoLockMinutes: 3 });
    t.clock.advance(2 * 60_000);
    await t.must('touchSession', {});
    // The core waits a grace minute past the UI's own lock before it locks.
    t.clock.advance(3 * 60_000 + CORE_IDLE_GRACE_MS - 1);
    await t.must('touchSession', {});
    t.clock.advance(3 * 60_000 + CORE_IDLE_GRACE_MS + 1);
    expect(await t.call('touchSession', {})).toMatchObject({ error: { code: 'session_locked' } });
    expect(await t.must('getSession', {})).toBeNull();
    expect(
      eventsOfType(t, 'member.logged_out').map((e) => JSON.parse(e.payload_json).reason),
    ).toEqual(['auto_lock']);
    // The UI's idle timer and the member's Lock button are told apart in the log.
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    await t.must('lockSession', { reason: 'manual' });
    expect(await t.call('touchSession', {})).toMatchObject({ error: { code: 'not_logged_in' } });
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    await t.must('lockSession', { reason: 'idle' });
    expect(await t.call('touchSession', {})).toMatchObject({ error: { code: 'session_locked' } });
    expect(
      eventsOfType(t, 'member.logged_out').map((e) => JSON.parse(e.payload_json).reason),
    ).toEqual(['auto_lock', 'lock', 'auto_lock']);
  });
});

describe('members and permissions', () => {
  it('gives each role exactly the table, and the core enforces it', async () => {
    expect(ROLES.every((role) => PERMISSION_TABLE[role].includes('audit.read'))).toBe(true);
    expect(can('chair', 'ballot.issue') || can('secretary', 'ballot.issue')).toBe(false);
    expect(can('member', 'ballot.issue') && can('deputy_chair', 'ballot.issue')).toBe(true);
    expect(can('secretary', 'sync.export') && !can('member', 'sync.export')).toBe(true);
    expect(can('deputy_chair', 'approvals') && !can('member', 'approvals')).toBe(true);

    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    expect(await t.call('addMember', { fullName: 'Z', role: 'member' })).toMatchObject({
      error: { code: 'not_logged_in' },
    });
    await withOwnPin(t, ids.chair, ids.member, '135790');
    expect(await t.call('addMember', { fullName: 'Z', role: 'member' })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await t.call('resetMemberPin', { memberId: ids.deputy })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await t.call('updateSettings', { autoLockMinutes: 5 })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await t.must('verifyAuditChain', {})).ok).toBe(true);
  });

  it('adds, replaces and deactivates members without deleting anyone', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    expect(await t.call('addMember', { fullName: 'Second Chair', role: 'chair' })).toMatchObject({
      error: { code: 'one_chair_only' },
    });
    const added = await t.must('addMember', { fullName: 'Marat Akhmetov', role: 'member' });
    const replacement = await t.must('replaceMember', {
      memberId: ids.member,
      fullName: 'Askar Tulegenov',
      reason: 'Moved away',
    });
    expect(replacement.role).toBe('member');
    await t.must('deactivateMember', { memberId: added.id, reason: 'Resigned' });
    expect(await t.call('deactivateMember', { memberId: ids.chair, reason: 'x' })).toMatchObject({
      error: { code: 'cannot_deactivate_self' },
    });
    expect(await t.call('deactivateMember', { memberId: added.id, reason: 'again' })).toMatchObject(
      { error: { code: 'member_inactive' } },
    );
    const all = await t.must('listMembers', {});
    expect(all).toHaveLength(6);
    expect(all.find((m) => m.id === ids.member)).toMatchObject({
      active: false,
      replacedBy: replacement.id,
    });
    expect((await t.must('listLoginMembers', {})).map((m) => m.fullName)).not.toContain(
      'Marat Akhmetov',
    );
    expect(await t.call('login', { memberId: added.id, pin: '123456' })).toMatchObject({
      error: { code: 'member_inactive' },
    });
  });
});
