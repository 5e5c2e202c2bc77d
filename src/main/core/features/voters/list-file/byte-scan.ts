/**
 * The first pass over a list file's bytes: its SHA-256, whether it is a workbook (zip), and for
 * text whether it is empty, binary, UTF-16 or valid UTF-8 (else it is read as Windows-1251).
 * One streaming pass, so a 130 MB file never sits in memory.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { ByteSource } from './byte-source';
import { ListFileError } from './types';

export interface ByteScan {
  bytes: number;
  sha256: string;
  format: 'csv' | 'xlsx';
  /** For text: valid UTF-8 (with or without BOM), else Windows-1251. */
  encoding: 'utf-8' | 'windows-1251';
  /** Whether the text begins with the UTF-8 byte-order mark EF BB BF. */
  bom: boolean;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": an .xlsx is a zip
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(chunk: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => chunk[i] === byte);
}

function isUtf16Bom(chunk: Uint8Array): boolean {
  return (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
}

function isBlankByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/**
 * UTF-16 without a BOM: Latin, digits and punctuation put a NUL in every other byte, always on
 * the same side. Binary data has NULs on both sides.
 */
function looksLikeUtf16(chunk: Uint8Array): boolean {
  const length = Math.min(chunk.length, 1 << 16) & ~1;
  if (length < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (chunk[i] === 0) even++;
    if (chunk[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  const [more, fewer] = even > odd ? [even, odd] : [odd, even];
  return more >= pairs * 0.2 && fewer <= more * 0.01;
}

/**
 * Where a trailing, possibly incomplete UTF-8 sequence starts (the chunk's length when the chunk
 * ends on a sequence boundary), so that validity is checked across chunk boundaries.
 */
function completeLength(chunk: Uint8Array): number {
  let i = chunk.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((chunk[i] as number) & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return chunk.length;
  const lead = chunk[i] as number;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return chunk.length - i < needed ? i : chunk.length;
}

/**
 * Reads the whole source once. Throws ListFileError 'empty' (no bytes, or only blanks and a
 * BOM), 'encoding' (UTF-16) or 'binary' (NUL bytes) for text that cannot be a list.
 */
export async function scanBytes(source: ByteSource, hashed = true): Promise<ByteScan> {
  const hash = hashed ? createHash('sha256') : null;
  let bytes = 0;
  let first = true;
  let format: ByteScan['format'] = 'csv';
  let bom = false;
  let utf16 = false;
  let nul = false;
  let blank = true;
  let utf8 = true;
  let tail: Buffer = Buffer.alloc(0); // incomplete UTF-8 sequence carried to the next chunk

  for await (const chunk of source.chunks()) {
    hash?.update(chunk);
    bytes += chunk.length;
    let start = 0;
    if (first) {
      first = false;
      if (startsWith(chunk, ZIP_SIGNATURE)) format = 'xlsx';
      bom = startsWith(chunk, UTF8_BOM);
      utf16 = isUtf16Bom(chunk) || (chunk.indexOf(0) !== -1 && looksLikeUtf16(chunk));
      if (bom) start = UTF8_BOM.length;
    }
    if (format === 'xlsx' || utf16) continue; // only the hash is still needed
    if (!nul && chunk.indexOf(0) !== -1) nul = true;
    if (blank) {
      for (let i = start; i < chunk.length; i++) {
        if (!isBlankByte(chunk[i] as number)) {
          blank = false;
          break;
        }
      }
    }
    if (utf8) {
      const joined = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
      const complete = completeLength(joined);
      utf8 = isUtf8(joined.subarray(0, complete));
      tail = Buffer.from(joined.subarray(complete)); // a copy: the chunk buffer is reused
    }
  }
  if (utf8 && tail.length > 0) utf8 = false; // the file ends inside a sequence

  const sha256 = hash?.digest('hex') ?? '';
  if (bytes === 0) throw new ListFileError('empty', 'The file is empty.');
  if (format === 'xlsx') return { bytes, sha256, format, encoding: 'utf-8', bom: false };
  if (utf16) {
    throw new ListFileError(
      'encoding',
      'The file is UTF-16 text; save it as CSV in UTF-8 (or Windows-1251).',
    );
  }
  if (nul) throw new ListFileError('binary', 'The file holds binary data (NUL bytes), not text.');
  if (blank) throw new ListFileError('empty', 'The file holds no text.');
  return { bytes, sha256, format, encoding: utf8 ? 'utf-8' : 'windows-1251', bom };
}
