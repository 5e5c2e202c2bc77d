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

/** Expects the call to be refused with this code (and field), and nothing to change. */
async function expectRefused(
  input: Record<string, unknown>,
  code: string,
  field?: string,
  operation: 'recordInfoLogEntry' | 'correctInfoLogEntry' = 'recordInfoLogEntry',
) {
  const before = infologState(t);
  const result = await t.call(operation, input);
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (field !== undefined && !result.ok) expect(result.error.details?.field).toBe(field);
  expect(infologState(t)).toEqual(before);
}

describe('recording entries of each kind', () => {
  it('records one entry of each kind with its time, member and fields', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    const { chair } = await setUpAndLogIn(t);
    for (const details of Object.values(SAMPLE_ENTRIES)) {
      const entry = await t.must('recordInfoLogEntry', { at: AT, details });
      expect(entry).toMatchObject({
        kind: details.kind,
        number: 1,
        occurredLocal: AT,
        occurredAt: '2027-03-10T04:30:00.000Z',
        details,
        recordedById: chair,
        recordedByName: 'Aigerim Sadykova',
        withdrawn: null,
        corrections: 0,
      });
      expect(entry.history).toMatchObject([{ change: 'recorded', memberId: chair }]);
    }
    const page = await t.must('listInfoLog', { order: 'oldest', limit: 50, offset: 0 });
    expect(page.entries.map((e) => e.kind)).toEqual(Object.keys(SAMPLE_ENTRIES));
    expect(page.total).toBe(6);
    const events = t.core.db
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM events WHERE type = 'infolog.entry_recorded'",
      )
      .get();
    expect(events?.n).toBe(6);
  });

  it('refuses an empty required field of every kind, naming the field', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...SAMPLE_ENTRIES.inquiry, answer: '   ' }, 'details.answer'],
      [{ ...SAMPLE_ENTRIES.notice, places: [] }, 'details.places'],
      [{ ...SAMPLE_ENTRIES.notice, languages: [] }, 'details.languages'],
      [{ ...SAMPLE_ENTRIES.meeting, place: '' }, 'details.place'],
      [{ ...SAMPLE_ENTRIES.meeting, audiences: [] }, 'details.audiences'],
      [{ ...SAMPLE_ENTRIES.media, outlet: '' }, 'details.outlet'],
      [{ ...SAMPLE_ENTRIES.media, coverage: '' }, 'details.coverage'],
      [{ ...SAMPLE_ENTRIES.observer, observerName: ' ' }, 'details.observerName'],
      [{ ...SAMPLE_ENTRIES.complaint, complainant: '' }, 'details.complainant'],
      [{ ...SAMPLE_ENTRIES.complaint, summary: '' }, 'details.summary'],
    ];
    for (const [details, field] of cases) {
      await expectRefused({ at: AT, details }, 'invalid_input', field);
    }
  });

  it('refuses choices outside the lists, repeated choices and impossible numbers', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...SAMPLE_ENTRIES.inquiry, channel: 'telegram' }, 'details.channel'],
      [{ ...SAMPLE_ENTRIES.inquiry, followUp: 'yes' }, 'details.followUp'],
      [{ ...SAMPLE_ENTRIES.notice, places: ['entrance', 'entrance'] }, 'details.places'],
      [{ ...SAMPLE_ENTRIES.meeting, participants: 0 }, 'details.participants'],
      [{ ...SAMPLE_ENTRIES.meeting, participants: 2.5 }, 'details.participants'],
      [{ ...SAMPLE_ENTRIES.complaint, subject: 'weather' }, 'details.subject'],
      [{ ...SAMPLE_ENTRIES.observer, extra: 'field' }, 'details'],
      [{ kind: 'rumour' }, 'details.kind'],
    ];
    for (const [details, field] of cases) {
      await expectRefused({ at: AT, details }, 'invalid_input', field);
    }
  });

  it('refuses a time that is not a time, does not exist or is still to come', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const details = SAMPLE_ENTRIES.inquiry;
    await expectRefused({ at: '2027-02-30T10:00', details }, 'invalid_input', 'at');
    await expectRefused({ at: '2027-03-10 09:30', details }, 'invalid_input', 'at');
    await expectRefused({ at: '2027-03-10T24:00', details }, 'invalid_input', 'at');
    // Now is 11:00 in Almaty: 11:04 is within the clocks' tolerance, 11:06 is not.
    await expectRefused({ at: '2027-03-10T11:06', details }, 'time_in_future', 'at');
    await t.must('recordInfoLogEntry', { at: '2027-03-10T11:04', details });
  });

  it('refuses an observer without a mandate number and a departure before the arrival', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const observer = SAMPLE_ENTRIES.observer;
    await expectRefused(
      { at: AT, details: { ...observer, mandateNumber: '  ' } },
      'observer_mandate_required',
      'details.mandateNumber',
    );
    await expectRefused(
      { at: AT, details: { ...observer, departedAt: '2027-03-10T09:29' } },
      'departure_before_arrival',
      'details.departedAt',
    );
    await expectRefused(
      { at: AT, details: { ...observer, departedAt: '2027-03-10T18:00' } },
      'time_in_future',
      'details.departedAt',
    );
    const visit = await t.must('recordInfoLogEntry', {
      at: AT,
      details: { ...observer, departedAt: '2027-03-10T10:15' },
    });
    expect(visit.observer).toEqual({ present: false, departedAt: '2027-03-10T05:15:00.000Z' });
    expect(visit.details).toMatchObject({ departedAt: '2027-03-10T10:15' });
  });

  it('refuses foreign media without accreditation and a notice in another language without its name', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    await expectRefused(
      { at: AT, details: { ...SAMPLE_ENTRIES.media, foreign: true } },
      'media_accreditation_required',
      'details.accreditation',
    );
    await t.must('recordInfoLogEntry', {
      at: AT,
      details: { ...SAMPLE_ENTRIES.media, foreign: true, accreditation: 'MFA 2027/118' },
    });
    await expectRefused(
      { at: AT, details: { ...SAMPLE_ENTRIES.notice, languages: ['kk', 'other'] } },
      'invalid_input',
      'details.otherLanguage',
    );
    const notice = await t.must('recordInfoLogEntry', {
      at: AT,
      details: { ...SAMPLE_ENTRIES.notice, languages: ['kk', 'other'], otherLanguage: 'English' },
    });
    expect(notice.details).toMatchObject({ otherLanguage: 'English' });
    // A language name left over from an unticked "other" is not kept.
    const plain = await t.must('recordInfoLogEntry', {
      at: AT,
      details: { ...SAMPLE_ENTRIES.notice, otherLanguage: 'Uzbek' },
    });
    expect(plain.details).toMatchObject({ otherLanguage: '' });
  });

  it('refuses a complaint answered before it was received, or forwarded to nobody', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const response = {
      outcome: 'answered' as const,
      at: '2027-03-10T09:00',
      text: 'Added',
      forwardedTo: '',
    };
    await expectRefused(
      { at: AT, details: { ...SAMPLE_ENTRIES.complaint, response } },
      'answered_before_received',
      'details.response.at',
    );
    await expectRefused(
      {
        at: AT,
        details: {
          ...SAMPLE_ENTRIES.complaint,
          response: { ...response, at: '2027-03-10T10:00', outcome: 'forwarded' },
        },
      },
      'invalid_input',
      'details.response.forwardedTo',
    );
    const answered = await t.must('recordInfoLogEntry', {
      at: AT,
      details: {
        ...SAMPLE_ENTRIES.complaint,
        response: { ...response, at: '2027-03-10T10:00', forwardedTo: 'kept only when forwarded' },
      },
    });
    expect(answered.complaint).toMatchObject({ status: 'answered', late: false, overdue: false });
    expect(answered.details).toMatchObject({
      response: { at: '2027-03-10T10:00', forwardedTo: '' },
    });
  });

  it('needs a logged-in member to read or write', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    await t.must('logout', {});
    expect(
      await t.call('recordInfoLogEntry', { at: AT, details: SAMPLE_ENTRIES.inquiry }),
    ).toMatchObject({ error: { code: 'not_logged_in' } });
    expect(await t.call('listInfoLog', { order: 'newest', limit: 10, offset: 0 })).toMatchObject({
      error: { code: 'not_logged_in' },
    });
  });
});

describe('corrections and withdrawals', () => {
  it('keeps the original beside each correction, with who, when and why', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    const { chair } = await setUpAndLogIn(t);
    const entry = await t.must('recordInfoLogEntry', { at: AT, details: SAMPLE_ENTRIES.meeting });
    t.clock.advance(60_000);
    const corrected = await t.must('correctInfoLogEntry', {
      entryId: entry.id,
      at: '2027-03-10T09:45',
      details: { ...SAMPLE_ENTRIES.meeting, participants: 31 },
      reason: 'Late arrivals were not counted',
    });
    expect(corrected).toMatchObject({
      corrections: 1,
      occurredLocal: '2027-03-10T09:45',
      details: { participants: 31 },
    });
    expect(corrected.history).toMatchObject([
      { change: 'recorded', reason: null, details: { participants: 24 }, occurredLocal: AT },
      {
        change: 'corrected',
        memberId: chair,
        reason: 'Late arrivals were not counted',
        details: { participants: 31 },
        occurredLocal: '2027-03-10T09:45',
      },
    ]);
  });

  it('refuses corrections without a reason, of another kind, or of unknown entries', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const entry = await t.must('recordInfoLogEntry', { at: AT, details: SAMPLE_ENTRIES.media });
    const correction = { entryId: entry.id, at: AT, details: SAMPLE_ENTRIES.media, reason: 'x' };
    await expectRefused(
      { ...correction, reason: ' ' },
      'invalid_input',
      'reason',
      'correctInfoLogEntry',
    );
    await expectRefused(
      { ...correction, details: SAMPLE_ENTRIES.inquiry },
      'wrong_entry_kind',
      'details.kind',
      'correctInfoLogEntry',
    );
    await expectRefused(
      { ...correction, entryId: 'no-such-entry' },
      'entry_not_found',
      undefined,
      'correctInfoLogEntry',
    );
    await expectRefused(
      { ...correction, details: { ...SAMPLE_ENTRIES.media, foreign: true } },
      'media_accreditation_required',
      'details.accreditation',
      'correctInfoLogEntry',
    );
  });

  it('withdraws an entry with a reason: still listed, marked, out of the counts, and final', async () => {
    t = makeTestCore(INFOLOG_TEST_START);
    await setUpAndLogIn(t);
    const keep = await t.must('recordInfoLogEntry', { at: AT, details: SAMPLE_ENTRIES.inquiry });
    const wrong = await t.must('recordInfoLogEntry', { at: AT, details: SAMPLE_ENTRIES.inquiry });
    expect(await t.call('withdrawInfoLogEntry', { entryId: wrong.id, reason: '' })).toMatchObject({
      error: { code: 'invalid_input', details: { field: 'reason' } },
    });
    const withdrawn = await t.must('withdrawInfoLogEntry', {
      entryId: wrong.id,
      reason: 'Recorded twice',
    });
    expect(withdrawn.withdrawn).toMatchObject({
      reason: 'Recorded twice',
      memberName: 'Aigerim Sadykova',
    });
    expect(withdrawn.history.map((h) => h.change)).toEqual(['recorded', 'withdrawn']);
    const all = await t.must('listInfoLog', { order: 'oldest', limit: 50, offset: 0 });
    expect(all.entries.map((e) => [e.id, e.withdrawn !== null])).toEqual([
      [keep.id, false],
      [wrong.id, true],
    ]);
    const active = await t.must('listInfoLog', {
      order: 'oldest',
      includeWithdrawn: false,
      limit: 50,
      offset: 0,
    });
    expect(active.entries.map((e) => e.id)).toEqual([keep.id]);
    expect(await t.must('getInfoLogCounts', {})).toMatchObject([
      { date: '2027-03-10', counts: { inquiry: 1 } },
    ]);
    const before = infologState(t);
    for (const [operation, input] of [
      ['withdrawInfoLogEntry', { entryId: wrong.id, reason: 'again' }],
      [
        'correctInfoLogEntry',
        { entryId: wrong.id, at: AT, details: SAMPLE_ENTRIES.inquiry, reason: 'r' },
      ],
    ] as const) {
      expect(await t.call(operation, input)).toMatchObject({ error: { code: 'entry_withdrawn' } });
    }
    expect(infologState(t)).toEqual(before);
  });
});
