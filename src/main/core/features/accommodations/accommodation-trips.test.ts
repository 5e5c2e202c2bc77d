import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_ENTRIES } from '@shared/infolog/sample-entries';
import { keeping, CHAIR_PIN, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationState,
  at,
  homeVoting,
  loginAs,
  MEMBER_PIN,
  SECOND_MEMBER_PIN,
  VOTING_DAY,
  withHomeRequests as homeRequests,
  planTrip,
  recordDeparture,
} from '../../../../../tests/support/accommodations';
import { createEventLog } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const day = (time: string) => `${VOTING_DAY}T${time}`;

/** A precinct with timely home-voting requests for the first `count` voters; their item ids. */
const withHomeRequests = keeping(homeRequests, (core) => (t = core));

describe('home-voting trips', () => {
  it('need two members free at that time, voting-day times and open home-voting items', async () => {
    const { ids, items, voters } = await withHomeRequests(4);
    const station = await t.must('recordAccommodationRequest', {
      ...homeVoting(voters[5]!.iin, '2027-03-10T10:10', ids.member),
      kinds: ['braille_stencil'],
    });
    const stranger = await t.must('recordAccommodationRequest', {
      ...homeVoting('500101300013', '2027-03-10T10:20', ids.member),
      requester: { by: 'iin', iin: '500101300013', fullName: 'Not Listed' },
    });
    const plan = {
      memberIds: [ids.member, ids.member2],
      plannedDeparture: day('09:00'),
      expectedReturn: day('11:00'),
      itemIds: [items[0]!, items[1]!],
    };
    const refused: [Record<string, unknown>, string, Record<string, unknown>?][] = [
      [{ memberIds: [ids.member, ids.member] }, 'trip_members_required'],
      [{ memberIds: [ids.member] }, 'trip_members_required'],
      [{ memberIds: [ids.member, 'nobody'] }, 'member_not_found'],
      [{ expectedReturn: day('08:30') }, 'trip_times_invalid', { field: 'expectedReturn' }],
      [{ expectedReturn: day('09:00') }, 'trip_times_invalid', { field: 'expectedReturn' }],
      [{ plannedDeparture: '2027-03-18T09:00' }, 'trip_times_invalid', { votingDay: VOTING_DAY }],
      [{ expectedReturn: day('21:00') }, 'trip_times_invalid', { closes: '20:00' }],
      [{ itemIds: [station.items[0]!.itemId] }, 'trip_items_invalid'],
      [{ itemIds: [stranger.items[0]!.itemId] }, 'trip_items_invalid'],
      [{ itemIds: ['no-such-item'] }, 'trip_items_invalid'],
      [{ itemIds: [items[0]!, items[0]!] }, 'trip_items_invalid'],
    ];
    const before = accommodationState(t);
    for (const [change, code, details] of refused) {
      expect(await t.call('planHomeVotingTrip', { ...plan, ...change }), code).toMatchObject({
        ok: false,
        error: { code, ...(details ? { details } : {}) },
      });
    }
    expect(accommodationState(t)).toEqual(before);

    const first = await t.must('planHomeVotingTrip', plan);
    expect(first).toMatchObject({
      number: 1,
      status: 'planned',
      members: [{ id: ids.member }, { id: ids.member2 }],
      items: [
        { routeOrder: 1, itemId: items[0], status: 'scheduled', requestNumber: 1 },
        { routeOrder: 2, itemId: items[1], status: 'scheduled', requestNumber: 2 },
      ],
    });
    const overlapping = {
      memberIds: [ids.chair, ids.member2],
      plannedDeparture: day('10:30'),
      expectedReturn: day('12:00'),
      itemIds: [items[2]!],
    };
    const beforeOverlap = accommodationState(t);
    expect(await t.call('planHomeVotingTrip', overlapping)).toMatchObject({
      ok: false,
      error: {
        code: 'trip_member_busy',
        details: { tripId: first.tripId, number: 1, member: 'Gulnara Akhmetova' },
      },
    });
    // An item already on another trip cannot join this one.
    const later = { ...overlapping, plannedDeparture: day('11:00') };
    expect(await t.call('planHomeVotingTrip', { ...later, itemIds: [items[1]!] })).toMatchObject({
      ok: false,
      error: { code: 'trip_items_invalid', details: { itemId: items[1] } },
    });
    expect(accommodationState(t)).toEqual(beforeOverlap);

    const second = await t.must('planHomeVotingTrip', later);
    expect(second.number).toBe(2);
    const replanned = await t.must('replanHomeVotingTrip', {
      ...later,
      tripId: second.tripId,
      itemIds: [items[3]!],
      reason: 'The first address cancelled by phone',
    });
    expect(replanned).toMatchObject({ replans: 1, items: [{ itemId: items[3], routeOrder: 1 }] });
    const dropped = await t.must('getAccommodationRequest', {
      requestId: (
        await t.must('listAccommodationRequests', { order: 'oldest', limit: 9, offset: 0 })
      ).rows[2]!.requestId,
    });
    expect(dropped.items[0]).toMatchObject({ status: 'received', trip: null });
    expect(dropped.history.map((h) => h.change)).toEqual(['recorded', 'scheduled', 'unscheduled']);

    const cancelled = await t.must('cancelHomeVotingTrip', {
      tripId: second.tripId,
      reason: 'Car not available',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Car not available' });
    // Its addresses go back to the list of requests waiting for a trip.
    expect(cancelled.items).toEqual([]);
    const waiting = await t.must('listAccommodationRequests', {
      kind: 'home_voting',
      status: 'received',
      order: 'oldest',
      limit: 9,
      offset: 0,
    });
    expect(waiting.rows.map((row) => row.items[0]?.itemId)).toEqual([
      items[2],
      items[3],
      stranger.items[0]!.itemId,
    ]);
    expect(
      await t.call('replanHomeVotingTrip', { ...later, tripId: second.tripId, reason: 'Again' }),
    ).toMatchObject({ ok: false, error: { code: 'trip_not_planned' } });
    // A cancelled trip holds no one: its time is free again.
    await t.must('planHomeVotingTrip', { ...overlapping, memberIds: [ids.chair, ids.secretary] });
  });

  it('issue ballots at home under the one-ballot rule, both ways, and count them on return', async () => {
    const { ids, items, voters, timeZone } = await withHomeRequests(3);
    const [v0, v1, v2] = [voters[0]!, voters[1]!, voters[2]!];
    const trip = await planTrip(t, [ids.chair, ids.member], items);

    await at(t, day('08:50'), timeZone, ids.member, MEMBER_PIN);
    expect(
      await t.call('fulfilHomeVoting', {
        itemId: items[0],
        at: day('08:45'),
        documentChecked: true,
        helperName: null,
      }),
    ).toMatchObject({ ok: false, error: { code: 'trip_not_departed' } });
    const observer = await t.must('recordInfoLogEntry', {
      at: day('08:00'),
      details: SAMPLE_ENTRIES.observer,
    });
    const departure = {
      tripId: trip.tripId,
      departedAt: day('08:50'),
      observersToldAt: day('08:45'),
      observerEntryIds: [observer.id],
      ballotsTaken: 3,
    };
    expect(
      await t.call('recordTripDeparture', { ...departure, observersToldAt: day('08:55') }),
    ).toMatchObject({ ok: false, error: { code: 'trip_times_invalid' } });
    expect(
      await t.call('recordTripDeparture', { ...departure, observerEntryIds: ['nobody'] }),
    ).toMatchObject({ ok: false, error: { code: 'observer_entry_invalid' } });
    const left = await t.must('recordTripDeparture', departure);
    expect(left).toMatchObject({
      status: 'departed',
      departed: { local: day('08:50') },
      observersTold: { local: day('08:45') },
      observers: [{ entryId: observer.id, name: 'Jan Kowalski', organisation: 'OSCE/ODIHR' }],
      ballotsTaken: 3,
    });

    // Only a member of the trip records a ballot issued at home; the chair issues none.
    await at(t, day('09:40'), timeZone, ids.member2, SECOND_MEMBER_PIN);
    const fulfil = {
      itemId: items[0]!,
      at: day('09:30'),
      documentChecked: true as const,
      helperName: null,
    };
    expect(await t.call('fulfilHomeVoting', fulfil)).toMatchObject({
      ok: false,
      error: { code: 'trip_member_only' },
    });
    await loginAs(t, ids.member, MEMBER_PIN);
    expect(await t.call('fulfilHomeVoting', { ...fulfil, at: day('06:50') })).toMatchObject({
      ok: false,
      error: { code: 'ballot_outside_hours' },
    });
    const done = await t.must('fulfilHomeVoting', fulfil);
    expect(done).toMatchObject({
      status: 'closed',
      items: [{ status: 'fulfilled', outcomeAt: { local: day('09:30') } }],
    });
    const ballot = (await t.must('getVoterCard', { iin: v0.iin })).ballot;
    expect(ballot).toMatchObject({ place: 'portable_box', issuedByName: 'Yerlan Zhaksybekov' });
    expect(done.items[0]?.ballotId).toBe(ballot?.ballotId);
    expect((await t.must('getTurnout', {})).portableBox).toBe(1);

    // Home first: the station refuses, naming where, when and by whom.
    await loginAs(t, ids.member2, SECOND_MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: v0.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'ballot_already_issued',
        details: { place: 'portable_box', by: 'Yerlan Zhaksybekov' },
      },
    });

    // Station first (a ballot merged from another laptop): no ballot at home.
    const otherLaptop = createEventLog(t.core.db, 'laptop-2', t.clock);
    otherLaptop.record('ballot.issued', ids.member2, {
      ballot_id: randomUUID(),
      iin: v1.iin,
      place: 'station',
      helper_name: null,
      document_checked: true,
    });
    await loginAs(t, ids.member, MEMBER_PIN);
    expect(
      await t.call('recordTripReturn', {
        tripId: trip.tripId,
        returnedAt: day('09:40'),
        ballotsUnused: 2,
        ballotsSpoiled: 0,
        discrepancyNote: null,
      }),
    ).toMatchObject({ ok: false, error: { code: 'trip_items_open', details: { open: 2 } } });
    const before = accommodationState(t);
    expect(
      await t.call('fulfilHomeVoting', { ...fulfil, itemId: items[1], at: day('09:35') }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'ballot_already_issued',
        details: { place: 'station', by: 'Gulnara Akhmetova' },
      },
    });
    expect(accommodationState(t)).toEqual(before);
    expect(
      await t.call('updateAccommodationItem', {
        itemId: items[1],
        change: { action: 'not_fulfilled', at: day('09:35'), reason: 'other', text: null },
      }),
    ).toMatchObject({ ok: false, error: { code: 'reason_required' } });
    await t.must('updateAccommodationItem', {
      itemId: items[1]!,
      change: {
        action: 'not_fulfilled',
        at: day('09:35'),
        reason: 'other',
        text: 'Voted at the station',
      },
    });

    // Not at home: the mark goes, and the voter may vote at the station instead.
    const notHome = await t.must('updateAccommodationItem', {
      itemId: items[2]!,
      change: { action: 'not_fulfilled', at: day('09:38'), reason: 'not_at_home', text: null },
    });
    expect(notHome).toMatchObject({
      homeVotingMarked: false,
      items: [{ notFulfilledReason: 'not_at_home' }],
    });
    await loginAs(t, ids.member2, SECOND_MEMBER_PIN);
    await t.must('issueBallot', { iin: v2.iin, documentChecked: true, helperName: null });
    // …and a voter holding a ballot asks for no visit.
    expect(
      await t.call('recordAccommodationRequest', homeVoting(v2.iin, day('09:39'), ids.member2)),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_already_issued', details: { place: 'station' } },
    });

    const back = {
      tripId: trip.tripId,
      returnedAt: day('09:40'),
      ballotsUnused: 1,
      ballotsSpoiled: 0,
      discrepancyNote: null,
    };
    expect(await t.call('recordTripReturn', back)).toMatchObject({
      ok: false,
      error: {
        code: 'trip_ballots_mismatch',
        details: { taken: 3, fulfilled: 1, unused: 1, spoiled: 0 },
      },
    });
    const returned = await t.must('recordTripReturn', { ...back, ballotsUnused: 2 });
    expect(returned).toMatchObject({
      status: 'returned',
      fulfilled: 1,
      ballotsUnused: 2,
      ballotsSpoiled: 0,
      discrepancy: 0,
      returned: { local: day('09:40') },
    });
    const sheet = await t.must('getHomeVotingTripSheet', { tripId: trip.tripId });
    expect(sheet).toMatchObject({
      precinctNumber: 412,
      votingDay: VOTING_DAY,
      trip: { number: 1 },
    });
    expect(sheet.trip.items.map((item) => item.status)).toEqual([
      'fulfilled',
      'not_fulfilled',
      'not_fulfilled',
    ]);
    expect((await t.must('getAccommodationSummary', {})).homeVoting).toMatchObject({
      ballotsIssued: 1,
      fulfilled: 1,
      pending: 0,
    });
    const turnout = await t.must('getTurnout', {});
    expect(turnout).toMatchObject({ portableBox: 1, station: 2, total: 3 });
    const row = (
      await t.must('listAccommodationRequests', { order: 'oldest', limit: 9, offset: 0 })
    ).rows[0];
    expect(row?.membersAssigned).toEqual(['Aigerim Sadykova', 'Yerlan Zhaksybekov']);
    await loginAs(t, ids.chair, CHAIR_PIN);
  });

  it('accepts counts that do not add up only with a note explaining them', async () => {
    const { ids, items, timeZone } = await withHomeRequests(1);
    const trip = await planTrip(t, [ids.member, ids.member2], items, '10:00');
    await at(t, day('09:30'), timeZone, ids.member, MEMBER_PIN);
    await recordDeparture(t, trip.tripId, 2);
    await t.must('updateAccommodationItem', {
      itemId: items[0]!,
      change: { action: 'not_fulfilled', at: day('09:20'), reason: 'refused', text: null },
    });
    const back = await t.must('recordTripReturn', {
      tripId: trip.tripId,
      returnedAt: day('09:30'),
      ballotsUnused: 1,
      ballotsSpoiled: 0,
      discrepancyNote: 'One ballot torn by the wind; pieces returned in the envelope',
    });
    expect(back).toMatchObject({
      discrepancy: 1,
      discrepancyNote: expect.stringContaining('torn'),
    });
  });
});
