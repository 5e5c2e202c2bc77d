import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  fieldsText,
  keysOfRowData,
  splitFieldsText,
  voterBatchInserter,
  voterKeys,
  type VoterData,
} from './voter-store';
import { openStore } from '../../feature-list';

/** A voter's seven data fields as an import hands them on. */
const dataFields = (data: VoterData) => [
  data.iin,
  data.last_name,
  data.first_name,
  data.patronymic ?? '',
  data.birth_date,
  data.address,
  data.precinct === null ? '' : String(data.precinct),
];

describe('the import writer', () => {
  it('stores batches of any size through its joined fields exactly, nulls included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-store-'));
    const db = openStore(dir);
    onTestFinished(() => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const source = '0b6f3c1e-6a51-4d1c-9a3e-2f1d5c7b9e10';
    const insert = voterBatchInserter(db, source);
    const row = (i: number): VoterData => ({
      iin: String(i).padStart(12, '0'),
      last_name: `Сағатов ${i}`,
      first_name: 'tab\there',
      patronymic: i % 3 === 0 ? null : 'Әлиұлы',
      birth_date: '1990-05-01',
      address: `line\nbreak ${i}`,
      precinct: i % 4 === 0 ? null : 412,
    });
    // 123 rows: two statements of many rows, then the rest one by one.
    const batch = Array.from({ length: 123 }, (_, i) => row(i));
    const data = batch.flatMap(dataFields);
    const keys = keysOfRowData(data);
    expect(keys).toEqual(batch.flatMap((voter) => Object.values(voterKeys(voter))));
    const sent = splitFieldsText(fieldsText(data), batch.length * 7);
    expect(insert(sent, splitFieldsText(fieldsText(keys), batch.length * 3))).toBe(123);
    const stored = db
      .prepare(
        `SELECT iin, last_name, first_name, patronymic, birth_date, address, precinct, last_key,
           first_key, patronymic_key, status, source FROM voters ORDER BY id`,
      )
      .all();
    const sourceNumber = (
      db.prepare('SELECT id FROM voter_sources WHERE name = ?').get(source) as { id: number }
    ).id;
    expect(stored).toEqual(
      batch.map((data) => ({
        ...data,
        ...voterKeys(data),
        status: 'listed',
        source: sourceNumber,
      })),
    );
  });

  it('refuses a batch whose fields do not make whole rows', () => {
    const fields = dataFields({
      iin: '061211600012',
      last_name: 'A',
      first_name: 'B',
      patronymic: null,
      birth_date: '2006-12-11',
      address: 'C\0D',
      precinct: null,
    });
    expect(() => splitFieldsText(fieldsText(fields), 7)).toThrow(/8 fields, not 7/);
  });
});
