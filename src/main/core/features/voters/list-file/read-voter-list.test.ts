import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIin } from '@shared/voters/iin';
import { CHUNK_SIZE } from './byte-source';
import { BATCH_SIZE } from './row-batcher';
import {
  ListFileError,
  readVoterList,
  VOTER_COLUMNS,
  type ListFileErrorCode,
  type SourceRow,
} from './index';
import {
  encode1251,
  encodeUtf16,
  fixtureFolder,
  pseudoRandomBytes,
  readAll,
  AHMETOV_CELLS,
} from '../../../../../../tests/support/list-files';

const HEADER = 'ИИН,Фамилия,Имя,Отчество,Дата рождения,Адрес,Участок';
const ROW_A = '850315300009,Ахметов,Жанболат,Серікұлы,15.03.1985,"г. Алматы, ул. Абая, 12",101';
const ROW_B = '061211600012,Сейтқали,Әсел,,11.12.2006,г. Алматы,101';

let files: ReturnType<typeof fixtureFolder>;
beforeEach(() => {
  files = fixtureFolder();
});
afterEach(() => {
  files.remove();
});

async function read(content: string | Uint8Array, name = 'list.csv') {
  return readAll({ path: files.write(name, content) });
}

async function refusal(content: string | Uint8Array, name = 'list.csv'): Promise<ListFileError> {
  let batches = 0;
  const error = await readVoterList({ path: files.write(name, content) }, () => {
    batches++;
  }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(batches).toBe(0); // refused before any row was handed on
  expect(error).toBeInstanceOf(ListFileError);
  return error as ListFileError;
}

async function expectRefused(content: string | Uint8Array, code: ListFileErrorCode) {
  expect((await refusal(content)).code).toBe(code);
}

const numbers = (rows: SourceRow[]) => rows.map((r) => r.row);

describe('reading a CSV list', () => {
  it('reads UTF-8 with a BOM, trims cells and numbers rows as a spreadsheet does', async () => {
    const bytes = Buffer.from(`\uFEFF${HEADER}\n${ROW_A}\n  ${ROW_B}  \n`);
    const { info, rows, batchSizes } = await read(bytes);
    expect(info).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      bom: true,
      delimiter: ',',
      columns: [...VOTER_COLUMNS],
      ignoredHeaders: [],
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(batchSizes).toEqual([2]);
    expect(rows[0]).toEqual({
      row: 2,
      cellCount: 7,
      headerCount: 7,
      fields: { ...AHMETOV_CELLS, address: 'г. Алматы, ул. Абая, 12' },
    });
    expect(rows[1]?.fields.iin).toBe('061211600012');
    expect(rows[1]?.fields.patronymic).toBe('');
    expect(numbers(rows)).toEqual([2, 3]);
  });

  it('detects ";" from the header line, counting only outside quotes', async () => {
    const text = [
      'ИИН;Фамилия;Имя;Дата рождения;Адрес;"Примечание, если есть, и т. д."',
      '850315300009;Ахметов;Жанболат;15.03.1985;г. Алматы, ул. Абая, 12;',
    ].join('\n');
    const { info, rows } = await read(text);
    expect(info.delimiter).toBe(';');
    expect(info.bom).toBe(false);
    expect(info.ignoredHeaders).toEqual(['Примечание, если есть, и т. д.']);
    expect(rows[0]?.fields.address).toBe('г. Алматы, ул. Абая, 12');
  });

  it('keeps "," when the header line has more commas than semicolons', async () => {
    const { info } = await read(`${HEADER}\n${ROW_A}\n`);
    expect(info.delimiter).toBe(',');
  });

  it('reads Windows-1251, where most Kazakh letters arrived as "?"', async () => {
    const text = [
      'ЖСН;Тегі;Аты;Әкесінің аты;Туған күні;Мекенжай;Учаске нөмірі',
      '850315300009;Ахметов;Жанболат;Серікұлы;15.03.1985;г. Алматы, ул. Абая, 12;101',
    ].join('\r\n');
    const bytes = encode1251(text);
    // 1251 has і (for Ukrainian) but none of ә, ғ, қ, ң, ө, ұ, ү, һ.
    expect(new TextDecoder('windows-1251').decode(bytes)).toContain(';?кесіні? аты;Ту?ан к?ні;');
    const { info, rows } = await read(bytes);
    expect(info.encoding).toBe('windows-1251');
    expect(info.columns).toEqual([...VOTER_COLUMNS]);
    expect(rows[0]?.fields.patronymic).toBe('Серік?лы');
    expect(rows[0]?.fields.last_name).toBe('Ахметов');
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside one cell and one row', async () => {
    const text = [
      HEADER,
      '850315300009,"Ахметов","Жан""болат",,15.03.1985,"г. Алматы,\nул. Абая,\r\nд. 12",101',
      ROW_B,
      '',
    ].join('\r\n');
    const { rows } = await read(text);
    expect(numbers(rows)).toEqual([2, 3]); // the quoted line breaks start no row
    expect(rows[0]?.fields.first_name).toBe('Жан"болат');
    expect(rows[0]?.fields.address).toBe('г. Алматы,\nул. Абая,\r\nд. 12');
    expect(rows[1]?.fields.first_name).toBe('Әсел');
  });

  it('reports ragged rows by their cell counts and leaves missing cells absent', async () => {
    const text = [HEADER, '850315300009,Ахметов,Жанболат', `${ROW_B},лишнее`].join('\n');
    const { rows } = await read(text);
    expect(rows[0]).toEqual({
      row: 2,
      cellCount: 3,
      headerCount: 7,
      fields: { iin: '850315300009', last_name: 'Ахметов', first_name: 'Жанболат' },
    });
    expect(rows[1]?.cellCount).toBe(8);
  });

  it('counts empty lines and all-empty records as rows but hands none of them on', async () => {
    const text = [HEADER, '', ROW_A, ',,,,,,', '   ', ' , ;, ', ROW_B, '', ''].join('\n');
    const { rows } = await read(text);
    // Row 6 (" , ;, ") holds a ';' in one cell: not empty.
    expect(numbers(rows)).toEqual([3, 6, 7]);
  });

  it('does not make a row of the final line break', async () => {
    for (const ending of ['', '\n', '\r\n']) {
      const { rows } = await read(`${HEADER}\n${ROW_A}${ending}`);
      expect(numbers(rows)).toEqual([2]);
    }
  });

  it('reads CRLF, LF, mixed and bare-CR line endings alike', async () => {
    const expected = await read(`${HEADER}\n${ROW_A}\n${ROW_B}\n`);
    for (const text of [
      `${HEADER}\r\n${ROW_A}\r\n${ROW_B}\r\n`,
      `${HEADER}\r\n${ROW_A}\n${ROW_B}\r\n`,
      `${HEADER}\r${ROW_A}\r${ROW_B}\r`,
      `${HEADER}\r\n${ROW_A}\r\n${ROW_B}`,
    ]) {
      const { rows } = await read(text);
      expect(rows).toEqual(expected.rows);
    }
  });

  it('reads a CRLF file whose rows end in a quoted cell', async () => {
    const text = `Фамилия,Имя,ИИН,Дата рождения,Адрес\r\nАхметов,Жанболат,850315300009,15.03.1985,"Абая, 12"\r\nКим,Ирина,061211600012,11.12.2006,"Гоголя, 3"\r\n`;
    const { rows } = await read(text);
    expect(rows.map((r) => r.fields.address)).toEqual(['Абая, 12', 'Гоголя, 3']);
    expect(rows.map((r) => r.cellCount)).toEqual([5, 5]);
  });

  it('passes an IIN that lost its leading zero or went through scientific notation as written', async () => {
    const text = [
      'ИИН;Фамилия;Имя;Дата рождения;Адрес',
      '61211600012;Сейтқали;Әсел;11.12.2006;Алматы',
      '6,12116E+10;Сейтқали;Әсел;11.12.2006;Алматы',
    ].join('\n');
    const { rows } = await read(text);
    expect(rows.map((r) => r.fields.iin)).toEqual(['61211600012', '6,12116E+10']);
  });

  it('reads a file with only the header', async () => {
    const { info, rows, batchSizes } = await read(`${HEADER}\r\n`);
    expect(rows).toEqual([]);
    expect(batchSizes).toEqual([]);
    expect(info.columns).toHaveLength(7);
  });

  it('tells format by content, not by the file name', async () => {
    const { info } = await read(`${HEADER}\n${ROW_A}\n`, 'list.xlsx');
    expect(info.format).toBe('csv');
  });

  it('reads bytes in memory like a file', async () => {
    const bytes = Buffer.from(`${HEADER}\n${ROW_A}\n${ROW_B}\n`);
    const fromFile = await read(bytes);
    const fromBytes = await readAll({ bytes: new Uint8Array(bytes), name: 'list.csv' });
    expect(fromBytes).toEqual(fromFile);
  });
});

describe('headers', () => {
  it('recognises Russian, Kazakh and English names, ignoring case and spacing', async () => {
    const text = [
      '  иин ; ФАМИЛИЯ ;Аты;  Отчество;Date of birth;Мекен-жайы;№ участка;Примечание;',
      '850315300009;Ахметов;Жанболат;Серікович;15.03.1985;Абая, 12;101;;',
    ].join('\n');
    const { info, rows } = await read(text);
    expect(info.columns).toEqual([...VOTER_COLUMNS]);
    expect(info.ignoredHeaders).toEqual(['Примечание']);
    expect(rows[0]?.headerCount).toBe(9);
    expect(rows[0]?.fields.precinct).toBe('101');
  });

  it('keeps recognised columns in file order and reads a repeated one from its first cell', async () => {
    const text = [
      'Адрес,Фамилия,Имя,Дата рождения,ИИН,Фамилия',
      'Абая 12,Ахметов,Жанболат,15.03.1985,850315300009,Другая',
    ].join('\n');
    const { info, rows } = await read(text);
    expect(info.columns).toEqual(['address', 'last_name', 'first_name', 'birth_date', 'iin']);
    expect(info.ignoredHeaders).toEqual(['Фамилия']);
    expect(rows[0]?.fields.last_name).toBe('Ахметов');
  });

  it('refuses a file whose first row names no column', async () => {
    const error = await refusal(`${ROW_A}\n${ROW_B}\n`);
    expect(error.code).toBe('no_header');
  });

  it('refuses a file whose header starts on a later line', async () => {
    expect((await refusal(`\n${HEADER}\n${ROW_A}\n`)).code).toBe('no_header');
  });

  it('names the required columns that are missing', async () => {
    const error = await refusal(`ИИН,Имя,Отчество,Участок\n850315300009,Жанболат,,101\n`);
    expect(error.code).toBe('missing_column');
    expect(error.details?.columns).toEqual(['last_name', 'birth_date', 'address']);
  });
});

describe('files that are not lists', () => {
  it('refuses an empty file, blanks only and a BOM only', async () => {
    await expectRefused('', 'empty');
    await expectRefused(' \r\n\t \n', 'empty');
    await expectRefused(Buffer.from('\uFEFF\r\n'), 'empty');
  });

  it('refuses binary data', async () => {
    const bytes = pseudoRandomBytes(5000, 7);
    bytes[100] = 0;
    await expectRefused(bytes, 'binary');
  });

  it('refuses UTF-16, with or without a BOM', async () => {
    const text = `${HEADER}\r\n${ROW_A}\r\n`;
    await expectRefused(encodeUtf16(text, 'le', true), 'encoding');
    await expectRefused(encodeUtf16(text, 'be', true), 'encoding');
    await expectRefused(encodeUtf16(text, 'le', false), 'encoding');
    await expectRefused(encodeUtf16(text, 'be', false), 'encoding');
  });

  it('refuses text that is neither UTF-8 nor Windows-1251', async () => {
    // Control bytes and bytes 1251 leaves undefined or uses for punctuation; not UTF-8 either.
    const noise = [0x01, 0x02, 0x05, 0x07, 0x08, 0x1b, 0x98, 0x85, 0x96, 0x97, 0xab, 0xbb];
    const garbage = Uint8Array.from(pseudoRandomBytes(3000, 3), (b) => noise[b % noise.length]!);
    await expectRefused(garbage, 'encoding');
  });

  it('refuses a zip that is not a workbook, and a path that cannot be read', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...pseudoRandomBytes(200, 1)]);
    await expectRefused(zip, 'unreadable');
    const missing = await readVoterList({ path: `${files.write('x', '')}-missing` }, () => {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect((missing as ListFileError).code).toBe('unreadable');
  });
});

describe('large files', () => {
  /** Rows of Cyrillic text long enough to cross several chunk boundaries. */
  function bigList(rows: number, delimiter: string): { text: string; iins: string[] } {
    const iins: string[] = [];
    const lines = [HEADER.replaceAll(',', delimiter)];
    for (let i = 0; i < rows; i++) {
      const iin = makeIin('1985-03-15', i % 2 ? 'male' : 'female', i % 9000) ?? '';
      iins.push(iin);
      const address = `"г. Алматы, ул. Жібек жолы, д. ${i % 300},\nкв. ${i}"`;
      lines.push(
        [iin, 'Әбдіразақов', 'Жанболат', 'Серікұлы', '15.03.1985', address, '101'].join(delimiter),
      );
      if (i % 1000 === 999) lines.push('');
    }
    return { text: `${lines.join('\r\n')}\r\n`, iins };
  }

  it('reads across chunk boundaries (UTF-8): every row, numbered, in full batches', async () => {
    const { text, iins } = bigList(30_000, ',');
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * CHUNK_SIZE);
    const { rows, batchSizes } = await read(text);
    expect(rows).toHaveLength(30_000);
    expect(rows.map((r) => r.fields.iin)).toEqual(iins);
    expect(rows.every((r) => r.cellCount === 7 && r.fields.last_name === 'Әбдіразақов')).toBe(true);
    expect(rows.every((r, i) => r.fields.address?.endsWith(`кв. ${i}`))).toBe(true);
    // One empty line after every thousand rows: row numbers skip it.
    expect(rows[999]?.row).toBe(1001);
    expect(rows[1000]?.row).toBe(1003);
    expect(rows.at(-1)?.row).toBe(30_000 + 1 + 29);
    expect(batchSizes.slice(0, -1).every((size) => size === BATCH_SIZE)).toBe(true);
  });

  it('reads across chunk boundaries (Windows-1251)', async () => {
    const { text, iins } = bigList(30_000, ';');
    const { info, rows } = await read(encode1251(text));
    expect(info.encoding).toBe('windows-1251');
    expect(rows.map((r) => r.fields.iin)).toEqual(iins);
    expect(rows.every((r) => r.fields.last_name === '?бдіраза?ов')).toBe(true);
  });

  it('waits for each batch before reading on', async () => {
    const { text } = bigList(5000, ',');
    let busy = false;
    let overlapped = false;
    let batches = 0;
    await readVoterList({ path: files.write('big.csv', text) }, async () => {
      if (busy) overlapped = true;
      busy = true;
      await new Promise((resolve) => setTimeout(resolve, 2));
      batches++;
      busy = false;
    });
    expect(batches).toBe(Math.ceil(5000 / BATCH_SIZE));
    expect(overlapped).toBe(false);
  });
});
