import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIin } from '@shared/voters/iin';
import {
  keeping,
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  setUpPrecinct,
  type TestCore,
  withOwnPin,
  writeHandle,
} from '../../../../../tests/support/core';
import {
  count,
  laterAs,
  MEMBER_PIN,
  precinctWithList,
  tempFile,
  votingDay,
} from '../../../../../tests/support/voters';
import { encode1251 } from '../../../../../tests/support/list-files';
import {
  CSV_HEADER,
  sampleVoters,
  voterCsvLine,
  writeVoterCsv,
} from '../../../bench/sample-voters';
import { VOTER_INDEXES } from './voter-tables';
import { VOTER_PROJECTION_TABLES } from './voter-projections';
import { rebuildProjections, verifyChain } from '../../feature-list';

let t: TestCore;
afterEach(() => t?.dispose());

/** A precinct with an imported sample list; its core is disposed after the test. */
const listed = keeping(precinctWithList, (core) => (t = core));

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
    const eventsBefore = count(t, 'SELECT count(*) AS n FROM events');
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
    expect(report).toMatchObject({ rows: 7, valid: 5, errorCount: 2, imported: null });
    expect(report.countsByCode).toMatchObject({ duplicate_iin: 1, iin_checksum: 1 });
    expect(count(t, 'SELECT count(*) AS n FROM voters')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM events')).toBe(eventsBefore);

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
    expect(count(t, 'SELECT count(*) AS n FROM voters')).toBe(5);
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

  it('exports a check report of more than one page as one CSV, a line per issue in order', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const good = [...sampleVoters(3)];
    // More repeats than one page of issues (1000), so the file is written in several parts.
    const repeats = Array.from({ length: 1005 }, () => voterCsvLine(good[0]!));
    const list = tempFile(
      'list.csv',
      [CSV_HEADER, ...good.map(voterCsvLine), ...repeats].join('\n'),
    );
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, list) });
    const rows = (
      t.core.db
        .prepare('SELECT row FROM voter_report_issues WHERE report_id = ? ORDER BY seq')
        .all(report.reportId) as { row: number }[]
    ).map((issue) => issue.row);
    expect(rows.length).toBeGreaterThan(1000);
    const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-report-'));
    const path = join(folder, 'report.csv');
    expect(
      await t.must('exportListReport', {
        reportId: report.reportId,
        handle: await writeHandle(t, path, 'csv'),
      }),
    ).toEqual({ path, rows: rows.length });
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.slice(1).map((line) => Number(line.split(';')[0]))).toEqual(rows);
    expect(readdirSync(folder)).toEqual(['report.csv']);
    // A report that does not exist is said so, and the file already written stays as it was.
    expect(
      await t.call('exportListReport', {
        reportId: 'no-such-report',
        handle: await writeHandle(t, path, 'csv', true),
      }),
    ).toMatchObject({ error: { code: 'report_not_found' } });
    expect(readFileSync(path)).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['report.csv']);
    // Only through a handle: a path the page names is refused, so is a spent or PDF handle.
    expect(
      await t.call('exportListReport', { reportId: report.reportId, path, overwrite: true }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      await t.call('exportListReport', {
        reportId: report.reportId,
        handle: await writeHandle(t, join(folder, 'report.pdf'), 'pdf'),
      }),
    ).toMatchObject({ error: { code: 'file_handle_invalid' } });
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });

  it('refuses an unusable file whole and a file changed since its check, writing nothing', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const binary = tempFile('list.csv', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 9]));
    expect(await t.call('checkVoterFile', { handle: await readHandle(t, binary) })).toMatchObject({
      ok: false,
      error: { code: 'list_binary' },
    });
    const noColumn = tempFile('list.csv', 'iin,last_name,first_name\n061211600012,A,B\n');
    expect(await t.call('checkVoterFile', { handle: await readHandle(t, noColumn) })).toMatchObject(
      {
        ok: false,
        error: { code: 'list_missing_column' },
      },
    );

    const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'list.csv');
    await writeVoterCsv(path, sampleVoters(10));
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
    await writeVoterCsv(path, sampleVoters(12));
    const events = count(t, 'SELECT count(*) AS n FROM events');
    expect(await t.call('importVoterFile', { reportId: report.reportId })).toMatchObject({
      ok: false,
      error: { code: 'report_stale' },
    });
    expect(count(t, 'SELECT count(*) AS n FROM voters')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM attachments')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM events')).toBe(events);
    // The indexes dropped for the bulk load are back after the rollback.
    expect(
      count(
        t,
        "SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND tbl_name = 'voters'",
      ),
    ).toBe(VOTER_INDEXES.length);
  });

  it('imports a list whose names may have lost letters only when the commission chooses to', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const rows = [...sampleVoters(4)].map((voter, i) =>
      i === 0 ? { ...voter, last_name: 'Сәрсенбаева' } : voter,
    );
    const text = [CSV_HEADER, ...rows.map(voterCsvLine), ''].join('\n');
    const path = tempFile('list-1251.csv', Buffer.from(encode1251(text)));
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
    expect(report.encoding).toBe('windows-1251');
    expect(report.countsByCode.lossy_encoding).toBeGreaterThan(0);
    const eventsBefore = count(t, 'SELECT count(*) AS n FROM events');

    expect(await t.call('importVoterFile', { reportId: report.reportId })).toMatchObject({
      ok: false,
      error: { code: 'lost_letters_unconfirmed' },
    });
    expect(
      await t.call('importVoterFile', { reportId: report.reportId, acceptLostLetters: false }),
    ).toMatchObject({ ok: false, error: { code: 'lost_letters_unconfirmed' } });
    expect(count(t, 'SELECT count(*) AS n FROM voters')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM events')).toBe(eventsBefore);

    const imported = await t.must('importVoterFile', {
      reportId: report.reportId,
      acceptLostLetters: true,
    });
    expect(imported.imported).toBe(4);
  });

  it('a second list is checked against the first: its repeated IINs are duplicates', async () => {
    const { voters } = await listed(20);
    const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'more.csv');
    await writeVoterCsv(path, [...voters.slice(0, 3), ...sampleVoters(5, votingDay, 99)]);
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
    expect(report.countsByCode.duplicate_iin).toBe(3);
    const imported = await t.must('importVoterFile', { reportId: report.reportId });
    expect(imported.imported).toBe(5);
    expect(count(t, 'SELECT count(*) AS n FROM voters')).toBe(25);
  });

  it('a projection rebuild gives back the same list, corrections and ballots', async () => {
    // Enough voters for the row attachment to take several parts.
    const { ids, voters } = await listed(6000);
    expect(count(t, 'SELECT count(*) AS n FROM attachments')).toBeGreaterThan(1);
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
    await laterAs(t, votingDay, '09:00', ids.member, MEMBER_PIN);
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
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
    await t.must('importVoterFile', { reportId: report.reportId });

    const first = async (query: string) =>
      (await t.must('searchVoters', { query, limit: 20 })).voters[0]?.iin;
    expect(await first(iin.slice(0, 8))).toBe(iin);
    // From four digits an IIN prefix is searched (before as an address number too).
    const prefix = async (digits: string) =>
      (await t.must('searchVoters', { query: digits, limit: 100 })).voters.map((v) => v.iin);
    const born1990 = await prefix(iin.slice(0, 4));
    expect(born1990).toContain(iin);
    expect(born1990.every((found) => found.startsWith(iin.slice(0, 4)))).toBe(true);
    expect(await prefix(iin.slice(0, 5))).toContain(iin);
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
    const { voters } = await listed(10);
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
