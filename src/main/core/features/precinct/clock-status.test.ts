import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  makeTestCore,
  setUpPrecinct,
  type TestCore,
} from '../../../../../tests/support/core';
import { localDateTime } from '../../kernel/time/local-time';

let t: TestCore;
afterEach(() => t?.dispose());

describe('the clock the chair confirms', () => {
  it('asks again on a new precinct-local day and only the chair may confirm', async () => {
    // 23:30 in Almaty on the 18th (UTC+5).
    t = makeTestCore('2027-03-18T18:30:00Z');
    const ids = await setUpPrecinct(t);
    expect(await t.must('getClockStatus', {})).toMatchObject({
      localDate: '2027-03-18',
      localTime: '23:30',
      confirmedToday: true,
    });
    t.clock.advance(45 * 60_000);
    expect(await t.must('getClockStatus', {})).toMatchObject({
      localDate: '2027-03-19',
      localTime: '00:15',
      confirmedToday: false,
    });
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: ids.deputy });
    await t.must('logout', {});
    await t.must('login', { memberId: ids.deputy, pin: temporaryPin });
    await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: '112358' });
    expect(await t.call('confirmClock', {})).toMatchObject({ error: { code: 'forbidden' } });
    await t.must('logout', {});
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    expect((await t.must('confirmClock', {})).confirmedToday).toBe(true);
  });

  it('flags a clock that runs behind the newest recorded event', async () => {
    t = makeTestCore('2027-03-18T06:00:00Z');
    await setUpPrecinct(t);
    expect((await t.must('getClockStatus', {})).behindLatestEvent).toBe(false);
    // Someone sets the laptop's clock back by two hours.
    t.clock.advance(-2 * 60 * 60_000);
    const status = await t.must('getClockStatus', {});
    expect(status.behindLatestEvent).toBe(true);
    expect(status.latestEventAt).toBe('2027-03-18T06:00:00.000Z');
    // Events recorded meanwhile still sort after the earlier ones (hybrid logical clock).
    const ids = await t.must('listLoginMembers', {});
    await t.must('login', { memberId: ids[0]!.id, pin: CHAIR_PIN });
    const last = t.core.db
      .prepare<[], { hlc: string }>('SELECT hlc FROM events ORDER BY seq DESC LIMIT 2')
      .all();
    expect(last[0]!.hlc > last[1]!.hlc).toBe(true);
  });

  it('computes local dates in the precinct time zone, abroad too', () => {
    const instant = Date.parse('2027-03-18T20:30:00Z');
    expect(localDateTime(instant, 'Asia/Almaty')).toEqual({ date: '2027-03-19', time: '01:30' });
    expect(localDateTime(instant, 'Europe/Berlin')).toEqual({ date: '2027-03-18', time: '21:30' });
    expect(localDateTime(instant, 'America/New_York')).toEqual({
      date: '2027-03-18',
      time: '16:30',
    });
  });
});
