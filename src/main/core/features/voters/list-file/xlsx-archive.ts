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
import { malformed, tooLarge, XLSX_LIMITS } from './xlsx-limits';
import { XmlScan } from './xml-scan';

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

/** Both steps: the directory, then every entry unpacked within bounds. */
export async function checkXlsxArchive(bytes: Buffer): Promise<void> {
  await scanZipEntries(bytes, readZipDirectory(bytes));
}
