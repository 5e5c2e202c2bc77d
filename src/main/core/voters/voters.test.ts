import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIin } from '../../../shared/voters/iin';
import { verifyChain } from '../events/chain-verify';
import { rebuildProjections } from '../events/event-log';
import { instantOfRuleTime } from '../precinct/local-instant';
import {
  CHAIR_PIN,
  makeTestCore,
  SAMPLE_PRECINCT,
  setUpPrecinct,
  withOwnPin,
  type TestCore,
} from '../testing/test-core';
import { CSV_HEADER, sampleVoters, voterCsvLine, writeVoterCsv } from './sample-voters';
import { VOTER_INDEXES } from './schema';
import { VOTER_PROJECTION_TABLES } from './voter-projections';

let t: TestCore;
afterEach(() => t?.dispose());

const MEMBER_PIN = '135790';
const DEPUTY_PIN = '246802';
const { votingDay, timeZone } = {
  votingDay: SAMPLE_PRECINCT.votingDay,
  timeZone: SAMPLE_PRECINCT.timeZone,
};
const at = (date: string, time: string) => instantOfRuleTime(date, time, timeZone);

function tempFile(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), name);
  writeFileSync(path, text);
  return path;
}

const count = (sql: string) => (t.core.db.prepare(sql).get() as { n: number }).n;

/** A precinct with a list of `size` sample voters imported by the chair; returns member ids. */
async function precinctWithList(size = 50) {
  t = makeTestCore();
  const ids = await setUpPrecinct(t);
  const voters = [...sampleVoters(size)];
  const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'list.csv');
  await writeVoterCsv(path, voters);
  await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
  const report = await t.must('checkVoterFile', { path });
  await t.must('importVoterFile', { reportId: report.reportId });
  return { ids, voters };
}

async function as(memberId: string, pin: string) {
  await t.must('logout', {});
  await t.must('login', { memberId, pin });
}

/** Moves the clock to a precinct-local time; the idle session locked meanwhile, so log in again. */
async function laterAs(date: string, time: string, memberId: string, pin: string, zone = timeZone) {
  t.clock.set(new Date(instantOfRuleTime(date, time, zone)).toISOString());
  await t.must('login', { memberId, pin });
}

describe('importing a voter list', () => {
  it('checks first, writes nothing until confirmed, then imports the valid rows in one event', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    const good = [...sampleVoters(5)];
    const duplicate = voterCsvLine(good[0]!);
    const badChecksum = voterCsvLine({
      ...good[1]!,
      iin: `${good[1]!.iin.slice(0, 11)}${(Number(good[1]!.iin[11]) + 1) % 10}`,
    });
    const path = tempFile(
      'list.csv',
      [CSV_HEADER, ...good.map(voterCsvLine), duplicate, badChecksum, ''].join('\n'),
    );
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const eventsBefore = count('SELECT count(*) AS n FROM events');
    const report = await t.must('checkVoterFile', { path });
    expect(report).toMatchObject({ rows: 7, valid: 5, errorCount: 2, imported: null });
    expect(report.countsByCode).toMatchObject({ duplicate_iin: 1, iin_checksum: 1 });
    expect(count('SELECT count(*) AS n FROM voters')).toBe(0);
    expect(count('SELECT count(*) AS n FROM events')).toBe(eventsBefore);

    const issues = await t.must('getListIssues', {
      reportId: report.reportId,
      severity: 'error',
      offset: 0,
      limit: 10,
    });
    expect(issues.issues.map((i) => [i.row, i.code])).toEqual([
      [7, 'duplicate_iin'],
      [8, 'iin_checksum'],
    ]);
    expect(issues.issues[0]?.cells.iin).toBe(good[0]!.iin);

    const imported = await t.must('importVoterFile', { reportId: report.reportId });
    expect(imported.imported).toBe(5);
    expect(count('SELECT count(*) AS n FROM voters')).toBe(5);
    const events = t.core.db
      .prepare("SELECT payload_json, actor FROM events WHERE type = 'voters.imported'")
      .all() as { payload_json: string; actor: string }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.actor).toBe(ids.chair);
    expect(JSON.parse(events[0]!.payload_json)).toMatchObject({
      rows: 7,
      imported: 5,
      rejected_rows: [7, 8],
    });
    expect(await t.call('importVoterFile', { reportId: report.reportId })).toMatchObject({
      ok: false,
      error: { code: 'report_imported' },
    });
    expect(verifyChain(t.core.db).ok).toBe(true);
  });

  it('refuses an unusable file whole and a file changed since its check, writing nothing', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const binary = tempFile('list.csv', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 9]));
    expect(await t.call('checkVoterFile', { path: binary })).toMatchObject({
      ok: false,
      error: { code: 'list_binary' },
    });
    const noColumn = tempFile('list.csv', 'iin,last_name,first_name\n061211600012,A,B\n');
    expect(await t.call('checkVoterFile', { path: noColumn })).toMatchObject({
      ok: false,
      error: { code: 'list_missing_column' },
    });

    const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'list.csv');
    await writeVoterCsv(path, sampleVoters(10));
    const report = await t.must('checkVoterFile', { path });
    await writeVoterCsv(path, sampleVoters(12));
    const events = count('SELECT count(*) AS n FROM events');
    expect(await t.call('importVoterFile', { reportId: report.reportId })).toMatchObject({
      ok: false,
      error: { code: 'report_stale' },
    });
    expect(count('SELECT count(*) AS n FROM voters')).toBe(0);
    expect(count('SELECT count(*) AS n FROM attachments')).toBe(0);
    expect(count('SELECT count(*) AS n FROM events')).toBe(events);
    // The indexes dropped for the bulk load are back after the rollback.
    expect(
      count("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND tbl_name = 'voters'"),
    ).toBe(VOTER_INDEXES.length);
  });

  it('a second list is checked against the first: its repeated IINs are duplicates', async () => {
    const { voters } = await precinctWithList(20);
    const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'more.csv');
    await writeVoterCsv(path, [...voters.slice(0, 3), ...sampleVoters(5, votingDay, 99)]);
    const report = await t.must('checkVoterFile', { path });
    expect(report.countsByCode.duplicate_iin).toBe(3);
    const imported = await t.must('importVoterFile', { reportId: report.reportId });
    expect(imported.imported).toBe(5);
    expect(count('SELECT count(*) AS n FROM voters')).toBe(25);
  });

  it('a projection rebuild gives back the same list, corrections and ballots', async () => {
    const { ids, voters } = await precinctWithList(30);
    const [a, b] = voters as [(typeof voters)[0], (typeof voters)[0]];
    await t.must('correctVoter', {
      iin: a.iin,
      field: 'address',
      value: 'Almaty, Abai Ave 1',
      reason: 'Moved within the precinct',
      documentRef: null,
    });
    const request = await t.must('requestRemoval', {
      iin: b.iin,
      basis: 'deceased',
      reason: 'Death certificate',
      documentRef: 'No. 77',
    });
    await t.must('decideRemoval', {
      requestId: request.requestId,
      decision: 'approve',
      reason: null,
    });
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(votingDay, '09:00', ids.member, MEMBER_PIN);
    const third = voters[2]!;
    await t.must('issueBallot', { iin: third.iin, documentChecked: true, helperName: null });

    const snapshot = () =>
      Object.fromEntries(
        VOTER_PROJECTION_TABLES.map((table) => [
          table,
          // Row ids are local and may differ after a rebuild; the rows must not.
          t.core.db
            .prepare(`SELECT * FROM ${table}`)
            .all()
            .map((row) => JSON.stringify({ ...(row as object), id: undefined }))
            .sort(),
        ]),
      );
    const before = snapshot();
    rebuildProjections(t.core.db);
    expect(snapshot()).toEqual(before);
  });
});

describe('finding a voter', () => {
  it('by IIN prefix, by name in another script with a typo, by birth date and by address', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    const iin = makeIin('1990-05-17', 'male', 41) ?? '';
    const rows = [
      CSV_HEADER,
      `${iin},Ахметов,Жанболат,Серікұлы,1990-05-17,"г. Алматы, ул. Абая, д. 15",412`,
      ...[...sampleVoters(40)].map(voterCsvLine),
    ];
    const path = tempFile('list.csv', rows.join('\n'));
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const report = await t.must('checkVoterFile', { path });
    await t.must('importVoterFile', { reportId: report.reportId });

    const first = async (query: string) =>
      (await t.must('searchVoters', { query, limit: 20 })).voters[0]?.iin;
    expect(await first(iin.slice(0, 8))).toBe(iin);
    expect(await first('Zhanbolat Akhmetov')).toBe(iin);
    expect(await first('Janbolat')).toBe(iin);
    expect(await first('Жанбулат Ахметов')).toBe(iin);
    expect(await first('ахметов 17.05.1990')).toBe(iin);
    expect(await first('Абая 15 Жанболат')).toBe(iin);
    const all = await t.must('searchVoters', { query: '', limit: 5 });
    expect(all).toMatchObject({ total: 41, truncated: true });
    expect(all.voters).toHaveLength(5);
  });
});

describe('answering a citizen', () => {
  it('answers by IIN or by name and birth date and counts the inquiry without personal data', async () => {
    const { voters } = await precinctWithList(10);
    const v = voters[3]!;
    const yes = await t.must('answerInquiry', { by: 'iin', iin: v.iin });
    expect(yes).toMatchObject({
      found: true,
      pollingPlace: { precinctNumber: 412, opens: '07:00' },
    });
    const byName = await t.must('answerInquiry', {
      by: 'name_birth',
      name: `${v.first_name} ${v.last_name}`,
      birthDate: v.birth_date.split('-').reverse().join('.'),
    });
    expect(byName.found).toBe(true);
    const other = makeIin('1985-01-02', 'female', 9000) ?? '';
    expect((await t.must('answerInquiry', { by: 'iin', iin: other })).found).toBe(false);
    expect(await t.call('answerInquiry', { by: 'iin', iin: '123' })).toMatchObject({
      ok: false,
      error: { code: 'voter_iin_invalid' },
    });
    const payloads = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'voter.inquiry_answered'")
      .all()
      .map(
        (r) => JSON.parse((r as { payload_json: string }).payload_json) as Record<string, unknown>,
      );
    expect(payloads).toEqual([
      { method: 'iin', found: true },
      { method: 'name_birth', found: true },
      { method: 'iin', found: false },
    ]);
  });
});

describe('corrections', () => {
  it('adds a voter only with a valid IIN, a matching adult birth date and the basis document', async () => {
    await precinctWithList(5);
    const iin = makeIin('1970-02-03', 'female', 17) ?? '';
    const input = {
      iin,
      lastName: 'Сейтқалиева',
      firstName: 'Әсел',
      patronymic: '',
      birthDate: '03.02.1970',
      address: 'г. Алматы, ул. Абая, д. 2',
      basis: 'registration_confirmed' as const,
      certificateNumber: null,
      issuingPrecinct: null,
      documentRef: null,
      reason: 'Registered at this address on 1 March',
    };
    expect(await t.call('addVoter', { ...input, birthDate: '04.02.1970' })).toMatchObject({
      ok: false,
      error: { code: 'voter_iin_birth_date_mismatch' },
    });
    expect(await t.call('addVoter', { ...input, basis: 'absentee_certificate' })).toMatchObject({
      ok: false,
      error: { code: 'basis_details_required' },
    });
    const minor = makeIin('2010-01-01', 'male', 5) ?? '';
    expect(
      await t.call('addVoter', { ...input, iin: minor, birthDate: '2010-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'voter_under_age' },
    });
    const added = await t.must('addVoter', input);
    expect(added).toMatchObject({
      iin,
      birthDate: '1970-02-03',
      patronymic: null,
      status: 'listed',
    });
    expect(await t.call('addVoter', input)).toMatchObject({
      ok: false,
      error: { code: 'voter_exists' },
    });
    expect(
      (await t.must('searchVoters', { query: 'Asel Seitkalieva', limit: 5 })).voters[0]?.iin,
    ).toBe(iin);
  });

  it('a removal waits for the chair or deputy; a refusal needs its reason', async () => {
    const { ids, voters } = await precinctWithList(5);
    const v = voters[0]!;
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    const request = await t.must('requestRemoval', {
      iin: v.iin,
      basis: 'registered_elsewhere',
      reason: 'Moved to Astana',
      documentRef: null,
    });
    expect(request.status).toBe('pending');
    expect((await t.must('getVoterCard', { iin: v.iin })).voter).toMatchObject({
      status: 'listed',
      removalPending: true,
    });
    expect(
      await t.call('requestRemoval', {
        iin: v.iin,
        basis: 'other',
        reason: 'Again',
        documentRef: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'removal_pending' },
    });
    expect(
      await t.call('decideRemoval', {
        requestId: request.requestId,
        decision: 'approve',
        reason: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await t.must('logout', {});
    await withOwnPin(t, ids.chair, ids.deputy, DEPUTY_PIN);
    expect(
      await t.call('decideRemoval', {
        requestId: request.requestId,
        decision: 'refuse',
        reason: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'reason_required' },
    });
    const decided = await t.must('decideRemoval', {
      requestId: request.requestId,
      decision: 'approve',
      reason: null,
    });
    expect(decided).toMatchObject({ status: 'approved', decidedByName: 'Nurlan Omarov' });
    const card = await t.must('getVoterCard', { iin: v.iin });
    expect(card.voter.status).toBe('removed');
    expect(card.history.map((h) => h.type)).toEqual([
      'voters.imported',
      'voter.removal_requested',
      'voter.removal_decided',
    ]);
  });

  it('corrects a field with the old value kept in the event, and refuses a no-op', async () => {
    const { voters } = await precinctWithList(3);
    const v = voters[0]!;
    expect(
      await t.call('correctVoter', {
        iin: v.iin,
        field: 'last_name',
        value: v.last_name,
        reason: 'Typo',
        documentRef: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'value_unchanged' },
    });
    expect(
      await t.call('correctVoter', {
        iin: v.iin,
        field: 'first_name',
        value: '',
        reason: 'Typo',
        documentRef: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'value_required' },
    });
    const corrected = await t.must('correctVoter', {
      iin: v.iin,
      field: 'last_name',
      value: 'Жаңаев',
      reason: 'Passport',
      documentRef: 'ID 0412',
    });
    expect(corrected.lastName).toBe('Жаңаев');
    const event = t.core.db
      .prepare("SELECT payload_json FROM events WHERE type = 'voter.corrected'")
      .get() as { payload_json: string };
    expect(JSON.parse(event.payload_json)).toMatchObject({
      old_value: v.last_name,
      new_value: 'Жаңаев',
    });
    expect((await t.must('searchVoters', { query: 'Zhanaev', limit: 5 })).voters[0]?.iin).toBe(
      v.iin,
    );
  });
});

describe('absentee certificates and ballots', () => {
  it('accepts an absentee certificate until 18:00 the day before voting; its holder gets no ballot here', async () => {
    const { ids, voters } = await precinctWithList(5);
    const [a, b] = [voters[0]!, voters[1]!];
    await laterAs('2027-03-18', '17:59', ids.chair, CHAIR_PIN);
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
    await laterAs(votingDay, '08:00', ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: a.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_absentee', details: { number: 'A-100' } },
    });
  });

  it('issues once, within hours, by a member; the second issue says when and by whom; the chair undoes', async () => {
    const { ids, voters } = await precinctWithList(5);
    const v = voters[0]!;
    // The chair does not issue ballots.
    await laterAs(votingDay, '09:30', ids.chair, CHAIR_PIN);
    expect(
      await t.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(votingDay, '06:59', ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_outside_hours' },
    });
    await laterAs(votingDay, '09:30', ids.member, MEMBER_PIN);
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
    await as(ids.chair, CHAIR_PIN);
    await t.must('undoBallot', { ballotId: ballot.ballotId, reason: 'Issued to the wrong person' });
    expect(
      await t.call('undoBallot', { ballotId: ballot.ballotId, reason: 'Again' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_already_undone' },
    });
    await as(ids.member, MEMBER_PIN);
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

  it('refuses a voter marked for home voting', async () => {
    const { ids, voters } = await precinctWithList(3);
    const v = voters[0]!;
    // The home-voting request feature writes this mark; the refusal is the ballot rule's.
    t.core.db
      .prepare("INSERT INTO home_voting_marks (iin, request_id, marked_at) VALUES (?, 'r1', 'now')")
      .run(v.iin);
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(votingDay, '10:00', ids.member, MEMBER_PIN);
    expect(
      await t.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_home_voting' },
    });
  });

  it('only the laptop holding a voter’s section issues; the others say which desk does', async () => {
    const { ids, voters } = await precinctWithList(40);
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
    await laterAs(votingDay, '11:00', ids.member, MEMBER_PIN);
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
      reportId: (await t.must('checkVoterFile', { path })).reportId,
    });
    await withOwnPin(t, chair, member, MEMBER_PIN);
    for (const [i, time] of ['09:59', '10:00', '11:30', '13:10'].entries()) {
      await laterAs(votingDay, time, member, MEMBER_PIN, 'Europe/Berlin');
      await t.must('issueBallot', { iin: voters[i]!.iin, documentChecked: true, helperName: null });
    }
    await laterAs(votingDay, '13:30', member, MEMBER_PIN, 'Europe/Berlin');
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
