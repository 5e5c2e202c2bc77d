/**
 * The built command line, run as users run it: its voter import reads and checks the file in
 * the bundled worker thread, and a workbook in the bundled worker process (unit tests run the
 * same checks inline, from source), so this proves the workers give the same report and write
 * the same rows.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeIin } from '../../src/shared/voters/iin';
import { openFolderStore } from '../support/at-rest';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../../src/main/bench/sample-voters';
import { plainWorkbook, XLSX_BOMBS } from '../../src/main/bench/xlsx-bombs';

const root = resolve(import.meta.dirname, '../..');

/** The secret that seals each test's new data folder (`voters import --secret-file`). */
const FOLDER_SECRET = 'built-cli-folder';
let secretFolder: string | null = null;
test.afterAll(() => {
  if (secretFolder) rmSync(secretFolder, { recursive: true, force: true });
});

/** Runs the built command line; a command given a data folder opens it with its secret. */
function cli(...args: string[]) {
  secretFolder ??= mkdtempSync(join(tmpdir(), 'built-cli-secret-'));
  const secret = join(secretFolder, 'secret.txt');
  writeFileSync(secret, `${FOLDER_SECRET}\n`, { mode: 0o600 });
  const sealed = args.includes('--data-dir') ? ['--secret-file', secret] : [];
  const run = spawnSync(process.execPath, [join(root, 'out/main/cli.js'), ...args, ...sealed], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

test('voters import through the worker: report, rows, duplicates against the list, chain', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-built-cli-'));
  try {
    const voters = [...sampleVoters(3000, '2027-03-19', 11)];
    const minor = makeIin('2012-04-05', 'female', 3) ?? '';
    const rows = [
      CSV_HEADER,
      ...voters.map(voterCsvLine),
      voterCsvLine(voters[10]!), // row 3002: a duplicate of row 12
      `${minor},Minor,Child,,2012-04-05,Almaty,412`, // row 3003: under age
    ];
    const list = join(folder, 'list.csv');
    writeFileSync(list, rows.join('\n'));
    const dataDir = join(folder, 'data');
    const first = cli(
      'voters',
      'import',
      list,
      '--data-dir',
      dataDir,
      '--voting-day',
      '2027-03-19',
      '--json',
    );
    expect(first.code, first.err).toBe(1);
    const report = JSON.parse(first.out) as {
      rows: number;
      valid: number;
      imported: number;
      errors: { row: number; code: string }[];
    };
    expect(report).toMatchObject({ rows: 3002, valid: 3000, imported: 3000 });
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [3002, 'duplicate_iin'],
      [3003, 'under_age'],
    ]);
    expect(cli('audit', 'verify', '--data-dir', dataDir).code).toBe(0);

    // A second file is checked against the list the first one made (read by the worker).
    const more = join(folder, 'more.csv');
    const fresh = [...sampleVoters(5, '2027-03-19', 99)];
    writeFileSync(
      more,
      [CSV_HEADER, ...voters.slice(0, 2).map(voterCsvLine), ...fresh.map(voterCsvLine)].join('\n'),
    );
    const second = cli(
      'voters',
      'import',
      more,
      '--data-dir',
      dataDir,
      '--voting-day',
      '2027-03-19',
      '--json',
    );
    const again = JSON.parse(second.out) as {
      imported: number;
      errors: { row: number; code: string }[];
    };
    expect(again.imported).toBe(5);
    expect(again.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'duplicate_iin'],
      [3, 'duplicate_iin'],
    ]);
    expect(cli('audit', 'verify', '--data-dir', dataDir).code).toBe(0);

    // The events name each file by its SHA-256 (hashed beside the worker's check).
    const db = await openFolderStore(dataDir, { folderSecret: FOLDER_SECRET });
    const hashes = db
      .prepare(
        `SELECT json_extract(payload_json, '$.file_sha256') AS sha256 FROM events
         WHERE type = 'voters.imported' ORDER BY seq`,
      )
      .all() as { sha256: string }[];
    db.close();
    const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(hashes.map((h) => h.sha256)).toEqual([sha256(list), sha256(more)]);

    // An unusable file is refused by the worker before any row, and nothing is written.
    const binary = join(folder, 'binary.csv');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2]));
    const refused = cli(
      'voters',
      'import',
      binary,
      '--data-dir',
      join(folder, 'none'),
      '--voting-day',
      '2027-03-19',
      '--json',
    );
    expect(refused.code).toBe(2);
    expect((JSON.parse(refused.out) as { error: { code: string } }).error.code).toBe('unreadable');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a workbook is parsed in the bundled worker process; a bomb is refused there, unwritten', () => {
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-built-cli-'));
  try {
    const voters = [...sampleVoters(200, '2027-03-19', 5)];
    const workbook = join(folder, 'list.xlsx');
    writeFileSync(
      workbook,
      plainWorkbook([
        ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Адрес'],
        ...voters.map((v) => [
          v.iin,
          v.last_name,
          v.first_name,
          v.patronymic ?? '',
          v.birth_date,
          v.address,
        ]),
      ]),
    );
    const dataDir = join(folder, 'data');
    const imported = cli(
      'voters',
      'import',
      workbook,
      '--data-dir',
      dataDir,
      '--voting-day',
      '2027-03-19',
      '--json',
    );
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ rows: 200, valid: 200, imported: 200 });

    // Deep nesting passes the directory check and is caught by the scan in the worker process.
    for (const bomb of ['deep_nesting', 'zip_bomb'] as const) {
      const path = join(folder, `${bomb}.xlsx`);
      writeFileSync(path, XLSX_BOMBS[bomb]());
      const refused = cli(
        'voters',
        'import',
        path,
        '--data-dir',
        dataDir,
        '--voting-day',
        '2027-03-19',
        '--json',
      );
      expect(refused.code, refused.err).toBe(2);
      expect((JSON.parse(refused.out) as { error: { code: string } }).error.code).toBe(
        'file_too_large',
      );
    }
    expect(cli('audit', 'verify', '--data-dir', dataDir).code).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
