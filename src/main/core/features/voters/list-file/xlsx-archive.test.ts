import { truncateSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainWorkbook, XLSX_BOMBS, zipArchive, type XlsxBomb } from '../../../../bench/xlsx-bombs';
import { fixtureFolder, readAll } from '../../../../../../tests/support/list-files';
import { ListFileError } from './index';
import { readZipDirectory } from './xlsx-archive';
import { XLSX_LIMITS } from './xlsx-limits';
import { XmlScan } from './xml-scan';

let files: ReturnType<typeof fixtureFolder>;
beforeEach(() => {
  files = fixtureFolder();
});
afterEach(() => {
  files.remove();
});

const HEADER = ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Адрес'];
const ROW = ['061211600012', 'Сейтқали', 'Әсел', '', '2006-12-11', 'г. Алматы'];

async function refusal(bytes: Buffer): Promise<ListFileError> {
  const path = files.write('list.xlsx', bytes);
  const error = await readAll({ path }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ListFileError);
  return error as ListFileError;
}

describe('an .xlsx workbook is checked before it is parsed', () => {
  it('reads a plain workbook and one from a spreadsheet library', async () => {
    const { rows } = await readAll({
      path: files.write('plain.xlsx', plainWorkbook([HEADER, ROW])),
    });
    expect(rows.map((r) => r.fields.last_name)).toEqual(['Сейтқали']);
    const written = await writeXlsxFile([HEADER, ROW]).toBuffer();
    expect(readZipDirectory(written).length).toBeGreaterThan(3);
    expect((await readAll({ path: files.write('lib.xlsx', written) })).rows).toHaveLength(1);
  });

  const limits: Record<XlsxBomb, string> = {
    zip_bomb: 'unpacked_bytes',
    ratio_bomb: 'ratio',
    lying_sizes: 'declared_size',
    deep_nesting: 'depth',
    huge_shared_strings: 'ratio',
    too_many_rows: 'rows',
    too_many_cells: 'cells',
  };
  for (const [bomb, limit] of Object.entries(limits) as [XlsxBomb, string][]) {
    it(`refuses a crafted workbook as too large: ${bomb}`, async () => {
      const bytes = XLSX_BOMBS[bomb]();
      // Each is small on disk: the danger is in what it unpacks to.
      expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
      const error = await refusal(bytes);
      expect(error.code).toBe('file_too_large');
      expect(error.details?.limit).toBe(limit);
    });
  }

  it('refuses a workbook whose entries are not those its directory lists, or that has a DTD', async () => {
    const honest = plainWorkbook([HEADER, ROW]);
    // A hidden entry before the first listed one: a reader walking the entries would see it.
    const hidden = Buffer.concat([
      zipArchive([{ name: 'hidden.xml', content: Buffer.from('<a/>') }]).subarray(0, 40),
      honest,
    ]);
    expect((await refusal(hidden)).code).toBe('unreadable');
    const withDtd = zipArchive([
      {
        name: 'xl/worksheets/sheet1.xml',
        content: Buffer.from('<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet/>'),
      },
    ]);
    expect((await refusal(withDtd)).code).toBe('unreadable');
    expect((await refusal(honest.subarray(0, honest.length - 30))).code).toBe('unreadable');
  });

  it('refuses a file larger than everything it could unpack to, unread', async () => {
    // A zip signature, then a hole: only the file's size is looked at.
    const path = files.write('big.xlsx', Buffer.from('PK\u0003\u0004'));
    truncateSync(path, XLSX_LIMITS.unpackedBytes + 1);
    const error = (await readAll({ path }).catch((thrown: unknown) => thrown)) as ListFileError;
    expect(error.code).toBe('file_too_large');
    expect(error.details?.limit).toBe('file_bytes');
  });
});

describe('the XML scan', () => {
  const scanned = (text: string, sheet = true, chunk = 1) => {
    const scan = new XmlScan('sheet.xml', sheet);
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; at += chunk) scan.feed(bytes.subarray(at, at + chunk));
    scan.end();
    return scan;
  };

  it('tells tags from comments, CDATA, quoted > and prefixes, across chunk boundaries', () => {
    const text =
      '<?xml version="1.0"?><x:worksheet><!-- <row> > --><x:sheetData>' +
      '<x:row r="1"><x:c r="B1" t="s" note="a>b"><x:v>1</x:v></x:c><x:c/></x:row>' +
      '<row><c><is><t><![CDATA[<row><row>]]></t></is></c></row></x:sheetData></x:worksheet>';
    for (const chunk of [1, 2, 3, 7, 1000]) expect(() => scanned(text, true, chunk)).not.toThrow();
    expect(() => scanned('<a><b></a>')).toThrow(/cut short/);
    expect(() => scanned('<a></a></a>')).toThrow(/closes more/);
  });

  it('counts rows by their numbers and columns by their letters', () => {
    const wide = `<w><sheetData><row r="3000"><c r="ZZ3000"><v>1</v></c></row></sheetData></w>`;
    expect(() => scanned(wide)).not.toThrow();
    const wider = `<w><sheetData><row r="5000"><c r="XFD5000"><v>1</v></c></row></sheetData></w>`;
    expect(() => scanned(wider)).toThrow(/cells/);
    // Empty cells (<c/>) widen nothing, and a sheet's limits do not apply to other parts.
    const empty = `<w><sheetData><row r="5000"><c r="XFD5000"/></row></sheetData></w>`;
    expect(() => scanned(empty)).not.toThrow();
    expect(() => scanned(wider, false)).not.toThrow();
  });
});
