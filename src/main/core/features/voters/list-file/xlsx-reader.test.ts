import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListFileError, readVoterList, VOTER_COLUMNS } from './index';
import { fixtureFolder, readAll, AHMETOV_CELLS } from '../../../../../../tests/support/list-files';
import { cellText } from './xlsx-reader';

let files: ReturnType<typeof fixtureFolder>;
beforeEach(() => {
  files = fixtureFolder();
});
afterEach(() => {
  files.remove();
});

async function workbook(data: SheetData): Promise<Buffer> {
  return writeXlsxFile(data, { dateFormat: 'dd.mm.yyyy' }).toBuffer();
}

const HEADER = ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Адрес', 'Участок'];

describe('reading an .xlsx list', () => {
  it('reads the first sheet: numbers in full, dates as YYYY-MM-DD, sheet row numbers', async () => {
    const bytes = await workbook([
      HEADER,
      [
        61211600012, // an IIN Excel took for a number: the leading zero is gone
        'Сейтқали',
        'Әсел',
        null,
        new Date(Date.UTC(2006, 11, 11)),
        'г. Алматы, ул. Абая, 12',
        101,
      ],
      [null, null, null, null, null, null, null], // an empty row in the middle
      [
        850315300009,
        ' Ахметов ',
        'Жанболат',
        'Серікұлы',
        '15.03.1985',
        'г. Алматы',
        { value: 101, type: Number },
      ],
    ]);
    const { info, rows } = await readAll({ path: files.write('list.xlsx', bytes) });
    expect(info).toMatchObject({
      format: 'xlsx',
      encoding: null,
      bom: false,
      delimiter: null,
      columns: [...VOTER_COLUMNS],
      ignoredHeaders: [],
      bytes: bytes.length,
    });
    expect(rows).toEqual([
      {
        row: 2,
        cellCount: 7,
        headerCount: 7,
        fields: {
          iin: '61211600012',
          last_name: 'Сейтқали',
          first_name: 'Әсел',
          patronymic: '',
          birth_date: '2006-12-11',
          address: 'г. Алматы, ул. Абая, 12',
          precinct: '101',
        },
      },
      {
        row: 4,
        cellCount: 7,
        headerCount: 7,
        fields: { ...AHMETOV_CELLS, address: 'г. Алматы' },
      },
    ]);
  });

  it('keeps sheet row numbers across several empty rows and reads a workbook named .csv', async () => {
    const bytes = await workbook([
      ['ЖСН', 'Тегі', 'Аты', 'Туған күні', 'Мекенжай'],
      [],
      [],
      [850315300009, 'Ахметов', 'Жанболат', new Date(Date.UTC(1985, 2, 15)), 'Алматы'],
      [],
    ]);
    const { info, rows } = await readAll({ bytes, name: 'list.csv' });
    expect(info.format).toBe('xlsx');
    expect(rows.map((r) => r.row)).toEqual([4]);
    expect(rows[0]?.fields.birth_date).toBe('1985-03-15');
  });

  it('refuses a workbook without the required columns, before any row', async () => {
    const bytes = await workbook([
      ['ИИН', 'Имя'],
      [850315300009, 'Жанболат'],
    ]);
    let batches = 0;
    const error = await readVoterList({ bytes, name: 'x.xlsx' }, () => {
      batches++;
    }).catch((e: unknown) => e);
    expect(batches).toBe(0);
    expect(error).toBeInstanceOf(ListFileError);
    expect((error as ListFileError).code).toBe('missing_column');
    expect((error as ListFileError).details?.columns).toEqual([
      'last_name',
      'birth_date',
      'address',
    ]);
  });

  it('refuses a workbook whose first sheet is empty', async () => {
    const bytes = await workbook([]);
    const error = await readVoterList({ bytes, name: 'x.xlsx' }, () => {}).catch((e: unknown) => e);
    expect((error as ListFileError).code).toBe('empty');
  });
});

describe('cellText', () => {
  it('writes numbers as a person sees them, without exponent or ".0"', () => {
    expect(cellText(61211600012)).toBe('61211600012');
    expect(cellText(850315300009)).toBe('850315300009');
    expect(cellText(1e21)).toBe('1000000000000000000000');
    expect(cellText(-5)).toBe('-5');
    expect(cellText(101.5)).toBe('101.5');
  });

  it('writes dates by their UTC day, so no time zone shifts them', () => {
    expect(cellText(new Date(Date.UTC(2000, 1, 29)))).toBe('2000-02-29');
    expect(cellText(new Date(Date.UTC(1985, 2, 15, 23, 59)))).toBe('1985-03-15');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('writes the rest as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText('  Абая  ')).toBe('Абая');
  });
});
