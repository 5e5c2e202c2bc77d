/**
 * Workbooks and attachment parts built to exhaust a reader, made in code (no binary fixtures):
 * the bench measures how fast and how cheaply they are refused, and the unit tests check that
 * they are. Each deflate stream of repeated data is one small block compressed with a full
 * flush (so it refers to nothing before it) and written out many times: a gigabyte of zeros
 * costs a megabyte here, and nothing large is ever held in memory.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The entry's bytes, deflated here; or already packed, with the sizes it declares. */
  content: Buffer | { packed: Buffer; size: number; crc: number };
}

/** A raw deflate stream that inflates to `block` repeated `times` times. */
export function repeatedDeflate(block: Buffer, times: number): Buffer {
  const once = deflateRawSync(block, { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: times }, () => once), last]);
}

/** A zip archive (deflated entries, no data descriptors), as spreadsheet programs write one. */
export function zipArchive(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const { packed, size, crc } = Buffer.isBuffer(part.content)
      ? {
          packed: deflateRawSync(part.content),
          size: part.content.length,
          crc: crc32(part.content),
        }
      : part.content;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${text}`);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook has around its first sheet (and shared strings, when given). */
function workbookParts(sheet: ZipPart['content'], sharedStrings?: ZipPart['content']): ZipPart[] {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      content: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      content: xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: xml(
        `<Relationships xmlns="${RELS}">` +
          `<Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
          (sharedStrings
            ? `<Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>`
            : '') +
          '</Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
  ];
  if (sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', content: sharedStrings });
  return parts;
}

/** A column's letters: 0 is A, 26 is AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A sheet of inline-string rows (the first one the header). */
export function sheetXml(rows: readonly (readonly string[])[]): Buffer {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map(
            (cell, c) =>
              `<c r="${columnName(c)}${r + 1}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  return xml(`<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`);
}

/** A plain workbook with the given rows: the control case. */
export function plainWorkbook(rows: readonly (readonly string[])[]): Buffer {
  return zipArchive(workbookParts(sheetXml(rows)));
}

const MiB = 1024 * 1024;

/** The bombs, by name: each a workbook that must be refused as too large. */
export const XLSX_BOMBS = {
  /** A sheet of zeros that declares its gigabyte honestly: refused by the directory's sizes. */
  zip_bomb: () =>
    zipArchive(
      workbookParts({
        packed: repeatedDeflate(Buffer.alloc(MiB), 1024),
        size: 1024 * MiB,
        crc: 0,
      }),
    ),
  /** 300 MiB of zeros, under the total but packed a thousandfold: refused by the ratio. */
  ratio_bomb: () =>
    zipArchive(
      workbookParts({ packed: repeatedDeflate(Buffer.alloc(MiB), 300), size: 300 * MiB, crc: 0 }),
    ),
  /** A sheet that says it holds 1 MiB but unpacks to 2 GiB: stopped at its declared size. */
  lying_sizes: () =>
    zipArchive(
      workbookParts({
        packed: repeatedDeflate(Buffer.alloc(MiB, 0x20), 2048),
        size: MiB,
        crc: 0,
      }),
    ),
  /** Elements nested 100,000 deep (under a megabyte): refused by depth before any parser. */
  deep_nesting: () =>
    zipArchive(
      workbookParts(
        xml(
          `<worksheet xmlns="${MAIN}"><sheetData>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</sheetData></worksheet>`,
        ),
      ),
    ),
  /** 400 MiB of shared strings packed into a few hundred kilobytes. */
  huge_shared_strings: () => {
    const strings = Buffer.from(
      '<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>'.repeat(20_000),
    );
    const times = Math.floor((400 * MiB) / strings.length);
    return zipArchive(
      workbookParts(sheetXml([['ИИН']]), {
        packed: repeatedDeflate(strings, times),
        size: strings.length * times,
        crc: 0,
      }),
    );
  },
  /** One row numbered past the limit: the parser would fill every row before it. */
  too_many_rows: () =>
    zipArchive(
      workbookParts(
        xml(
          `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ИИН</t></is></c></row>` +
            `<row r="2000001"><c r="A2000001" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
        ),
      ),
    ),
  /** A value in the last column (XFD) over 2,000 rows: every row would be 16,384 cells wide. */
  too_many_cells: () =>
    zipArchive(
      workbookParts(
        xml(
          `<worksheet xmlns="${MAIN}"><sheetData>${Array.from(
            { length: 2000 },
            (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`,
          ).join('')}</sheetData></worksheet>`,
        ),
      ),
    ),
} as const;

export type XlsxBomb = keyof typeof XLSX_BOMBS;

/** A deflated attachment part that inflates to `gib` GiB of zeros. */
export function attachmentBomb(gib = 1): Buffer {
  return repeatedDeflate(Buffer.alloc(MiB), gib * 1024);
}
