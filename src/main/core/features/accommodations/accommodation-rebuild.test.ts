import { afterEach, describe, expect, it } from 'vitest';
import { CHAIR_PIN, type TestCore } from '../../../../../tests/support/core';
import {
  accommodationPrecinct,
  at,
  homeVoting,
  loginAs,
  MEMBER_PIN,
  SECRETARY_PIN,
  VOTING_DAY,
  planTrip,
  recordDeparture,
} from '../../../../../tests/support/accommodations';
import { ACCOMMODATION_PROJECTION_TABLES } from './accommodation-schema';
import { EVENT_REGISTRY, rebuildProjections, verifyChain } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const TABLES = [...ACCOMMODATION_PROJECTION_TABLES, 'home_voting_marks', 'ballots'] as const;

const snapshot = (t: TestCore) =>
  Object.fromEntries(
    TABLES.map((table) => [table, t.core.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]),
  );

const day = (time: string) => `${VOTING_DAY}T${time}`;

describe('accommodation projections', () => {
  it('are rebuilt from the events identical to the live ones', async () => {
    const p = await accommodationPrecinct();
    t = p.t;
    const { ids, voters, timeZone } = p;
    const record = (i: number, changes = {}) =>
      t.must(
        'recordAccommodationRequest',
        homeVoting(voters[i]!.iin, '2027-03-10T10:00', ids.member, changes),
      );
    const home = [await record(0), await record(1), await record(2), await record(3)];
    const station = await record(4, {
      kinds: ['step_free_access', 'audio_ballot', 'other'],
      otherDescription: 'A chair near the booth',
      address: null,
      reasonCategory: null,
    });
    const person = await record(5, {
      requester: { by: 'person', fullName: 'Someone Unlisted', birthDate: '1961-02-03' },
    });
    await t.must('resolveAccommodationRequester', {
      requestId: person.requestId,
      iin: voters[5]!.iin,
    });
    await t.must('correctAccommodationRequest', {
      requestId: home[1]!.requestId,
      channel: 'written',
      intermediary: 'Social worker A. Ivanova',
      contactPhone: null,
      address: 'Almaty, Dostyk Ave 5',
      otherDescription: null,
      notes: 'Second floor',
      reason: 'Written request arrived',
    });
    await loginAs(t, ids.secretary, SECRETARY_PIN);
    await t.must('correctAccommodationSensitive', {
      requestId: home[2]!.requestId,
      reasonCategory: 'remote_place',
      healthNote: null,
      reason: 'Lives at the winter pasture',
    });
    await t.must('setStationEquipment', {
      equipment: 'ramp',
      availability: 'available',
      count: 1,
      note: null,
    });
    const [ramp, audio, other] = station.items;
    await t.must('updateAccommodationItem', {
      itemId: ramp!.itemId,
      change: { action: 'prepare', note: null },
    });
    await t.must('updateAccommodationItem', {
      itemId: audio!.itemId,
      change: { action: 'not_provided', reason: 'No player' },
    });
    await t.must('updateAccommodationItem', {
      itemId: other!.itemId,
      change: { action: 'cancel', note: null },
    });
    await loginAs(t, ids.chair, CHAIR_PIN);
    await t.must('setHomeVotingCutoff', { time: '13:00' });
    const itemOf = (request: (typeof home)[number]) => request.items[0]!.itemId;
    const trip = await planTrip(
      t,
      [ids.member, ids.member2],
      [itemOf(home[0]!), itemOf(home[1]!), itemOf(home[2]!)],
    );
    await t.must('replanHomeVotingTrip', {
      tripId: trip.tripId,
      memberIds: [ids.member, ids.member2],
      plannedDeparture: day('09:00'),
      expectedReturn: day('11:30'),
      itemIds: [itemOf(home[2]!), itemOf(home[0]!), itemOf(person)],
      reason: 'Route changed',
    });
    const spare = await t.must('planHomeVotingTrip', {
      memberIds: [ids.chair, ids.secretary],
      plannedDeparture: day('12:00'),
      expectedReturn: day('13:00'),
      itemIds: [itemOf(home[1]!)],
    });
    await t.must('cancelHomeVotingTrip', { tripId: spare.tripId, reason: 'Merged' });

    await at(t, day('09:10'), timeZone, ids.member, MEMBER_PIN);
    await recordDeparture(t, trip.tripId, 3, '08:50');
    await at(t, day('10:00'), timeZone, ids.member, MEMBER_PIN);
    await t.must('fulfilHomeVoting', {
      itemId: itemOf(home[0]!),
      at: day('09:20'),
      documentChecked: true,
      helperName: 'Daughter Aliya',
    });
    await t.must('fulfilHomeVoting', {
      itemId: itemOf(person),
      at: day('09:40'),
      documentChecked: true,
      helperName: null,
    });
    await t.must('updateAccommodationItem', {
      itemId: itemOf(home[2]!),
      change: { action: 'not_fulfilled', at: day('09:30'), reason: 'not_at_home', text: null },
    });
    await t.must('recordTripReturn', {
      tripId: trip.tripId,
      returnedAt: day('09:55'),
      ballotsUnused: 1,
      ballotsSpoiled: 0,
      discrepancyNote: null,
    });
    await t.must('updateAccommodationItem', {
      itemId: itemOf(home[3]!),
      change: { action: 'cancel', note: 'Moved away' },
    });
    await at(t, day('13:10'), timeZone, ids.member, MEMBER_PIN);
    await t.must(
      'recordAccommodationRequest',
      homeVoting(voters[6]!.iin, day('13:05'), ids.member),
    );

    const live = snapshot(t);
    expect(live.accommodation_requests).toHaveLength(7);
    expect(live.accommodation_trips).toHaveLength(2);
    expect(live.ballots).toHaveLength(2);
    expect(live.home_voting_marks).toHaveLength(3);
    const register = await t.must('listAccommodationRequests', {
      order: 'oldest',
      limit: 50,
      offset: 0,
    });
    const views = await Promise.all(
      register.rows.map((row) => t.must('getAccommodationRequest', { requestId: row.requestId })),
    );
    const trips = await t.must('listHomeVotingTrips', {});
    const summary = await t.must('getAccommodationSummary', {});

    expect(EVENT_REGISTRY.projectionTables).toEqual(expect.arrayContaining([...TABLES]));
    rebuildProjections(t.core.db);
    expect(snapshot(t)).toEqual(live);
    expect(
      await t.must('listAccommodationRequests', { order: 'oldest', limit: 50, offset: 0 }),
    ).toEqual(register);
    for (const view of views) {
      expect(await t.must('getAccommodationRequest', { requestId: view.requestId })).toEqual(view);
    }
    expect(await t.must('listHomeVotingTrips', {})).toEqual(trips);
    expect(await t.must('getAccommodationSummary', {})).toEqual(summary);
    expect(verifyChain(t.core.db).ok).toBe(true);
  });
});
