import { afterEach, describe, expect, it } from 'vitest';
import { CHAIR_PIN, keeping, type TestCore, withOwnPin } from '../../../../../tests/support/core';
import {
  as,
  laterAs,
  MEMBER_PIN,
  precinctWithList,
  votingDay,
} from '../../../../../tests/support/voters';
import { rebuildProjections } from '../../feature-list';
import type { VoterData } from './voter-store';

let t: TestCore;
afterEach(() => t?.dispose());

const listed = keeping(precinctWithList, (core) => (t = core));

const collator = new Intl.Collator('kk', { sensitivity: 'base' });
const byName = (a: VoterData, b: VoterData) =>
  collator.compare(a.last_name, b.last_name) ||
  collator.compare(a.first_name, b.first_name) ||
  collator.compare(a.patronymic ?? '', b.patronymic ?? '');
const names = (rows: { lastName: string; firstName: string }[]) =>
  rows.map((row) => `${row.lastName} ${row.firstName}`);

async function issue(iin: string) {
  return t.must('issueBallot', { iin, documentChecked: true, helperName: null });
}

describe('the list of who has voted', () => {
  it('lists the ballots in force from the projection: an undone one left out, a new one at its own time', async () => {
    const { ids, voters } = await listed(12);
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    const [a, b, c, d] = [voters[0]!, voters[1]!, voters[2]!, voters[3]!];
    await laterAs(t, votingDay, '08:05', ids.member, MEMBER_PIN);
    await issue(a.iin);
    const undone = await issue(b.iin);
    const reissued = await issue(c.iin);
    await laterAs(t, votingDay, '09:40', ids.member, MEMBER_PIN);
    await issue(d.iin);
    await as(t, ids.chair, CHAIR_PIN);
    await t.must('undoBallot', { ballotId: undone.ballotId, reason: 'Issued to the wrong person' });
    await t.must('undoBallot', {
      ballotId: reissued.ballotId,
      reason: 'Issued to the wrong person',
    });
    await laterAs(t, votingDay, '10:15', ids.member, MEMBER_PIN);
    await issue(c.iin);
    await laterAs(t, votingDay, '11:02', ids.member, MEMBER_PIN);

    const list = await t.must('getVotedList', {});
    expect(list).toMatchObject({
      precinctNumber: 412,
      precinctName: 'School No. 12',
      votingDay,
      printedDate: votingDay,
      printedTime: '11:02',
      timeZone: 'Asia/Almaty',
      sectionsDefined: false,
    });
    // No sections: one part, the whole list.
    expect(list.parts).toHaveLength(1);
    expect(list.parts[0]).toMatchObject({ sectionId: null, name: null });
    const rows = list.parts[0]!.rows;
    const expected = [a, c, d].sort(byName);
    expect(names(rows)).toEqual(expected.map((v) => `${v.last_name} ${v.first_name}`));
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3]);
    const timeOf = (v: VoterData) =>
      rows.find((row) => row.lastName === v.last_name && row.firstName === v.first_name)!;
    expect(timeOf(a)).toMatchObject({
      issuedTime: '08:05',
      place: 'station',
      birthDate: a.birth_date,
    });
    expect(timeOf(c).issuedTime).toBe('10:15');
    expect(timeOf(d).issuedTime).toBe('09:40');
    // No IIN travels with the list, not even of a voter left out.
    const text = JSON.stringify(list);
    for (const voter of voters) expect(text).not.toContain(voter.iin);

    // A rebuild from the log gives the same list.
    rebuildProjections(t.core.db);
    expect(await t.must('getVotedList', {})).toEqual(list);
  });

  it('splits the list by the sections in their order, one section on request, the rest apart', async () => {
    const { ids, voters } = await listed(40);
    // Before the split: a ballot to a voter the sections will leave out.
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '07:30', ids.member, MEMBER_PIN);
    const early = voters.find((v) => /^[УҰҮФХҺЦЧШЩЪЫІЬЭЮЯ]/.test(v.last_name))!;
    await issue(early.iin);
    await as(t, ids.chair, CHAIR_PIN);
    const state = await t.must('setSections', {
      sections: [
        {
          name: 'М–Т',
          rule: { kind: 'alphabet', from: 'М', to: 'Т' },
          deviceId: t.core.deviceId,
          deskLabel: 'Desk 2',
        },
        {
          name: 'А–Л',
          rule: { kind: 'alphabet', from: 'А', to: 'Л' },
          deviceId: t.core.deviceId,
          deskLabel: 'Desk 1',
        },
      ],
    });
    const [mt, al] = state.sections;
    const first = voters.filter((v) => /^[А-ЛӘҒҚ]/.test(v.last_name) && v !== early).slice(0, 3);
    const second = voters.filter((v) => /^[М-ТҢӨ]/.test(v.last_name)).slice(0, 2);
    await laterAs(t, votingDay, '12:00', ids.member, MEMBER_PIN);
    for (const voter of [...first, ...second]) await issue(voter.iin);

    const all = await t.must('getVotedList', {});
    expect(all.sectionsDefined).toBe(true);
    expect(all.parts.map((part) => [part.name, part.deskLabel, part.rows.length])).toEqual([
      ['М–Т', 'Desk 2', 2],
      ['А–Л', 'Desk 1', 3],
      [null, null, 1],
    ]);
    expect(names(all.parts[0]!.rows)).toEqual(
      [...second].sort(byName).map((v) => `${v.last_name} ${v.first_name}`),
    );
    expect(names(all.parts[1]!.rows)).toEqual(
      [...first].sort(byName).map((v) => `${v.last_name} ${v.first_name}`),
    );
    expect(all.parts[1]!.rows.map((row) => row.number)).toEqual([1, 2, 3]);
    expect(all.parts[2]!.rows[0]).toMatchObject({ lastName: early.last_name, issuedTime: '07:30' });

    const one = await t.must('getVotedList', { sectionId: al!.sectionId });
    expect(one.parts).toHaveLength(1);
    expect(one.parts[0]).toEqual(all.parts[1]);
    expect((await t.must('getVotedList', { sectionId: mt!.sectionId })).parts[0]).toEqual(
      all.parts[0],
    );
    expect(await t.call('getVotedList', { sectionId: 'no-such-section' })).toMatchObject({
      ok: false,
      error: { code: 'section_not_found' },
    });
  });

  it('is read by a logged-in member only', async () => {
    await listed(3);
    await t.must('logout', {});
    expect(await t.call('getVotedList', {})).toMatchObject({
      ok: false,
      error: { code: 'not_logged_in' },
    });
  });
});
