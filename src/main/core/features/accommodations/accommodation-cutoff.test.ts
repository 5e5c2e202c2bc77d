import { afterEach, describe, expect, it } from 'vitest';
import { CHAIR_PIN, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationPrecinct,
  accommodationState,
  at,
  homeVoting,
  loginAs,
  MEMBER_PIN,
  VOTING_DAY,
} from '../../../../../tests/support/accommodations';

let t: TestCore;
afterEach(() => t?.dispose());

describe('the home-voting cut-off', () => {
  it('declines a request received after 12:00 on voting day, recording it, without a mark', async () => {
    const p = await accommodationPrecinct();
    t = p.t;
    const { ids, voters, timeZone } = p;
    await at(t, `${VOTING_DAY}T12:30`, timeZone, ids.chair, CHAIR_PIN);
    const request = (iin: string, time: string) =>
      t.must('recordAccommodationRequest', homeVoting(iin, `${VOTING_DAY}T${time}`, ids.member));

    const early = await request(voters[0]!.iin, '11:59');
    const onTheMinute = await request(voters[1]!.iin, '12:00');
    const late = await request(voters[2]!.iin, '12:01');
    expect(early).toMatchObject({ homeVotingMarked: true, items: [{ status: 'received' }] });
    expect(onTheMinute).toMatchObject({ homeVotingMarked: true, items: [{ status: 'received' }] });
    expect(late).toMatchObject({
      status: 'closed',
      homeVotingMarked: false,
      items: [{ status: 'declined_late', final: true, missedCutoff: `${VOTING_DAY}T12:00` }],
    });
    expect((await t.must('getVoterCard', { iin: voters[2]!.iin })).voter.homeVoting).toBe(false);
    // A declined request blocks nothing: the voter may still come, or ask again (declined again).
    const again = await request(voters[2]!.iin, '12:20');
    expect(again.items[0]?.status).toBe('declined_late');
    const summary = await t.must('getAccommodationSummary', {});
    expect(summary.homeVoting).toMatchObject({ declinedLate: 2, pending: 2, ballotsIssued: 0 });
    expect(await t.must('getAccommodationSettings', {})).toMatchObject({
      cutoffTime: '12:00',
      source: 'default',
      passed: true,
      cutoff: { local: `${VOTING_DAY}T12:00`, at: `${VOTING_DAY}T07:00:00.000Z` },
    });
  });

  it('applies the cut-off in the precinct’s own zone at a mission abroad', async () => {
    // New York is on summer time (UTC−4) by 19 March 2027; Almaty is UTC+5.
    const p = await accommodationPrecinct({ timeZone: 'America/New_York' });
    t = p.t;
    const { ids, voters, timeZone } = p;
    // 11:45 in New York, 20:45 in Almaty: well past noon at home, not at the mission.
    await at(t, `${VOTING_DAY}T11:45`, timeZone, ids.chair, CHAIR_PIN);
    expect(t.clock.now()).toBe(Date.parse(`${VOTING_DAY}T15:45:00Z`));
    expect(await t.must('getAccommodationSettings', {})).toMatchObject({
      passed: false,
      cutoff: { local: `${VOTING_DAY}T12:00`, at: `${VOTING_DAY}T16:00:00.000Z` },
    });
    const timely = await t.must(
      'recordAccommodationRequest',
      homeVoting(voters[0]!.iin, `${VOTING_DAY}T11:40`, ids.member),
    );
    expect(timely).toMatchObject({
      homeVotingMarked: true,
      received: { at: `${VOTING_DAY}T15:40:00.000Z` },
      items: [{ status: 'received' }],
    });
    // 12:05 has not come yet in New York.
    const before = accommodationState(t);
    expect(
      await t.call(
        'recordAccommodationRequest',
        homeVoting(voters[1]!.iin, `${VOTING_DAY}T12:05`, ids.member),
      ),
    ).toMatchObject({ ok: false, error: { code: 'time_in_future' } });
    expect(accommodationState(t)).toEqual(before);

    await at(t, `${VOTING_DAY}T12:30`, timeZone, ids.chair, CHAIR_PIN);
    expect(t.clock.now()).toBe(Date.parse(`${VOTING_DAY}T16:30:00Z`));
    const late = await t.must(
      'recordAccommodationRequest',
      homeVoting(voters[1]!.iin, `${VOTING_DAY}T12:05`, ids.member),
    );
    expect(late.items[0]?.status).toBe('declined_late');
    expect((await t.must('getAccommodationSettings', {})).passed).toBe(true);
  });

  it('is set per election by the chair, as an event, for requests recorded from then on', async () => {
    const p = await accommodationPrecinct();
    t = p.t;
    const { ids, voters, timeZone } = p;
    await at(t, `${VOTING_DAY}T13:30`, timeZone, ids.member, MEMBER_PIN);
    expect(await t.call('setHomeVotingCutoff', { time: '14:00' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const declined = await t.must(
      'recordAccommodationRequest',
      homeVoting(voters[0]!.iin, `${VOTING_DAY}T13:00`, ids.member),
    );
    expect(declined.items[0]?.status).toBe('declined_late');

    await loginAs(t, ids.chair, CHAIR_PIN);
    expect(await t.call('setHomeVotingCutoff', { time: '14:60' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await t.must('setHomeVotingCutoff', { time: '14:00' })).toMatchObject({
      cutoffTime: '14:00',
      source: 'manual',
      passed: false,
    });
    const timely = await t.must(
      'recordAccommodationRequest',
      homeVoting(voters[1]!.iin, `${VOTING_DAY}T13:00`, ids.member),
    );
    expect(timely).toMatchObject({ homeVotingMarked: true, items: [{ status: 'received' }] });
    // The earlier request keeps the decision taken when it was recorded.
    const kept = await t.must('getAccommodationRequest', { requestId: declined.requestId });
    expect(kept.items[0]).toMatchObject({
      status: 'declined_late',
      missedCutoff: `${VOTING_DAY}T12:00`,
    });
    const events = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'accommodation.cutoff_set'")
      .all();
    expect(events).toEqual([{ payload_json: '{"source":"manual","time":"14:00"}' }]);
  });
});
