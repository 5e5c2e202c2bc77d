import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import type { PackageContent } from '@shared/sync/package-content';
import { importAll } from './import-run';
import { raiseSilentPrecincts } from './protocol-checks';
import { precinctProtocols, results, resultsCsv } from './results-views';
import {
  addPrecinct,
  centralDigest,
  centralFixture,
  enrolDevice,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
  type TestDevice,
} from '../../../../../tests/support/supervisor';
import {
  closed,
  consistentFigures,
  memberOf,
  opened,
  signed,
  votingDayChain,
  type ProtocolEvent,
} from '../../../../../tests/support/protocols';
import type { EventRow } from '../../kernel/events/event-log';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const voters = [...sampleVoters(20, VOTING_DAY, 7)];
const iins = (from: number, to: number) => voters.slice(from, to).map((v) => v.iin);

async function precinct(id = 'p-101', number = 101, laptops = 1) {
  const content = await addPrecinct(fx, id, number, voters, undefined, laptops);
  return { content, device: enrolDevice(content, `${id}-dev-a`) };
}

function send(device: TestDevice, events: readonly EventRow[], name = `${Math.random()}.sync`) {
  return importAll(fx.ctx, [fx.file(name, syncFile(fx, device, events))]).files[0];
}

function chain(
  content: PackageContent,
  device: TestDevice,
  events: readonly ProtocolEvent[],
  station = iins(0, 5),
  home: string[] = [],
) {
  return votingDayChain(content, device.deviceId, station, events, home);
}

const openAlarms = () =>
  fx.db
    .prepare(
      "SELECT kind, subject, details FROM alarms WHERE kind LIKE 'protocol%' AND decided_at IS NULL ORDER BY kind",
    )
    .all() as { kind: string; subject: string; details: string }[];

const sorted = { sort: 'number', descending: false, limit: 50, offset: 0 } as const;

describe('the voting day at the central store', () => {
  it('accepts a consistent precinct: opening, closing and its protocol, with no alarm', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const events = chain(content, device, [
      opened(content),
      closed,
      signed(content, consistentFigures(5)),
    ]);
    expect(send(device, events)).toMatchObject({ status: 'accepted', newEvents: 8 });
    expect(openAlarms()).toEqual([]);
    const view = precinctProtocols(fx.db, 'p-101');
    expect(view).toMatchObject({
      openedAt: expect.any(String),
      closedAt: expect.any(String),
      ballotsReceivedAtOpening: 100,
      votersOnList: 20,
      ballotEventsAtStation: 5,
    });
    expect(view.versions).toHaveLength(1);
    expect(view.versions[0]?.checks.every((c) => c.holds)).toBe(true);
    expect(view.versions[0]?.signedBy).toEqual(content.members.map((m) => m.full_name));
    const board = results(fx.db, sorted);
    expect(board.precincts[0]).toMatchObject({ status: 'consistent', version: 1, issued: 5 });
    expect(board.questions[0]).toMatchObject({ questionId: 'q1', valid: 4, invalid: 1 });
    expect(board.questions[0]?.options).toEqual([
      { optionId: 'no', name: null, votes: 1 },
      { optionId: 'yes', name: null, votes: 3 },
    ]);
  });

  it('raises an alarm for a protocol failing a relation with no explanation', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const bad = { ...consistentFigures(5), unused: 9 };
    send(device, chain(content, device, [closed, signed(content, bad)]));
    expect(openAlarms()).toEqual([
      { kind: 'protocol_unexplained', subject: 'p-101', details: 'version 1: ballots_balance' },
    ]);
    expect(results(fx.db, sorted).precincts[0]).toMatchObject({
      status: 'unexplained',
      failing: ['ballots_balance'],
    });
  });

  it('raises the explained kind instead when every failing relation is explained', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const bad = { ...consistentFigures(5), unused: 9 };
    const explanations = { ballots_balance: 'One ballot was torn when the pack was opened.' };
    send(device, chain(content, device, [closed, signed(content, bad, { explanations })]));
    expect(openAlarms()).toEqual([
      { kind: 'protocol_explained', subject: 'p-101', details: 'version 1: ballots_balance' },
    ]);
    const check = precinctProtocols(fx.db, 'p-101').versions[0]?.checks[0];
    expect(check).toMatchObject({ holds: false, explanation: explanations.ballots_balance });
  });

  it('checks issued ≤ list against the voters on the central list', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const figures = consistentFigures(5, 16);
    send(device, chain(content, device, [signed(content, figures)], iins(0, 5), iins(5, 20)));
    // 21 issued, 20 voters on the list from the package.
    expect(openAlarms().map((a) => a.details)).toEqual(['version 1: issued_within_list']);
  });

  it('raises a mismatch with the ballot events, withdrawn when the missing laptop reports', async () => {
    fx = centralFixture();
    const { content, device } = await precinct('p-101', 101, 2);
    const second = enrolDevice(content, 'p-101-dev-b');
    // The chair's laptop issued 5 at the station, at home 2 (not station ballots), the second 3.
    send(
      device,
      chain(content, device, [signed(content, consistentFigures(8, 2))], iins(0, 5), iins(5, 7)),
    );
    expect(openAlarms()).toEqual([
      {
        kind: 'protocol_events_mismatch',
        subject: 'p-101',
        details: 'version 1: 8 issued at the station, 5 ballot events',
      },
    ]);
    send(second, votingDayChain(content, second.deviceId, iins(10, 13), []));
    expect(openAlarms()).toEqual([]);
    expect(precinctProtocols(fx.db, 'p-101').ballotEventsAtStation).toBe(8);
  });

  it('keeps every version, counts the newest and raises the versions alarm', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const first = signed(content, { ...consistentFigures(5), unused: 9 });
    const events = chain(content, device, [closed, first]);
    send(device, events);
    expect(openAlarms().map((a) => a.kind)).toEqual(['protocol_unexplained']);
    const correction = signed(content, consistentFigures(5), {
      version: 2,
      supersedes: 'pr-p-101-1',
    });
    const more = votingDayChain(content, device.deviceId, iins(0, 5), [closed, first, correction]);
    expect(send(device, more)).toMatchObject({ status: 'accepted', newEvents: 1 });
    expect(openAlarms()).toEqual([
      { kind: 'protocol_versions', subject: 'p-101', details: '2 versions' },
    ]);
    const versions = precinctProtocols(fx.db, 'p-101').versions;
    expect(versions.map((v) => [v.version, v.superseded, v.correctionReason])).toEqual([
      [2, false, 'A recount of the stationary box'],
      [1, true, null],
    ]);
    expect(results(fx.db, sorted).precincts[0]).toMatchObject({ version: 2, versions: 2 });
  });

  it('re-imports without doubling a protocol, whatever files bring it again', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const spoiled: ProtocolEvent = {
      type: 'ballot.spoiled',
      actor: memberOf(content, 'member'),
      payload: {
        ballot_id: 'x',
        iin: voters[0]?.iin ?? '',
        member_id: memberOf(content, 'member'),
      },
    };
    const events = chain(content, device, [spoiled, closed, signed(content, consistentFigures(5))]);
    const path = fx.file('a.sync', syncFile(fx, device, events));
    importAll(fx.ctx, [path]);
    const before = centralDigest(fx.db);
    const count = () =>
      fx.db
        .prepare('SELECT count(*) AS n, (SELECT spoiled FROM voting_days) AS s FROM protocols')
        .get();
    expect(count()).toEqual({ n: 1, s: 1 });
    expect(importAll(fx.ctx, [path]).files[0]?.status).toBe('already_imported');
    // An overlapping file with the protocol again and nothing new past it.
    expect(send(device, events.slice(3))?.status).toBe('already_imported');
    expect(count()).toEqual({ n: 1, s: 1 });
    expect(centralDigest(fx.db)).toBe(before);
  });

  it('refuses a protocol a member signs, and a spoiled ballot the chair records', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const member = memberOf(content, 'member');
    const bySomeone = { ...signed(content, consistentFigures(5)), actor: member };
    const refused = send(device, chain(content, device, [bySomeone]));
    expect(refused).toMatchObject({
      status: 'rejected',
      code: 'unauthorized_event',
      refusedEvent: { type: 'protocol.signed' },
    });
    const other = enrolDevice(await addPrecinct(fx, 'p-102', 102, voters), 'p-102-dev-a');
    const spoiled: ProtocolEvent = {
      type: 'ballot.spoiled',
      payload: { ballot_id: 'x', iin: voters[0]?.iin ?? '', member_id: member },
    };
    const byChair = send(other, chain(other.content, other, [spoiled]));
    expect(byChair).toMatchObject({ code: 'unauthorized_event' });
    expect(fx.db.prepare('SELECT count(*) AS n FROM protocols').get()).toEqual({ n: 0 });
  });

  it('refuses a payload the shared schema refuses (a correction naming nothing)', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    const broken = signed(content, consistentFigures(5), { version: 2 });
    expect(send(device, chain(content, device, [broken]))).toMatchObject({
      status: 'rejected',
      code: 'malformed',
    });
  });

  it('raises the alarm for a precinct silent after the close, withdrawn when its protocol comes', async () => {
    fx = centralFixture();
    const { content, device } = await precinct();
    // Voting closes at 20:00 Almaty time (15:00 UTC); the count has 12 hours.
    raiseSilentPrecincts(fx.db, '2027-03-20T02:59:59.000Z');
    expect(openAlarms()).toEqual([]);
    raiseSilentPrecincts(fx.db, '2027-03-20T03:00:00.000Z');
    expect(openAlarms()).toEqual([
      {
        kind: 'protocol_missing',
        subject: 'p-101',
        details: 'voting closed at 2027-03-19T15:00:00.000Z; no protocol',
      },
    ]);
    send(device, chain(content, device, [signed(content, consistentFigures(5))]));
    expect(openAlarms()).toEqual([]);
  });

  it('sums results by region, sorts and pages the precincts, and writes them as CSV', async () => {
    fx = centralFixture();
    const a = await precinct('p-101', 101);
    const b = await precinct('p-102', 102);
    await precinct('p-103', 103);
    send(a.device, chain(a.content, a.device, [signed(a.content, consistentFigures(5))]));
    send(
      b.device,
      chain(b.content, b.device, [signed(b.content, consistentFigures(3))], iins(0, 3)),
    );
    const byIssued = results(fx.db, { sort: 'issued', descending: true, limit: 2, offset: 0 });
    expect(byIssued.total).toBe(3);
    expect(byIssued.precincts.map((p) => [p.number, p.issued])).toEqual([
      [101, 5],
      [102, 3],
    ]);
    expect(byIssued.byRegion.map((r) => [r.region, r.precincts, r.withProtocol, r.issued])).toEqual(
      [
        ['Almaty', 1, 1, 3],
        ['Astana', 2, 1, 5],
      ],
    );
    const astana = results(fx.db, { ...sorted, region: 'Astana' });
    expect(astana.precincts.map((p) => [p.number, p.status])).toEqual([
      [101, 'consistent'],
      [103, 'no_protocol'],
    ]);
    const csv = resultsCsv(fx.db)
      .split('\r\n')
      .filter((line) => line !== '')
      .map((line) => line.split(';'));
    expect(csv[0]?.slice(0, 5)).toEqual([
      'precinct_id',
      'precinct_number',
      'region',
      'district',
      'status',
    ]);
    const rows = csv.slice(1).map((r) => [r[0], r[4], r[14], r[17], r[18]]);
    expect(rows).toEqual([
      ['p-102', 'consistent', 'q1', 'no', '0'],
      ['p-102', 'consistent', 'q1', 'yes', '2'],
      ['p-101', 'consistent', 'q1', 'no', '1'],
      ['p-101', 'consistent', 'q1', 'yes', '3'],
      ['p-103', 'no_protocol', '', '', ''],
    ]);
  });
});
