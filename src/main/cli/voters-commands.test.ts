import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIin } from '@shared/voters/iin';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../bench/sample-voters';
import { CHAIR_PIN, makeTestCore, setUpPrecinct } from '../../../tests/support/core';
import { cli, secretFile, tempFolders } from '../../../tests/support/cli';
import { openFolderStore } from '../../../tests/support/at-rest';

/** The secret a folder made by `voters import` is sealed by (and reopened with). */
const FOLDER_SECRET = 'list-folder-secret';
const sealed = ['--secret-file', secretFile(FOLDER_SECRET)];

const json = async (...argv: string[]) => {
  const run = await cli(...argv, '--json');
  return { code: run.code, body: JSON.parse(run.out) as Record<string, unknown> };
};

const folder = tempFolders('precinct-desk-cli-voters-');
function file(text: string | Buffer, name = 'list.csv'): string {
  const path = join(folder(), name);
  writeFileSync(path, text);
  return path;
}

const voters = [...sampleVoters(4)];
const minor = makeIin('2012-04-05', 'female', 3) ?? '';
/** Born in the 2000s: the IIN starts with 0, which Excel drops. */
const zeroLed = makeIin('2005-06-07', 'male', 12) ?? '';

describe('precinct-desk voters check', () => {
  it('numbers rows as a spreadsheet does and reports every error and warning', async () => {
    const [a, b, c, d] = voters as [
      (typeof voters)[0],
      (typeof voters)[0],
      (typeof voters)[0],
      (typeof voters)[0],
    ];
    const text = [
      CSV_HEADER,
      voterCsvLine(a), // row 2
      '', // row 3: empty, skipped, not counted
      voterCsvLine({ ...b, address: 'Almaty,\n"Abai" St 1' }), // row 4, a quoted line break
      voterCsvLine(a), // row 5: duplicate of row 2
      `${zeroLed.slice(1)},${c.last_name},${c.first_name},,2005-06-07,Almaty,412`, // row 6: zero dropped
      `${minor},Minor,Child,,2012-04-05,Almaty,412`, // row 7: under age
      `"6,12E+10",${d.last_name}`, // row 8: scientific notation and too few cells
    ].join('\r\n');
    const { code, body } = await json('voters', 'check', file(text), '--voting-day', '2027-03-19');
    expect(code).toBe(1);
    expect(body).toMatchObject({ rows: 6, valid: 3, skipped_checks: [] });
    const codes = (list: unknown) =>
      (list as { row: number; code: string; field: string | null }[]).map((e) => [
        e.row,
        e.code,
        e.field,
      ]);
    expect(codes(body.errors)).toEqual(
      expect.arrayContaining([
        [5, 'duplicate_iin', 'iin'],
        [7, 'under_age', 'birth_date'],
        [8, 'column_count', null],
        [8, 'iin_format', 'iin'],
      ]),
    );
    expect(codes(body.warnings)).toEqual([[6, 'iin_leading_zero', 'iin']]);
    for (const error of body.errors as { message: string }[]) expect(error.message).not.toBe('');
  });

  it('exit 0 with warnings only; without a voting day under_age is skipped and said so', async () => {
    const text = [
      CSV_HEADER,
      voterCsvLine(voters[0]!),
      `${minor},Minor,Child,,2012-04-05,Almaty,412`,
    ].join('\n');
    const { code, body } = await json('voters', 'check', file(text));
    expect(code).toBe(0);
    expect(body).toMatchObject({ rows: 2, valid: 2, errors: [], skipped_checks: ['under_age'] });
    const plain = await cli('voters', 'check', file(text));
    expect(plain.out).toContain('2 rows read, 2 valid, 0 errors');
  });

  it('exit 2 with the reason for an unusable file', async () => {
    const cases: [string | Buffer, string][] = [
      ['', 'empty'],
      [Buffer.from([0x50, 0x00, 0x01, 0x02, 0x00, 0x00, 0xff]), 'binary'],
      ['name,comment\nA,B\n', 'no_header'],
      ['iin,last_name,first_name\n061211600012,A,B\n', 'missing_column'],
    ];
    for (const [text, reason] of cases) {
      const { code, body } = await json('voters', 'check', file(text));
      expect([code, (body.error as { code: string }).code]).toEqual([2, reason]);
    }
    expect((await json('voters', 'check', join(folder(), 'absent.csv'))).body).toMatchObject({
      error: { code: 'unreadable' },
    });
    expect(await cli('voters', 'check', file('x'), '--voting-day', '19.03.2027')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--voting-day'),
    });
  });

  it('checks against the list in a data folder, taking its voting day', async () => {
    const t = makeTestCore('2027-03-01T05:00:00Z', folder());
    await setUpPrecinct(t);
    t.core.close();
    const listed = file([CSV_HEADER, voterCsvLine(voters[0]!)].join('\n'));
    expect(
      (
        await json(
          'voters',
          'import',
          listed,
          '--data-dir',
          t.dataDir,
          '--voting-day',
          '2027-03-19',
        )
      ).code,
    ).toBe(2);
    const fresh = folder();
    expect(
      (
        await json(
          'voters',
          'import',
          listed,
          '--data-dir',
          fresh,
          '--voting-day',
          '2027-03-19',
          ...sealed,
        )
      ).code,
    ).toBe(0);
    const again = file(
      [CSV_HEADER, voterCsvLine(voters[0]!), `${minor},Minor,Child,,2012-04-05,Almaty,412`].join(
        '\n',
      ),
    );
    const { code, body } = await json('voters', 'check', again, '--data-dir', fresh, ...sealed);
    expect(code).toBe(1);
    expect(body).toMatchObject({ rows: 2, valid: 1, skipped_checks: ['under_age'] });
    expect((body.errors as { code: string }[]).map((e) => e.code)).toEqual(['duplicate_iin']);
  });
});

describe('precinct-desk voters import', () => {
  it('creates the folder, needs --voting-day, imports the valid rows and keeps the chain whole', async () => {
    const dir = join(folder(), 'new-list');
    const text = [
      CSV_HEADER,
      ...voters.map(voterCsvLine),
      `${minor},Minor,Child,,2012-04-05,Almaty,412`,
    ].join('\n');
    const path = file(text);
    expect(await json('voters', 'import', path, '--data-dir', dir)).toMatchObject({
      code: 2,
      body: { error: { code: 'voting_day_required' } },
    });
    expect(existsSync(dir)).toBe(false);
    const binary = file(Buffer.from([0, 1, 2, 0]));
    expect(
      (
        await json(
          'voters',
          'import',
          binary,
          '--data-dir',
          dir,
          '--voting-day',
          '2027-03-19',
          ...sealed,
        )
      ).code,
    ).toBe(2);
    expect(existsSync(dir)).toBe(false);

    const { code, body } = await json(
      'voters',
      'import',
      path,
      '--data-dir',
      dir,
      '--voting-day',
      '2027-03-19',
      ...sealed,
    );
    expect(code).toBe(1);
    expect(body).toMatchObject({ rows: 5, valid: 4, imported: 4 });
    expect((body.errors as { row: number; code: string }[]).map((e) => [e.row, e.code])).toEqual([
      [6, 'under_age'],
    ]);
    expect(await cli('audit', 'verify', '--data-dir', dir, ...sealed)).toMatchObject({ code: 0 });
    const second = await json(
      'voters',
      'import',
      path,
      '--data-dir',
      dir,
      '--voting-day',
      '2027-03-19',
      ...sealed,
    );
    expect(second.body).toMatchObject({ imported: 0, valid: 0 });
    expect(await cli('audit', 'verify', '--data-dir', dir, ...sealed)).toMatchObject({ code: 0 });
    // A wrong secret opens nothing.
    expect(
      await cli('audit', 'verify', '--data-dir', dir, '--secret-file', secretFile('not-it')),
    ).toMatchObject({ code: 2, err: expect.stringContaining('wrong_passphrase') });
  });

  it('refuses a precinct set up with its commission and writes nothing', async () => {
    const t = makeTestCore('2027-03-01T05:00:00Z', folder());
    const { chair } = await setUpPrecinct(t);
    const events = (t.core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    t.core.close();
    const run = await json(
      'voters',
      'import',
      file([CSV_HEADER, voterCsvLine(voters[0]!)].join('\n')),
      '--data-dir',
      t.dataDir,
      '--voting-day',
      '2027-03-19',
    );
    expect(run).toMatchObject({ code: 2, body: { error: { code: 'precinct_set_up' } } });
    const reopened = await openFolderStore(t.dataDir, { memberId: chair, pin: CHAIR_PIN });
    expect((reopened.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(
      events,
    );
    reopened.close();
  });
});
