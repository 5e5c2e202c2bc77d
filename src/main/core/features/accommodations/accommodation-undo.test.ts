import { afterEach, describe, expect, it } from 'vitest';
import { CHAIR_PIN, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationState,
  at,
  loginAs,
  MEMBER_PIN,
  VOTING_DAY,
  withHomeRequests,
  planTrip,
  recordDeparture,
} from '../../../../../tests/support/accommodations';
import { rebuildProjections } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const day = (time: string) => `${VOTING_DAY}T${time}`;

describe('a ballot issued at home and undone by the chair', () => {
  it('opens the visit again: on its trip while the trip is out, waiting for a trip once it is back', async () => {
    const p = await withHomeRequests(2);
    t = p.t;
    const { ids, items, timeZone } = p;
    const trip = await planTrip(t, [ids.chair, ids.member], items);
    await at(t, day('09:50'), timeZone, ids.member, MEMBER_PIN);
    await recordDeparture(t, trip.tripId, 3);
    const fulfil = { at: day('09:10'), documentChecked: true as const, helperName: null };
    const first = await t.must('fulfilHomeVoting', { ...fulfil, itemId: items[0]! });
    const firstBallot = first.items[0]!.ballotId!;

    // Issued in error, undone: the voter is still marked, the visit is due again on this trip.
    await loginAs(t, ids.chair, CHAIR_PIN);
    await t.must('undoBallot', { ballotId: firstBallot, reason: 'Recorded for the wrong voter' });
    const reopened = await t.must('getAccommodationRequest', { requestId: first.requestId });
    expect(reopened).toMatchObject({
      status: 'open',
      homeVotingMarked: true,
      items: [{ status: 'scheduled', ballotId: null, trip: { tripId: trip.tripId } }],
    });
    expect(reopened.history.at(-1)).toMatchObject({
      change: 'ballot_undone',
      reason: 'Recorded for the wrong voter',
    });
    await loginAs(t, ids.member, MEMBER_PIN);
    const again = await t.must('fulfilHomeVoting', {
      ...fulfil,
      at: day('09:20'),
      itemId: items[0]!,
    });
    expect(again.items[0]).toMatchObject({ status: 'fulfilled' });
    expect(again.items[0]!.ballotId).not.toBe(firstBallot);

    // Undone after the trip came back: the visit waits for another trip.
    const second = await t.must('fulfilHomeVoting', { ...fulfil, itemId: items[1]! });
    await t.must('recordTripReturn', {
      tripId: trip.tripId,
      returnedAt: day('09:40'),
      ballotsUnused: 1,
      ballotsSpoiled: 0,
      discrepancyNote: null,
    });
    await loginAs(t, ids.chair, CHAIR_PIN);
    await t.must('undoBallot', {
      ballotId: second.items[0]!.ballotId!,
      reason: 'The voter was not at home after all',
    });
    expect(
      (await t.must('getAccommodationRequest', { requestId: second.requestId })).items[0],
    ).toMatchObject({ status: 'received', trip: null, ballotId: null });
    expect((await t.must('getTurnout', {})).portableBox).toBe(1);

    // The read tables come back the same from the events.
    const before = accommodationState(t);
    rebuildProjections(t.core.db);
    expect(accommodationState(t)).toEqual(before);
  });
});
