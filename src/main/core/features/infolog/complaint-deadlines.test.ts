import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../../../tests/support/core';
import {
  INFOLOG_TEST_START,
  moveClockTo,
  SAMPLE_ENTRIES,
  setUpAndLogIn,
} from '../../../../../tests/support/infolog';

let t: TestCore;
afterEach(() => t?.dispose());

const complaint = (subject: (typeof SAMPLE_ENTRIES.complaint)['subject']) => ({
  ...SAMPLE_ENTRIES.complaint,
  subject,
});

const answer = (at: string) => ({
  outcome: 'answered' as const,
  at,
  text: 'The voter was added to the list on the basis of the akimat’s certificate.',
  forwardedTo: '',
});

describe('complaint deadlines in Almaty', () => {
  it('gives five days, three for the voter list, and marks overdue and late answers', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const general = await t.must('recordInfoLogEntry', {
      at: '2027-03-01T16:00',
      details: complaint('campaigning'),
    });
    const list = await t.must('recordInfoLogEntry', {
      at: '2027-03-08T23:50',
      details: complaint('voter_list'),
    });
    // Due by the end of 6 March in Almaty (UTC+5): the deadline passed at 19:00 UTC that day.
    expect(general.complaint).toEqual({
      status: 'open',
      deadline: {
        rule: 'standard',
        days: 5,
        dueDate: '2027-03-06',
        dueAt: '2027-03-06T19:00:00.000Z',
      },
      respondedAt: null,
      overdue: true,
      late: false,
    });
    expect(list.complaint).toMatchObject({
      deadline: { rule: 'voter_list', days: 3, dueDate: '2027-03-11' },
      overdue: false,
    });
    const overdue = await t.must('listInfoLog', {
      kind: 'complaint',
      complaintStatus: 'overdue',
      order: 'oldest',
      limit: 50,
      offset: 0,
    });
    expect(overdue.entries.map((e) => e.id)).toEqual([general.id]);
    expect(overdue.overdueComplaints).toBe(1);

    // Answered after its deadline: no longer overdue, but late.
    const late = await t.must('answerComplaint', {
      entryId: general.id,
      response: answer('2027-03-10T10:00'),
    });
    expect(late.complaint).toMatchObject({
      status: 'answered',
      respondedAt: '2027-03-10T05:00:00.000Z',
      overdue: false,
      late: true,
    });
    expect(late.history.map((h) => h.change)).toEqual(['recorded', 'answered']);

    // The last minute of 11 March is still in time; a minute later it is overdue.
    await moveClockTo(t, '2027-03-11T18:59:00Z');
    const inTime = await t.must('answerComplaint', {
      entryId: list.id,
      response: {
        ...answer('2027-03-11T23:59'),
        outcome: 'forwarded',
        forwardedTo: 'Bostandyq district commission',
      },
    });
    expect(inTime.complaint).toMatchObject({ status: 'forwarded', late: false, overdue: false });
    expect(
      await t.call('answerComplaint', { entryId: list.id, response: answer('2027-03-11T23:59') }),
    ).toMatchObject({ error: { code: 'complaint_already_answered' } });
  });

  it('becomes overdue exactly when the due day ends', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const entry = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:00',
      details: complaint('member_conduct'),
    });
    const overdue = async () =>
      (await t.must('listInfoLog', { order: 'oldest', limit: 5, offset: 0 })).entries[0]?.complaint
        ?.overdue;
    await moveClockTo(t, '2027-03-15T18:59:59Z');
    expect(await overdue()).toBe(false);
    await moveClockTo(t, '2027-03-15T19:00:00Z');
    expect(await overdue()).toBe(true);
    expect(entry.complaint?.deadline.dueDate).toBe('2027-03-15');
  });

  it('answers on the same day what comes on voting day or the day before', async () => {
    t = makeTestCore('2027-03-19T10:00:00Z');
    await setUpAndLogIn(t);
    for (const at of ['2027-03-18T23:30', '2027-03-19T08:00']) {
      const entry = await t.must('recordInfoLogEntry', { at, details: complaint('voter_list') });
      expect(entry.complaint?.deadline).toMatchObject({
        rule: 'same_day',
        days: 0,
        dueDate: at.slice(0, 10),
      });
    }
    const before = await t.must('recordInfoLogEntry', {
      at: '2027-03-17T23:59',
      details: complaint('voting_procedure'),
    });
    expect(before.complaint?.deadline).toMatchObject({ rule: 'standard', dueDate: '2027-03-22' });
  });

  it('refuses an answer dated before the complaint was received, changing nothing', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const entry = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:00',
      details: complaint('other'),
    });
    const events = t.core.db.prepare('SELECT count(*) AS n FROM events').get();
    expect(
      await t.call('answerComplaint', { entryId: entry.id, response: answer('2027-03-10T08:59') }),
    ).toMatchObject({
      error: { code: 'answered_before_received', details: { field: 'response.at' } },
    });
    expect(
      await t.call('answerComplaint', {
        entryId: entry.id,
        response: { ...answer('2027-03-10T09:30'), text: '' },
      }),
    ).toMatchObject({ error: { code: 'invalid_input', details: { field: 'response.text' } } });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual(events);
    const observer = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:00',
      details: SAMPLE_ENTRIES.observer,
    });
    expect(
      await t.call('answerComplaint', {
        entryId: observer.id,
        response: answer('2027-03-10T09:30'),
      }),
    ).toMatchObject({ error: { code: 'wrong_entry_kind' } });
  });
});

describe('complaint deadlines at a precinct abroad', () => {
  // A mission in New York: UTC−5 until clocks go forward on 14 March 2027, then UTC−4.
  const abroad = { timeZone: 'America/New_York', address: 'New York, 3 Dag Hammarskjold Plaza' };

  it('counts days in the mission’s own zone, across its change of clocks', async () => {
    t = makeTestCore('2027-03-16T15:00:00Z');
    await setUpAndLogIn(t, abroad);
    // 23:30 on 13 March in New York is already the 14th in UTC and in Almaty.
    const entry = await t.must('recordInfoLogEntry', {
      at: '2027-03-13T23:30',
      details: complaint('voter_list'),
    });
    expect(entry.occurredAt).toBe('2027-03-14T04:30:00.000Z');
    expect(entry.complaint?.deadline).toEqual({
      rule: 'voter_list',
      days: 3,
      dueDate: '2027-03-16',
      // Midnight after the 16th in New York, on summer time by then.
      dueAt: '2027-03-17T04:00:00.000Z',
    });
    expect(await t.must('getInfoLogCounts', {})).toMatchObject([
      { date: '2027-03-13', counts: { complaint: 1 } },
    ]);
    // A time skipped when the clocks went forward does not exist there.
    expect(
      await t.call('recordInfoLogEntry', {
        at: '2027-03-14T02:30',
        details: SAMPLE_ENTRIES.inquiry,
      }),
    ).toMatchObject({ error: { code: 'invalid_local_time', details: { field: 'at' } } });
    await moveClockTo(t, '2027-03-17T03:59:00Z');
    const open = await t.must('listInfoLog', { order: 'oldest', limit: 5, offset: 0 });
    expect(open.entries[0]?.complaint?.overdue).toBe(false);
    await moveClockTo(t, '2027-03-17T04:00:00Z');
    const late = await t.must('listInfoLog', { order: 'oldest', limit: 5, offset: 0 });
    expect(late.entries[0]?.complaint?.overdue).toBe(true);
  });

  it('applies the same-day rule by the mission’s calendar', async () => {
    t = makeTestCore('2027-03-19T12:00:00Z');
    await setUpAndLogIn(t, abroad);
    // 21:00 on 17 March in New York is the 18th in UTC, the day before voting day there,
    // but in New York it is two days before: the ordinary rules apply.
    const early = await t.must('recordInfoLogEntry', {
      at: '2027-03-17T21:00',
      details: complaint('voter_list'),
    });
    expect(early.complaint?.deadline).toMatchObject({ rule: 'voter_list', dueDate: '2027-03-20' });
    const dayBefore = await t.must('recordInfoLogEntry', {
      at: '2027-03-18T21:00',
      details: complaint('voter_list'),
    });
    expect(dayBefore.complaint?.deadline).toEqual({
      rule: 'same_day',
      days: 0,
      dueDate: '2027-03-18',
      dueAt: '2027-03-19T04:00:00.000Z',
    });
  });
});

describe('deadline settings', () => {
  it('uses the defaults until the chair sets others, which apply to complaints from then on', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    const { member } = await setUpAndLogIn(t);
    expect(await t.must('getInfoLogSettings', {})).toEqual({
      deadlines: { standardDays: 5, voterListDays: 3, sameDayDaysBefore: 1 },
      source: 'default',
      votingDay: '2027-03-19',
    });
    const before = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:00',
      details: complaint('other'),
    });
    expect(
      await t.call('setComplaintDeadlines', {
        standardDays: 0,
        voterListDays: 3,
        sameDayDaysBefore: 1,
      }),
    ).toMatchObject({ error: { code: 'invalid_input', details: { field: 'standardDays' } } });
    const set = await t.must('setComplaintDeadlines', {
      standardDays: 7,
      voterListDays: 2,
      sameDayDaysBefore: 2,
    });
    expect(set).toMatchObject({
      deadlines: { standardDays: 7, voterListDays: 2, sameDayDaysBefore: 2 },
      source: 'manual',
    });
    const after = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:00',
      details: complaint('other'),
    });
    expect(after.complaint?.deadline).toMatchObject({ days: 7, dueDate: '2027-03-17' });
    const kept = (await t.must('listInfoLog', { order: 'oldest', limit: 5, offset: 0 })).entries;
    expect(kept[0]?.id).toBe(before.id);
    expect(kept[0]?.complaint?.deadline).toMatchObject({ days: 5, dueDate: '2027-03-15' });

    // A correction that keeps the day and the subject keeps the deadline; one that moves the
    // day of receipt gets the deadline of the rules in force now.
    const typo = await t.must('correctInfoLogEntry', {
      entryId: before.id,
      at: '2027-03-10T09:05',
      details: { ...complaint('other'), complainant: 'Серік Ахметов' },
      reason: 'Name misspelt',
    });
    expect(typo.complaint?.deadline).toMatchObject({ days: 5, dueDate: '2027-03-15' });
    const moved = await t.must('correctInfoLogEntry', {
      entryId: before.id,
      at: '2027-03-09T18:00',
      details: complaint('other'),
      reason: 'Received the evening before',
    });
    expect(moved.complaint?.deadline).toMatchObject({ days: 7, dueDate: '2027-03-16' });

    // Only the chair sets deadlines.
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: member });
    await t.must('logout', {});
    await t.must('login', { memberId: member, pin: temporaryPin });
    await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: '135790' });
    expect(
      await t.call('setComplaintDeadlines', {
        standardDays: 1,
        voterListDays: 1,
        sameDayDaysBefore: 0,
      }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    expect((await t.must('getInfoLogSettings', {})).deadlines.standardDays).toBe(7);
  });
});
