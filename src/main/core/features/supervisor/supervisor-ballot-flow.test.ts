import { afterEach, describe, expect, it } from 'vitest';
import { importAll } from './import-run';
import { projectProtocolEvents } from './protocol-projection';
import { precinctProtocols, results } from './results-views';
import { tableDigests } from '../../../../../tests/support/store-digest';
import {
  addPrecinct,
  centralFixture,
  enrolDevice,
  syncFile,
  type CentralFixture,
  VOTING_DAY,
  type TestDevice,
} from '../../../../../tests/support/supervisor';
import { closed, memberOf, opened, votingDayChain } from '../../../../../tests/support/protocols';
import type { EventRow } from '../../kernel/events/event-log';
import { sampleVoters } from '../../../bench/sample-voters';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const send = (device: TestDevice, events: readonly EventRow[]) =>
  importAll(fx.ctx, [fx.file(`${device.deviceId}.sync`, syncFile(fx, device, events))]).files[0];

const voters = [...sampleVoters(20, VOTING_DAY, 7)];
const iins = () => voters.map((v) => v.iin);

const FLOW_TABLES = ['ballot_moves', 'turnout_reports'];
const flowDigests = () => {
  const all = tableDigests(fx.db);
  return Object.fromEntries(FLOW_TABLES.map((name) => [name, all[name]]));
};

describe('ballots moved and turnout reports at the central store', () => {
  it('are projected from every laptop’s file, the same whatever the order, and shown with the protocol', async () => {
    fx = centralFixture();
    const content = await addPrecinct(fx, 'p-301', 301, voters, undefined, 2);
    const [a, b] = [enrolDevice(content, 'p-301-dev-a'), enrolDevice(content, 'p-301-dev-b')];
    const chair = memberOf(content, 'chair');
    const member = memberOf(content, 'member');
    const chainA = votingDayChain(content, a.deviceId, iins().slice(0, 1), [
      opened(content),
      {
        type: 'ballots.moved',
        payload: { from_member_id: member, to_member_id: null, ballots: 30 },
      },
      { type: 'turnout.report_sent', payload: { hour: '10:00', voters_voted: 0 } },
      { type: 'turnout.report_sent', payload: { hour: '12:00', voters_voted: 4 } },
    ]);
    // The second laptop marks 12:00 too (a few seconds earlier in its chain), and passes more
    // ballots than the member was ever given.
    const chainB = votingDayChain(content, b.deviceId, iins().slice(1, 2), [
      { type: 'turnout.report_sent', payload: { hour: '12:00', voters_voted: 5 } },
      {
        type: 'ballots.moved',
        payload: { from_member_id: member, to_member_id: chair, ballots: 80 },
      },
      closed,
    ]);
    expect(send(a, chainA)).toMatchObject({ status: 'accepted' });
    expect(send(b, chainB)).toMatchObject({ status: 'accepted' });

    const view = precinctProtocols(fx.db, 'p-301');
    const name = (id: string) => content.members.find((m) => m.member_id === id)?.full_name;
    expect(view.moves.map((m) => [m.from, m.to, m.ballots])).toEqual([
      [name(member), null, 30],
      [name(member), name(chair), 80],
    ]);
    // 100 at the opening, 30 handed back, 80 passed on: 10 more than the member had.
    expect(view.overdrawn).toEqual([{ member: name(member), balance: -10 }]);
    expect(view.turnoutReports.map((r) => [r.hour, r.votersVoted])).toEqual([
      ['10:00', 0],
      ['12:00', 5], // the earlier mark, whichever file came first
    ]);
    const { precincts } = results(fx.db, {
      sort: 'number',
      descending: false,
      limit: 10,
      offset: 0,
    });
    expect(precincts.find((p) => p.precinctId === 'p-301')?.reportsSent).toBe(2);

    // Replaying the same events, the second laptop's first, gives the same tables.
    const live = flowDigests();
    fx.db.exec('DELETE FROM ballot_moves; DELETE FROM turnout_reports;');
    for (const [device, chain] of [
      [b, chainB],
      [a, chainA],
    ] as const) {
      projectProtocolEvents(fx.db, 'p-301', device.deviceId, [...chain].reverse());
    }
    expect(flowDigests()).toEqual(live);
  });

  it('raises nothing for moves that add up', async () => {
    fx = centralFixture();
    const content = await addPrecinct(fx, 'p-302', 302, voters);
    const device = enrolDevice(content, 'p-302-dev-a');
    const member = memberOf(content, 'member');
    const chain = votingDayChain(content, device.deviceId, iins().slice(0, 1), [
      opened(content),
      {
        type: 'ballots.moved',
        payload: { from_member_id: member, to_member_id: null, ballots: 100 },
      },
    ]);
    expect(send(device, chain)).toMatchObject({ status: 'accepted' });
    expect(precinctProtocols(fx.db, 'p-302').overdrawn).toEqual([]);
  });
});
