/** Shared steps of the accommodation requests' core tests (accommodation-*.test.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrecinctSetup } from '../../src/shared/api';
import type { RecordRequestInput } from '../../src/shared/accommodations/accommodation-schemas';
import { instantOfRuleTime } from '../../src/main/core/kernel/time/local-instant';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  SAMPLE_PRECINCT,
  type TestCore,
  withOwnPin,
} from './core';
import { sampleVoters, writeVoterCsv } from '../../src/main/bench/sample-voters';

export const MEMBER_PIN = '135790';
export const SECOND_MEMBER_PIN = '975310';
export const SECRETARY_PIN = '864202';
export const VOTING_DAY = SAMPLE_PRECINCT.votingDay;
/** A well-formed IIN that the sample list does not hold (born 1950, so never generated). */
export const IIN_NOT_LISTED = '500101300013';

/**
 * A precinct (the sample one, with changes such as another time zone) with a chair, a
 * secretary and two members, an imported list of `size` sample voters, and the chair logged
 * in. The clock starts nine days before voting day at 11:00 precinct time.
 */
export async function accommodationPrecinct(precinct: Partial<PrecinctSetup> = {}, size = 8) {
  const setup = { ...SAMPLE_PRECINCT, ...precinct };
  const start = instantOfRuleTime('2027-03-10', '11:00', setup.timeZone);
  const t = makeTestCore(new Date(start).toISOString());
  await t.must('completeSetup', {
    precinct: setup,
    members: [
      { fullName: 'Aigerim Sadykova', role: 'chair' },
      { fullName: 'Dana Serikova', role: 'secretary' },
      { fullName: 'Yerlan Zhaksybekov', role: 'member' },
      { fullName: 'Gulnara Akhmetova', role: 'member' },
    ],
    chairPin: CHAIR_PIN,
    clockConfirmed: true,
  });
  const members = await t.must('listLoginMembers', {});
  const id = (name: string) => members.find((m) => m.fullName === name)?.id ?? '';
  const ids = {
    chair: id('Aigerim Sadykova'),
    secretary: id('Dana Serikova'),
    member: id('Yerlan Zhaksybekov'),
    member2: id('Gulnara Akhmetova'),
  };
  await withOwnPin(t, ids.chair, ids.secretary, SECRETARY_PIN);
  await withOwnPin(t, ids.chair, ids.member2, SECOND_MEMBER_PIN);
  await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
  const voters = [...sampleVoters(size, setup.votingDay)];
  const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-acc-')), 'list.csv');
  await writeVoterCsv(path, voters);
  await loginAs(t, ids.chair, CHAIR_PIN);
  const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
  await t.must('importVoterFile', { reportId: report.reportId });
  return { t, ids, voters, timeZone: setup.timeZone };
}

/** A precinct-local moment on the voting day, at `time` ("09:00"). */
export const onVotingDay = (time: string): string => `${VOTING_DAY}T${time}`;

/** Plans a home-voting trip that leaves at 09:00 on the voting day. */
export function planTrip(
  t: TestCore,
  memberIds: string[],
  itemIds: string[],
  expectedReturn = '11:00',
) {
  return t.must('planHomeVotingTrip', {
    memberIds,
    plannedDeparture: onVotingDay('09:00'),
    expectedReturn: onVotingDay(expectedReturn),
    itemIds,
  });
}

/** The trip left at 09:00 with `ballotsTaken` ballots; the observers were told at `toldAt`. */
export function recordDeparture(
  t: TestCore,
  tripId: string,
  ballotsTaken: number,
  toldAt = '08:55',
) {
  return t.must('recordTripDeparture', {
    tripId,
    departedAt: onVotingDay('09:00'),
    observersToldAt: onVotingDay(toldAt),
    observerEntryIds: [],
    ballotsTaken,
  });
}

/** Logs a member in (after whoever was logged in). */
export async function loginAs(t: TestCore, memberId: string, pin: string): Promise<void> {
  await t.must('logout', {});
  await t.must('login', { memberId, pin });
}

/** Moves the clock to a precinct-local time and logs a member in (the session idled out). */
export async function at(
  t: TestCore,
  moment: string,
  timeZone: string,
  memberId: string,
  pin: string,
): Promise<void> {
  t.clock.set(
    new Date(instantOfRuleTime(moment.slice(0, 10), moment.slice(11), timeZone)).toISOString(),
  );
  await t.must('login', { memberId, pin });
}

/** A home-voting request for a voter on the list, with what the form would send. */
export function homeVoting(
  iin: string,
  receivedAt: string,
  receivedById: string,
  changes: Partial<RecordRequestInput> = {},
): RecordRequestInput {
  return {
    receivedAt,
    receivedById,
    requester: { by: 'iin', iin, fullName: null },
    kinds: ['home_voting'],
    channel: 'phone',
    intermediary: null,
    contactPhone: '+7 701 555 12 34',
    address: 'Almaty, Abai Ave 10, apt 5',
    otherDescription: null,
    notes: null,
    reasonCategory: 'own_health',
    healthNote: 'Cannot walk after surgery',
    ...changes,
  };
}

/** What the feature's writes touch, to show that a refused one changed nothing. */
export function accommodationState(t: TestCore) {
  const db = t.core.db;
  const all = (sql: string) => db.prepare(sql).all();
  return {
    events: all('SELECT device_id, seq FROM events ORDER BY seq'),
    requests: all('SELECT * FROM accommodation_requests ORDER BY id'),
    items: all('SELECT * FROM accommodation_items ORDER BY id'),
    sensitive: all('SELECT * FROM accommodation_sensitive ORDER BY request_id'),
    trips: all('SELECT * FROM accommodation_trips ORDER BY id'),
    marks: all('SELECT * FROM home_voting_marks ORDER BY iin'),
    ballots: all('SELECT * FROM ballots ORDER BY ballot_id'),
  };
}

/** A precinct with timely home-voting requests for the first `count` voters, and their items. */
export async function withHomeRequests(count: number) {
  const p = await accommodationPrecinct();
  const items: string[] = [];
  for (const voter of p.voters.slice(0, count)) {
    const request = await p.t.must(
      'recordAccommodationRequest',
      homeVoting(voter.iin, '2027-03-10T10:00', p.ids.member),
    );
    items.push(request.items[0]!.itemId);
  }
  return { ...p, items };
}
