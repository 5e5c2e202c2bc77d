import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../../../../tests/support/core';
import { homeVoting } from '../../../../../tests/support/accommodations';
import {
  figures,
  observerPresent,
  opening,
  PROTOCOL_VOTING_DAY as DAY,
  votingDayPrecinct,
} from '../../../../../tests/support/protocol';
import { packageWorld } from '../../../../../tests/support/sync';
import { rebuildProjections } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

const day = (time: string) => `${DAY}T${time}`;
const protocolEvents = () =>
  t.core.db
    .prepare(
      "SELECT seq, type FROM events WHERE type IN ('voting.opened', 'ballots.moved', 'ballot.spoiled', 'turnout.report_sent', 'voting.closed', 'protocol.signed')",
    )
    .all();
const refused = async (
  operation: Parameters<TestCore['call']>[0],
  input: unknown,
  code: string,
) => {
  const before = protocolEvents();
  expect(await t.call(operation, input), code).toMatchObject({ ok: false, error: { code } });
  expect(protocolEvents()).toEqual(before);
};

describe('the voting day', () => {
  it('opens only with a quorum, present issuing members, a stationary box and observers present', async () => {
    const p = await votingDayPrecinct();
    t = p.t;
    await p.as('07:30', 'm-chair');
    const observer = await observerPresent(t, day('07:00'));
    const before = await t.must('getVotingDay', {});
    expect(before).toMatchObject({ quorumRule: 'more_than_half', quorumNeeded: 3, opening: null });
    expect(before.ballot?.questions[0]?.options.map((o) => o.id)).toEqual([
      'aq-zhol',
      'auyl',
      'respublica',
    ]);
    expect(before.observersPresent).toEqual([
      { entryId: observer, name: 'Jan Kowalski', organisation: 'OSCE/ODIHR' },
    ]);

    await refused(
      'openVoting',
      opening([observer], { presentMemberIds: ['m-chair', 'm-deputy'] }),
      'quorum_not_met',
    );
    await refused(
      'openVoting',
      opening([observer], { ballotsReceived: 60 }),
      'allocations_exceed_received',
    );
    await refused(
      'openVoting',
      opening([observer], { allocations: [{ memberId: 'm-secretary', ballots: 5 }] }),
      'member_not_present',
    );
    await refused(
      'openVoting',
      opening([observer], { boxes: [{ kind: 'portable', number: '2', seal: 'S-2' }] }),
      'stationary_box_required',
    );
    await refused('openVoting', opening(['nobody']), 'observer_not_present');
    await p.as('07:35', 'm-member');
    await refused('openVoting', opening([observer]), 'forbidden');

    await p.as('07:40', 'm-chair');
    const opened = await t.must('openVoting', opening([observer]));
    expect(opened.opening).toMatchObject({
      quorum: 3,
      ballotsReceived: 100,
      serialFrom: '0412001',
      observers: [{ entryId: observer, name: 'Jan Kowalski' }],
    });
    expect(opened.stock).toBe(30);
    await refused('openVoting', opening([observer]), 'voting_already_opened');
  });

  it('keeps each member’s balance across moves, ballots, a spoiled one and a home-voting trip', async () => {
    const p = await votingDayPrecinct();
    t = p.t;
    const [v0, v1, v2] = [p.voters[0]!, p.voters[1]!, p.voters[2]!];
    await p.as('10:00', 'm-chair', '2027-03-18');
    const request = await t.must(
      'recordAccommodationRequest',
      homeVoting(v2.iin, '2027-03-18T09:00', 'm-chair'),
    );
    await p.as('07:40', 'm-chair');
    const observer = await observerPresent(t, day('07:00'));
    await t.must('openVoting', opening([observer]));
    await t.must('moveBallots', { fromMemberId: null, toMemberId: 'm-member', ballots: 10 });
    await t.must('moveBallots', { fromMemberId: 'm-deputy', toMemberId: 'm-member', ballots: 5 });
    await refused(
      'moveBallots',
      { fromMemberId: null, toMemberId: 'm-deputy', ballots: 21 },
      'not_enough_ballots',
    );
    await refused('recordSpoiledBallot', { iin: v0.iin }, 'forbidden');

    await p.as('08:00', 'm-member');
    await refused('recordSpoiledBallot', { iin: v0.iin }, 'ballot_not_found');
    await t.must('issueBallot', { iin: v0.iin, documentChecked: true, helperName: null });
    await t.must('recordSpoiledBallot', { iin: v0.iin });
    await p.as('08:10', 'm-deputy');
    await t.must('issueBallot', { iin: v1.iin, documentChecked: true, helperName: null });

    // The trip: planned by the chair, the member issues at home.
    await p.as('08:30', 'm-chair');
    const trip = await t.must('planHomeVotingTrip', {
      memberIds: ['m-deputy', 'm-member'],
      plannedDeparture: day('09:00'),
      expectedReturn: day('11:00'),
      itemIds: [request.items[0]!.itemId],
    });
    await p.as('09:00', 'm-member');
    await t.must('recordTripDeparture', {
      tripId: trip.tripId,
      departedAt: day('09:00'),
      observersToldAt: day('08:55'),
      observerEntryIds: [],
      ballotsTaken: 2,
    });
    await p.as('09:40', 'm-member');
    await t.must('fulfilHomeVoting', {
      itemId: request.items[0]!.itemId,
      at: day('09:30'),
      documentChecked: true,
      helperName: null,
    });

    await p.as('10:05', 'm-secretary');
    const reported = await t.must('markTurnoutReportSent', { hour: '10:00' });
    expect(reported.reports.find((r) => r.hour === '10:00')).toMatchObject({
      votersVoted: 3,
      due: false,
    });
    expect(reported.reports.find((r) => r.hour === '12:00')).toMatchObject({
      sentAt: null,
      due: false,
    });
    await refused('markTurnoutReportSent', { hour: '10:00' }, 'report_already_sent');
    await p.as('12:10', 'm-secretary');
    expect((await t.must('getVotingDay', {})).reports.find((r) => r.hour === '12:00')?.due).toBe(
      true,
    );

    const day1 = await t.must('getVotingDay', {});
    expect(day1.stock).toBe(20);
    expect(day1.totals).toEqual({ issuedAtStation: 2, issuedAtHome: 1, spoiled: 1 });
    const balance = (id: string) => day1.balances.find((b) => b.memberId === id);
    expect(balance('m-deputy')).toMatchObject({
      taken: 40,
      passed: 5,
      issuedAtStation: 1,
      issuedAtHome: 0,
      spoiled: 0,
      inHand: 34,
    });
    expect(balance('m-member')).toMatchObject({
      taken: 45,
      passed: 0,
      issuedAtStation: 1,
      issuedAtHome: 1,
      spoiled: 1,
      inHand: 42,
    });
    expect(day1.balances.map((b) => b.memberId).sort()).toEqual(['m-deputy', 'm-member']);

    // A rebuild from the log gives the same day.
    rebuildProjections(t.core.db);
    expect(await t.must('getVotingDay', {})).toEqual(day1);
  });

  it('signs the protocol after the close with every failing relation explained; a correction is a new version', async () => {
    const p = await votingDayPrecinct();
    t = p.t;
    const [v0, v1] = [p.voters[0]!, p.voters[1]!];
    await p.as('07:40', 'm-chair');
    await t.must('openVoting', opening([]));
    await p.as('08:00', 'm-member');
    await t.must('issueBallot', { iin: v0.iin, documentChecked: true, helperName: null });
    await t.must('recordSpoiledBallot', { iin: v0.iin });
    await t.must('issueBallot', { iin: v1.iin, documentChecked: true, helperName: null });
    await p.as('19:00', 'm-chair');
    const good = figures({
      issued_at_home: 0,
      in_portable_boxes: 0,
      unused: 97,
      questions: [
        {
          question_id: 'lists',
          valid: 2,
          invalid: 0,
          votes: { 'aq-zhol': 1, auyl: 1, respublica: 0 },
        },
      ],
    });
    const signing = {
      figures: good,
      explanations: {},
      signedByMemberIds: ['m-chair', 'm-deputy', 'm-member'],
      correctionReason: null,
    };
    await refused('signProtocol', signing, 'voting_not_closed');
    await p.as('19:05', 'm-member');
    await refused('closeVoting', {}, 'forbidden');
    await p.as('20:00', 'm-chair');
    await t.must('closeVoting', {});
    await refused(
      'moveBallots',
      { fromMemberId: null, toMemberId: 'm-member', ballots: 1 },
      'voting_not_open',
    );

    const short = { ...good, unused: 96 };
    await refused('signProtocol', { ...signing, figures: short }, 'explanation_required');
    await refused(
      'signProtocol',
      {
        ...signing,
        figures: {
          ...good,
          questions: [{ question_id: 'lists', valid: 2, invalid: 0, votes: { 'aq-zhol': 2 } }],
        },
      },
      'figures_mismatch_ballot',
    );
    await refused(
      'signProtocol',
      { ...signing, signedByMemberIds: ['m-chair', 'm-member'] },
      'quorum_not_met',
    );
    await refused(
      'signProtocol',
      { ...signing, correctionReason: 'nothing to correct' },
      'correction_reason_required',
    );

    const first = await t.must('signProtocol', {
      ...signing,
      figures: short,
      explanations: { ballots_balance: 'One ballot was found torn in the stock and not counted.' },
    });
    expect(first.versions).toHaveLength(1);
    expect(first.versions[0]).toMatchObject({
      version: 1,
      supersedes: null,
      explanations: { ballots_balance: 'One ballot was found torn in the stock and not counted.' },
      signedBy: [{ id: 'm-chair' }, { id: 'm-deputy' }, { id: 'm-member' }],
    });
    await refused('signProtocol', signing, 'correction_reason_required');
    const second = await t.must('signProtocol', {
      ...signing,
      correctionReason: 'The torn ballot was counted as unused.',
    });
    expect(second.versions.map((v) => [v.version, v.supersedes, v.figures.unused])).toEqual([
      [1, null, 96],
      [2, first.versions[0]!.protocolId, 97],
    ]);
    expect(second.laptops).toEqual([
      expect.objectContaining({ slot: 1, own: true, exportedAfterClose: true }),
    ]);
  });

  it('says the package has no ballot, and opens nothing, for a package made without one', async () => {
    const world = packageWorld(4);
    const write = world.write.bind(world);
    world.write = (options = {}) =>
      write({
        ...options,
        change: (c) => ({
          ...c,
          election: { ...c.election, ballot: undefined, protocol: undefined },
        }),
      });
    const p = await votingDayPrecinct(4, world);
    t = p.t;
    await p.as('07:40', 'm-chair');
    expect(await t.must('getVotingDay', {})).toMatchObject({
      ballot: null,
      quorumRule: 'more_than_half',
    });
    await refused('openVoting', opening([]), 'no_ballot');
  });
});
