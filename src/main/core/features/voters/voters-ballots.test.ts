import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  keeping,
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  SAMPLE_PRECINCT,
  setUpPrecinct,
  type TestCore,
  withOwnPin,
} from '../../../../../tests/support/core';
import {
  as,
  at,
  count,
  laterAs,
  MEMBER_PIN,
  precinctWithList,
  votingDay,
} from '../../../../../tests/support/voters';
import { sampleVoters, writeVoterCsv } from '../../../bench/sample-voters';
import { DomainError } from '@shared/result';
import { createEventLog, rebuildProjections } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

/** A precinct with an imported sample list; its core is disposed after the test. */
const listed = keeping(precinctWithList, (core) => (t = core));

describe('absentee certificates and ballots', () => {
  it('accepts an absentee certificate until 18:00 the day before voting; its holder gets no ballot here', async () => {
    const { ids, voters } = await listed(5);
    const [a, b] = [voters[0]!, voters[1]!];
    await laterAs(t, '2027-03-18', '17:59', ids.chair, CHAIR_PIN);
    await t.must('issueAbsenteeCertificate', {
      iin: a.iin,
      number: 'A-100',
      issuedOn: '2027-03-18',
    });
    t.clock.set(new Date(at('2027-03-18', '18:00')).toISOString());
    expect(
      await t.call('issueAbsenteeCertificate', {
        iin: b.iin,
        number: 'A-101',
        issuedOn: '2027-03-18',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'absentee_closed' },
    });
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '08:00', ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: a.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_absentee', details: { number: 'A-100' } },
    });
  });

  it('issues once, within hours, by a member; the second issue says when and by whom; the chair undoes', async () => {
    const { ids, voters } = await listed(5);
    const v = voters[0]!;
    // The chair does not issue ballots.
    await laterAs(t, votingDay, '09:30', ids.chair, CHAIR_PIN);
    expect(
      await t.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '06:59', ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_outside_hours' },
    });
    await laterAs(t, votingDay, '09:30', ids.member, MEMBER_PIN);
    // The helper may not be a member of the commission, however the name is written.
    expect(
      await t.call('issueBallot', {
        iin: v.iin,
        documentChecked: true,
        helperName: 'SERIKOVA dana',
      }),
    ).toMatchObject({ ok: false, error: { code: 'ballot_helper_member' } });
    const ballot = await t.must('issueBallot', {
      iin: v.iin,
      documentChecked: true,
      helperName: 'Dana Omarova',
    });
    expect(ballot).toMatchObject({
      issuedByName: 'Yerlan Zhaksybekov',
      helperName: 'Dana Omarova',
      place: 'station',
    });
    const second = await t.call('issueBallot', {
      iin: v.iin,
      documentChecked: true,
      helperName: null,
    });
    expect(second).toMatchObject({
      ok: false,
      error: {
        code: 'ballot_already_issued',
        details: { at: ballot.issuedAt, by: 'Yerlan Zhaksybekov' },
      },
    });
    expect(
      await t.call('undoBallot', { ballotId: ballot.ballotId, reason: 'Wrong voter' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await as(t, ids.chair, CHAIR_PIN);
    await t.must('undoBallot', { ballotId: ballot.ballotId, reason: 'Issued to the wrong person' });
    expect(
      await t.call('undoBallot', { ballotId: ballot.ballotId, reason: 'Again' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_already_undone' },
    });
    await as(t, ids.member, MEMBER_PIN);
    await t.must('issueBallot', { iin: v.iin, documentChecked: true, helperName: null });
    // The database itself refuses a second ballot in force.
    expect(() =>
      t.core.db
        .prepare(
          "INSERT INTO ballots (ballot_id, iin, place, issued_at, device_id) VALUES ('x', ?, 'station', 'now', 'd')",
        )
        .run(v.iin),
    ).toThrow(/UNIQUE/);
  });

  it('the log itself refuses a second ballot in force, below the service, and writes nothing', async () => {
    const { ids, voters } = await listed(3);
    const v = voters[0]!;
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '09:30', ids.member, MEMBER_PIN);
    const ballot = await t.must('issueBallot', {
      iin: v.iin,
      documentChecked: true,
      helperName: null,
    });
    // This laptop's own log, as the service uses it, with none of the service's checks.
    const log = createEventLog(t.core.db, t.core.deviceId, t.clock);
    const state = () => ({
      events: count(t, 'SELECT count(*) AS n FROM events'),
      ballots: count(t, 'SELECT count(*) AS n FROM ballots'),
    });
    const before = state();
    const second = {
      ballot_id: 'second-ballot',
      iin: v.iin,
      place: 'station' as const,
      helper_name: null,
      document_checked: true as const,
    };
    let refusal: unknown = null;
    try {
      log.record('ballot.issued', ids.member, second);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'ballot_already_issued',
      details: { at: ballot.issuedAt, place: 'station', by: 'Yerlan Zhaksybekov' },
    });
    // Inside a caller's transaction too: the refusal rolls the caller's work back with it.
    expect(() =>
      t.core.db.transaction(() => log.record('ballot.issued', ids.member, second))(),
    ).toThrow(DomainError);
    expect(state()).toEqual(before);
    // A rebuild replays the log as it stands: the guard never runs there.
    expect(() => rebuildProjections(t.core.db)).not.toThrow();
    expect(state()).toEqual(before);
    // Once the first is undone, the log accepts a new one.
    await as(t, ids.chair, CHAIR_PIN);
    await t.must('undoBallot', { ballotId: ballot.ballotId, reason: 'Issued to the wrong person' });
    log.record('ballot.issued', ids.member, second);
    expect(count(t, 'SELECT count(*) AS n FROM ballots WHERE undone_at IS NULL')).toBe(1);
  });

  it('checks voting hours in the precinct’s own time zone: a mission in Berlin', async () => {
    t = makeTestCore();
    const berlin = { ...SAMPLE_PRECINCT, timeZone: 'Europe/Berlin' };
    const ids = await setUpPrecinct(t, berlin);
    const voters = [...sampleVoters(3)];
    const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'list.csv');
    await writeVoterCsv(path, voters);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    await t.must('importVoterFile', {
      reportId: (await t.must('checkVoterFile', { handle: await readHandle(t, path) })).reportId,
    });
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    // 06:59 in Berlin is 10:59 in Almaty: open there, not yet here.
    await laterAs(t, votingDay, '06:59', ids.member, MEMBER_PIN, 'Europe/Berlin');
    expect(
      await t.call('issueBallot', { iin: voters[0]!.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({ ok: false, error: { code: 'ballot_outside_hours' } });
    // 19:30 in Berlin is 23:30 in Almaty: closed there, still open here.
    await laterAs(t, votingDay, '19:30', ids.member, MEMBER_PIN, 'Europe/Berlin');
    const ballot = await t.must('issueBallot', {
      iin: voters[0]!.iin,
      documentChecked: true,
      helperName: null,
    });
    expect(ballot.issuedAt).toBe('2027-03-19T18:30:00.000Z');
    await laterAs(t, votingDay, '20:00', ids.member, MEMBER_PIN, 'Europe/Berlin');
    expect(
      await t.call('issueBallot', { iin: voters[1]!.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({ ok: false, error: { code: 'ballot_outside_hours' } });
  });

  it('refuses a voter marked for home voting', async () => {
    const { ids, voters } = await listed(3);
    const v = voters[0]!;
    // The home-voting request feature writes this mark; the refusal is the ballot rule's.
    t.core.db
      .prepare("INSERT INTO home_voting_marks (iin, request_id, marked_at) VALUES (?, 'r1', 'now')")
      .run(v.iin);
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '10:00', ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_home_voting' },
    });
  });

  it('only the laptop holding a voter’s section issues; the others say which desk does', async () => {
    const { ids, voters } = await listed(40);
    const sections = [
      {
        name: 'А–Л',
        rule: { kind: 'alphabet' as const, from: 'А', to: 'Л' },
        deviceId: t.core.deviceId,
        deskLabel: 'Desk 1',
      },
      {
        name: 'М–Я',
        rule: { kind: 'alphabet' as const, from: 'М', to: 'Я' },
        deviceId: 'other-laptop',
        deskLabel: 'Desk 2',
      },
    ];
    expect(
      await t.call('setSections', {
        sections: [{ ...sections[0]!, rule: { kind: 'alphabet', from: 'Я', to: 'А' } }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'section_invalid' },
    });
    await t.must('setSections', { sections });
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '11:00', ids.member, MEMBER_PIN);
    const mine = voters.find((v) => /^[А-Ла-лӘәҒғҚқІі]/.test(v.last_name))!;
    const theirs = voters.find(
      (v) => /^[М-Яа-я]/.test(v.last_name) && !/^[А-Л]/.test(v.last_name),
    )!;
    await t.must('issueBallot', { iin: mine.iin, documentChecked: true, helperName: null });
    expect(
      await t.call('issueBallot', { iin: theirs.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_other_desk', details: { desk: 'Desk 2', section: 'М–Я' } },
    });
    expect((await t.must('getVoterCard', { iin: theirs.iin })).section).toMatchObject({
      deskLabel: 'Desk 2',
      thisDevice: false,
    });
  });

  it('reports turnout at the fixed hours in the precinct’s time zone, abroad too', async () => {
    t = makeTestCore();
    const abroad = { ...SAMPLE_PRECINCT, timeZone: 'Europe/Berlin' };
    await t.must('completeSetup', {
      precinct: abroad,
      members: [
        { fullName: 'Aigerim Sadykova', role: 'chair' },
        { fullName: 'Yerlan Zhaksybekov', role: 'member' },
      ],
      chairPin: CHAIR_PIN,
      clockConfirmed: true,
    });
    const members = await t.must('listLoginMembers', {});
    const chair = members.find((m) => m.role === 'chair')!.id;
    const member = members.find((m) => m.role === 'member')!.id;
    const voters = [...sampleVoters(8)];
    const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'list.csv');
    await writeVoterCsv(path, voters);
    await t.must('login', { memberId: chair, pin: CHAIR_PIN });
    await t.must('importVoterFile', {
      reportId: (await t.must('checkVoterFile', { handle: await readHandle(t, path) })).reportId,
    });
    await withOwnPin(t, chair, member, MEMBER_PIN);
    for (const [i, time] of ['09:59', '10:00', '11:30', '13:10'].entries()) {
      await laterAs(t, votingDay, time, member, MEMBER_PIN, 'Europe/Berlin');
      await t.must('issueBallot', { iin: voters[i]!.iin, documentChecked: true, helperName: null });
    }
    await laterAs(t, votingDay, '13:30', member, MEMBER_PIN, 'Europe/Berlin');
    const turnout = await t.must('getTurnout', {});
    expect(turnout).toMatchObject({ listed: 8, total: 4, station: 4, portableBox: 0, percent: 50 });
    expect(turnout.figures.map((f) => [f.time, f.total, f.reached])).toEqual([
      ['10:00', 2, true],
      ['12:00', 3, true],
      ['14:00', 4, false],
      ['16:00', 4, false],
      ['18:00', 4, false],
      ['20:00', 4, false],
    ]);
    expect(turnout.figures[0]!.percent).toBe(25);
  });
});
