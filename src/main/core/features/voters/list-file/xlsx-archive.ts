/**
 * The check of an .xlsx workbook before anything parses it. A workbook is a zip archive of XML
 * files, and a small one can unpack into gigabytes (a 410 KB file once took 908 MB to read),
 * so it is checked in two steps, neither of which holds more than a chunk of it unpacked:
 *
 * 1. its central directory: the sizes each entry declares, packed and unpacked (at most
 *    512 MiB unpacked in all, no entry shrunk more than 256 times), and that its local entries
 *    are exactly the ones listed, one after another (the parser reads the local entries);
 * 2. each entry unpacked as a stream that stops at the size it declared, its XML scanned on
 *    the way: nesting at most 100 deep, no DTD, at most 2,000,000 rows in a sheet and
 *    32,000,000 cells (rows × the rightmost column with a value).
 *
 * Anything over a limit is refused as `file_too_large`, anything malformed as `unreadable`.
 * Only then is the workbook parsed, in a worker process with a capped heap where the app has
 * one (xlsx-worker.ts). Limits: docs/benchmarks.md, "Bounded parsing".
 */
import { createInflateRaw } from 'node:zlib';
import { ListFileError } from './types';

export const XLSX_LIMITS = {
  /** Unpacked bytes of all entries together. */
  unpackedBytes: 512 * 1024 * 1024,
  /** Unpacked over packed size of one entry (deflate cannot go much past 1,000). */
  ratio: 256,
  /** Entries smaller than this unpacked are not held to the ratio (they cost nothing). */
  ratioFloorBytes: 1024 * 1024,
  /** Rows in one sheet (Excel itself stops at 1,048,576). */
  rows: 2_000_000,
  /** Rows × columns of one sheet: the parser fills every row out to the widest one. */
  cells: 32_000_000,
  /** Elements inside one another (real workbooks stay under 20). */
  depth: 100,
  /** Entries in the archive. */
  entries: 10_000,
} as const;

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  packedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's packed data starts (after its local header). */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const HAS_DESCRIPTOR = 0x8;

const tooLarge = (limit: string, message: string) =>
  new ListFileError('file_too_large', message, { limit });
const malformed = (message: string) =>
  new ListFileError('unreadable', `The workbook could not be read: ${message}`);

/** The archive's entries as its central directory lists them, checked against the limits. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  if (end > 20 && bytes.readUInt32LE(end - 20) === ZIP64_EOCD_LOCATOR) {
    // Only archives over 4 GiB or 65,535 entries need ZIP64: far past every limit here.
    throw tooLarge('zip64', 'The workbook is a ZIP64 archive, far larger than a voter list');
  }
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count > XLSX_LIMITS.entries) {
    throw tooLarge('entries', `The workbook has ${count} entries`);
  }
  if (directoryOffset + directorySize > end) throw malformed('its directory lies outside it');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) {
      throw malformed('its directory is damaged');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      packedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === 0xffffffff || entry.packedSize === 0xffffffff) {
      throw tooLarge('zip64', `The entry ${entry.name} declares a ZIP64 size`);
    }
    entries.push({ ...entry, dataOffset: localData(bytes, entry) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  checkSizes(entries);
  checkLayout(bytes, entries, directoryOffset);
  return entries;
}

function findEndOfDirectory(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw malformed('it is not a complete zip archive');
}

function checkSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > XLSX_LIMITS.unpackedBytes) {
      throw tooLarge(
        'unpacked_bytes',
        `The workbook unpacks to more than ${XLSX_LIMITS.unpackedBytes} bytes`,
      );
    }
    if (
      entry.size > XLSX_LIMITS.ratioFloorBytes &&
      entry.size > entry.packedSize * XLSX_LIMITS.ratio
    ) {
      throw tooLarge(
        'ratio',
        `The entry ${entry.name} unpacks ${Math.round(entry.size / Math.max(1, entry.packedSize))} times its size`,
      );
    }
  }
}

/** Where an entry's data starts, after its local header, which must agree with the directory. */
function localData(bytes: Buffer, entry: Omit<ZipEntry, 'dataOffset'>): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) {
    throw malformed(`the entry ${entry.name} is missing`);
  }
  if (entry.flags & ENCRYPTED) throw malformed(`the entry ${entry.name} is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw malformed(`the entry ${entry.name} uses an unknown compression`);
  }
  const flags = bytes.readUInt16LE(at + 6);
  const method = bytes.readUInt16LE(at + 8);
  const packedSize = bytes.readUInt32LE(at + 18);
  const size = bytes.readUInt32LE(at + 22);
  // With a data descriptor the local sizes may be zero; otherwise they are the directory's.
  const sizesAgree =
    (flags & HAS_DESCRIPTOR && packedSize === 0 && size === 0) ||
    (packedSize === entry.packedSize && size === entry.size);
  if (flags !== entry.flags || method !== entry.method || !sizesAgree) {
    throw malformed(`the entry ${entry.name} does not match the directory`);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.packedSize > bytes.length) throw malformed(`the entry ${entry.name} is cut`);
  return start;
}

/**
 * The local entries follow one another from the start to the directory with nothing between
 * them, so a reader walking them (as the parser does) sees exactly the entries listed.
 */
function checkLayout(bytes: Buffer, entries: readonly ZipEntry[], directoryOffset: number): void {
  let next = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    if (entry.localOffset !== next) throw malformed('it holds data its directory does not list');
    next = entry.dataOffset + entry.packedSize;
    if (entry.flags & HAS_DESCRIPTOR) {
      next += next + 4 <= bytes.length && bytes.readUInt32LE(next) === DESCRIPTOR ? 16 : 12;
    }
  }
  if (next !== directoryOffset) throw malformed('it holds data its directory does not list');
}

/** Entries the parser unpacks (read-excel-file reads every .xml and .xml.rels entry). */
export const isXmlEntry = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/**
 * Unpacks every entry as a stream that stops at its declared size (a larger output means the
 * directory lied), scanning the XML of those the parser will read. Holds a chunk at a time.
 */
export async function scanZipEntries(bytes: Buffer, entries: readonly ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    const packed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.packedSize);
    const scan = isXmlEntry(entry.name) ? new XmlScan(entry.name, isSheet(entry.name)) : null;
    let unpacked = 0;
    const take = (chunk: Buffer) => {
      unpacked += chunk.length;
      if (unpacked > entry.size) {
        throw tooLarge('declared_size', `The entry ${entry.name} unpacks past its declared size`);
      }
      scan?.feed(chunk);
    };
    if (entry.method === STORED) take(packed);
    else await inflateBounded(packed, entry.size, take);
    if (unpacked !== entry.size) throw malformed(`the entry ${entry.name} is not the size it says`);
    scan?.end();
  }
}

/**
 * Inflates `packed` chunk by chunk, handing each to `take`; stops as soon as the output passes
 * `maxOutput` (the stream's form of zlib's maxOutputLength) or `take` throws.
 */
function inflateBounded(
  packed: Buffer,
  maxOutput: number,
  take: (chunk: Buffer) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let seen = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      reject(
        error instanceof ListFileError
          ? error
          : malformed(error instanceof Error ? error.message : String(error)),
      );
    };
    inflater.on('data', (chunk: Buffer) => {
      if (failed) return;
      seen += chunk.length;
      try {
        if (seen > maxOutput) throw tooLarge('declared_size', 'The entry unpacks past its size');
        take(chunk);
      } catch (error) {
        fail(error);
      }
    });
    inflater.on('error', fail);
    inflater.on('end', () => {
      if (!failed) resolve();
    });
    inflater.end(packed);
  });
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
/** Bytes of a tag kept for a look at its name and attributes. */
const TAG_KEPT = 256;

/**
 * A streaming look at XML, enough to bound what the parser will build: element depth, DTDs,
 * and in a sheet its rows and the rightmost column holding a value. Not a parser: it only
 * tells tags, comments, CDATA and processing instructions apart, chunk boundaries included.
 */
export class XmlScan {
  private state: 'text' | 'tag' | 'comment' | 'cdata' | 'special' = 'text';
  private quote = 0;
  private readonly tag = Buffer.alloc(TAG_KEPT);
  private tagLength = 0;
  /** The tag's last byte before `>`, kept even past TAG_KEPT (a `/` closes it at once). */
  private lastByte = 0;
  private tail = 0;
  private depth = 0;
  private rows = 0;
  private lastRow = 0;
  private column = 0;
  private widest = 0;

  constructor(
    private readonly name: string,
    private readonly sheet: boolean,
  ) {}

  feed(chunk: Buffer): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.state === 'text') {
        const lt = chunk.indexOf(LT, i);
        if (lt < 0) return;
        this.state = 'tag';
        this.tagLength = 0;
        this.lastByte = 0;
        this.quote = 0;
        i = lt + 1;
      } else if (this.state === 'tag') {
        for (; i < n; i++) {
          const byte = chunk[i]!;
          if (this.quote !== 0) {
            if (byte === this.quote) this.quote = 0;
          } else if (byte === QUOTE || byte === APOSTROPHE) {
            this.quote = byte;
          } else if (byte === GT) {
            i++;
            this.endTag();
            break;
          }
          this.lastByte = byte;
          if (this.tagLength < TAG_KEPT) this.tag[this.tagLength++] = byte;
          if (this.tagLength === 8 && this.tag[0] === BANG) {
            if (this.startsWith('![CDATA[')) this.enter('cdata');
            else if (this.startsWith('!DOCTYPE')) throw malformed(`${this.name} declares a DTD`);
          } else if (this.tagLength === 3 && this.startsWith('!--')) {
            this.enter('comment');
          }
          if (this.state !== 'tag') {
            i++;
            break;
          }
        }
      } else {
        // A comment ends at -->, CDATA at ]]>; the two bytes before > are kept in `tail`.
        const closer = this.state === 'comment' ? 0x2d2d : 0x5d5d;
        for (; i < n; i++) {
          const byte = chunk[i]!;
          if (byte === GT && this.tail === closer) {
            this.state = 'text';
            i++;
            break;
          }
          this.tail = ((this.tail << 8) | byte) & 0xffff;
        }
      }
    }
  }

  end(): void {
    if (this.state !== 'text' || this.depth !== 0) throw malformed(`${this.name} is cut short`);
    this.checkSheet();
  }

  private enter(state: 'comment' | 'cdata'): void {
    this.state = state;
    this.tail = 0;
  }

  private startsWith(text: string): boolean {
    for (let k = 0; k < text.length; k++) {
      if (this.tag[k] !== text.charCodeAt(k)) return false;
    }
    return true;
  }

  private endTag(): void {
    this.state = 'text';
    const first = this.tag[0];
    if (first === QUESTION || first === BANG) return;
    if (first === SLASH) {
      this.depth--;
      if (this.depth < 0) throw malformed(`${this.name} closes more elements than it opens`);
      return;
    }
    const selfClosing = this.lastByte === SLASH;
    if (!selfClosing) {
      this.depth++;
      if (this.depth > XLSX_LIMITS.depth) {
        throw tooLarge('depth', `${this.name} nests elements more than ${XLSX_LIMITS.depth} deep`);
      }
    }
    if (this.sheet) this.sheetTag(selfClosing);
  }

  /** `<row r="N">` and `<c r="AB12">`, with or without a prefix (`r` optional: then the next one). */
  private sheetTag(selfClosing: boolean): void {
    const [start, end] = this.localName();
    const is = (name: string) =>
      end - start === name.length &&
      [...name].every((letter, k) => this.tag[start + k] === letter.charCodeAt(0));
    if (is('row')) {
      this.rows++;
      const [, row] = this.reference();
      this.lastRow = row > 0 ? row : this.lastRow + 1;
      this.column = 0;
      this.checkSheet();
    } else if (is('c')) {
      const [column] = this.reference();
      this.column = column > 0 ? column : this.column + 1;
      // An empty cell (<c .../>) adds no column to the parser's rows.
      if (!selfClosing && this.column > this.widest) {
        this.widest = this.column;
        this.checkSheet();
      }
    }
  }

  /** Where the tag's name starts (after any prefix) and ends. */
  private localName(): [number, number] {
    let start = 0;
    let k = 0;
    while (k < this.tagLength) {
      const byte = this.tag[k]!;
      if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === SLASH) {
        break;
      }
      if (byte === 0x3a /* : */) start = k + 1;
      k++;
    }
    return [start, k];
  }

  /** The column (A = 1) and row of the tag's `r` attribute, 0 where absent. */
  private reference(): [number, number] {
    const tag = this.tag.subarray(0, this.tagLength);
    let at = -1;
    for (const quote of ['"', "'"]) {
      const found = tag.indexOf(` r=${quote}`);
      if (found >= 0 && (at < 0 || found < at)) at = found;
    }
    if (at < 0) return [0, 0];
    let column = 0;
    let row = 0;
    for (let k = at + 4; k < tag.length; k++) {
      const byte = tag[k]!;
      if (byte >= 0x41 && byte <= 0x5a) column = column * 26 + (byte - 0x40);
      else if (byte >= 0x30 && byte <= 0x39) row = row * 10 + (byte - 0x30);
      else break;
      if (row > 1e9 || column > 1e9) break;
    }
    return [column, row];
  }

  private checkSheet(): void {
    const rows = Math.max(this.rows, this.lastRow);
    if (rows > XLSX_LIMITS.rows) {
      throw tooLarge('rows', `${this.name} has more than ${XLSX_LIMITS.rows} rows`);
    }
    if (rows * this.widest > XLSX_LIMITS.cells) {
      throw tooLarge('cells', `${this.name} has more than ${XLSX_LIMITS.cells} cells`);
    }
  }
}

/** Both steps: the directory, then every entry unpacked within bounds. */
export async function checkXlsxArchive(bytes: Buffer): Promise<void> {
  await scanZipEntries(bytes, readZipDirectory(bytes));
}
