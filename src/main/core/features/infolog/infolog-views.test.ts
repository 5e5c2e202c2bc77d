/** The log's views: the observers present now, the search filters and the per-day counts. */
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../../../tests/support/core';
import {
  INFOLOG_TEST_START,
  infologState,
  SAMPLE_ENTRIES,
  setUpAndLogIn,
} from '../../../../../tests/support/infolog';

let t: TestCore;
afterEach(() => t?.dispose());

const AT = '2027-03-10T09:30';

describe('the observers register', () => {
  it('checks observers in and out and shows who is present now', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const first = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T08:00',
      details: SAMPLE_ENTRIES.observer,
    });
    const second = await t.must('recordInfoLogEntry', {
      at: '2027-03-10T09:00',
      details: {
        ...SAMPLE_ENTRIES.observer,
        organisationType: 'party',
        organisation: 'Amanat',
        observerName: 'Dauren Abenov',
        mandateNumber: 'A-17',
      },
    });
    expect(second.number).toBe(2);
    const present = async () =>
      (
        await t.must('listInfoLog', {
          kind: 'observer',
          presentOnly: true,
          order: 'oldest',
          limit: 50,
          offset: 0,
        })
      ).entries.map((e) => e.details.kind === 'observer' && e.details.observerName);
    expect(await present()).toEqual(['Jan Kowalski', 'Dauren Abenov']);

    const out = await t.must('checkOutObserver', { entryId: first.id, at: '2027-03-10T10:30' });
    expect(out.observer).toEqual({ present: false, departedAt: '2027-03-10T05:30:00.000Z' });
    expect(out.history.map((h) => h.change)).toEqual(['recorded', 'checked_out']);
    expect(await present()).toEqual(['Dauren Abenov']);
    expect(
      (await t.must('listInfoLog', { order: 'oldest', limit: 1, offset: 0 })).presentObservers,
    ).toBe(1);

    const before = infologState(t);
    expect(
      await t.call('checkOutObserver', { entryId: second.id, at: '2027-03-10T08:59' }),
    ).toMatchObject({ error: { code: 'departure_before_arrival', details: { field: 'at' } } });
    expect(
      await t.call('checkOutObserver', { entryId: first.id, at: '2027-03-10T10:45' }),
    ).toMatchObject({ error: { code: 'observer_already_departed' } });
    const complaint = await t.must('recordInfoLogEntry', {
      at: AT,
      details: SAMPLE_ENTRIES.complaint,
    });
    const afterComplaint = infologState(t);
    expect(
      await t.call('checkOutObserver', { entryId: complaint.id, at: '2027-03-10T10:45' }),
    ).toMatchObject({ error: { code: 'wrong_entry_kind' } });
    expect(infologState(t)).toEqual(afterComplaint);
    expect(before.events + 1).toBe(afterComplaint.events);
  });
});

describe('searching the log', () => {
  it('filters by kind, precinct-local dates, member and words in any case', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    const { chair, member } = await setUpAndLogIn(t);
    await t.must('recordInfoLogEntry', { at: '2027-03-08T12:00', details: SAMPLE_ENTRIES.inquiry });
    await t.must('recordInfoLogEntry', { at: '2027-03-09T12:00', details: SAMPLE_ENTRIES.media });
    await t.must('recordInfoLogEntry', {
      at: '2027-03-10T00:30',
      details: SAMPLE_ENTRIES.complaint,
    });
    // The member records one too (with their own PIN, given by the chair).
    const { temporaryPin } = await t.must('resetMemberPin', { memberId: member });
    await t.must('logout', {});
    await t.must('login', { memberId: member, pin: temporaryPin });
    await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: '135790' });
    await t.must('recordInfoLogEntry', { at: '2027-03-10T10:00', details: SAMPLE_ENTRIES.notice });

    const list = async (filter: Record<string, unknown>) =>
      (
        await t.must('listInfoLog', { order: 'oldest', limit: 50, offset: 0, ...filter })
      ).entries.map((e) => e.kind);
    expect(await list({})).toEqual(['inquiry', 'media', 'complaint', 'notice']);
    expect(await list({ kind: 'media' })).toEqual(['media']);
    // 00:30 on the 10th in Almaty is still the 9th in UTC: dates are the precinct's.
    expect(await list({ fromDate: '2027-03-10' })).toEqual(['complaint', 'notice']);
    expect(await list({ fromDate: '2027-03-09', toDate: '2027-03-09' })).toEqual(['media']);
    expect(await list({ memberId: member })).toEqual(['notice']);
    expect(await list({ memberId: chair })).toEqual(['inquiry', 'media', 'complaint']);
    expect(await list({ text: 'СПИСКЕ мать' })).toEqual(['complaint']);
    expect(await list({ text: 'khabar' })).toEqual(['media']);
    expect(await list({ text: '100%' })).toEqual([]);
    expect(await list({ text: 'timiryazev 07:00' })).toEqual(['inquiry']);

    const page = await t.must('listInfoLog', { order: 'newest', limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => e.kind)).toEqual(['media', 'inquiry']);
    expect(page.members.map((m) => m.name)).toEqual(['Aigerim Sadykova', 'Yerlan Zhaksybekov']);
  });
});

describe('per-day counts', () => {
  it('counts entries by precinct-local day and kind, with the voter screens’ registration checks', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    await t.must('recordInfoLogEntry', { at: '2027-03-09T18:00', details: SAMPLE_ENTRIES.inquiry });
    await t.must('recordInfoLogEntry', { at: '2027-03-09T19:00', details: SAMPLE_ENTRIES.inquiry });
    await t.must('recordInfoLogEntry', {
      at: '2027-03-10T08:00',
      details: SAMPLE_ENTRIES.observer,
    });
    // The voter screens record one event per check answered; here written as they would be.
    const insert = t.core.db.prepare(
      `INSERT INTO events (device_id, seq, hlc, type, actor, payload_json, prev_hash, hash)
       VALUES ('other-device', ?, ?, 'voter.inquiry_answered', NULL, ?, '', '')`,
    );
    // 19:30 UTC on the 9th is 00:30 on the 10th in Almaty.
    const checks = ['2027-03-09T10:00:00Z', '2027-03-09T19:30:00Z', '2027-03-10T03:00:00Z'];
    checks.forEach((iso, i) =>
      insert.run(
        i + 1,
        `${String(Date.parse(iso)).padStart(18, '0')}.0000`,
        JSON.stringify({ method: 'iin', found: true }),
      ),
    );
    const empty = {
      inquiry: 0,
      notice: 0,
      meeting: 0,
      media: 0,
      observer: 0,
      complaint: 0,
      copy_issued: 0,
    };
    expect(await t.must('getInfoLogCounts', {})).toEqual([
      { date: '2027-03-09', counts: { ...empty, inquiry: 2 }, registrationChecks: 1 },
      { date: '2027-03-10', counts: { ...empty, observer: 1 }, registrationChecks: 2 },
    ]);
    expect(await t.must('getInfoLogCounts', { fromDate: '2027-03-10' })).toEqual([
      { date: '2027-03-10', counts: { ...empty, observer: 1 }, registrationChecks: 2 },
    ]);
  });
});
