/**
 * The second pass over a text list: decode a chunk at a time, parse with Papa Parse, hand on
 * batches of rows. Memory stays flat whatever the file's size: only the current chunk, the
 * record it cut in two and one batch are held.
 *
 * Papa's own stream front-ends are not used: with a Node stream its pause()/resume() do not
 * hold the source back (papaparse#422, #1136), so an async onBatch could not apply
 * backpressure. Its Parser is driven here exactly as its ChunkStreamer drives it: each chunk is
 * parsed after the partial record left from the one before, the last (maybe incomplete) record
 * is held back until the next chunk, and the file's end parses what is left.
 */
import Papa, { type ParseResult, type Parser } from 'papaparse';
import type { ByteSource } from './byte-source';
import { io } from './byte-source';
import { readHeader, type HeaderLayout } from './header';
import { RowBatcher } from './row-batcher';
import { ListFileError, type ListFileInfo, type OnBatch } from './types';

/** Below this share of letters among visible characters, "Windows-1251" text is garbage. */
const MIN_LETTER_SHARE = 0.25;
/** Above this share of control characters, likewise. */
const MAX_CONTROL_SHARE = 0.02;
/** A first line longer than this (in characters) is no header. */
const MAX_HEADER_LENGTH = 1 << 22;

/**
 * Text decoded as Windows-1251 that is not a list at all (another code page, a binary without
 * NUL bytes) shows few letters and many control characters. Checked on the first chunk.
 */
function checkLooksLikeText(text: string): void {
  const visible = text.replace(/\s/gu, '').length;
  if (visible === 0) return;
  const letters = text.replace(/\P{L}/gu, '').length;
  const controls = text.replace(/[^\p{Cc}]|[\t\n\r]/gu, '').length;
  if (letters < visible * MIN_LETTER_SHARE || controls > text.length * MAX_CONTROL_SHARE) {
    throw new ListFileError(
      'encoding',
      'The text is neither UTF-8 nor Windows-1251 (almost no letters in it).',
    );
  }
}

/** Where the first record ends: the first line break outside quotes (-1 if none yet). */
function firstRecordEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x0a || c === 0x0d)) return i;
  }
  return -1;
}

/** ';' when the header line holds more semicolons than commas outside quotes, else ','. */
function detectDelimiter(headerLine: string): ',' | ';' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && c === 0x2c) commas++;
    else if (!quoted && c === 0x3b) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Records end at LF; a CR before it is trailing blank in the last cell, which is trimmed, and
 * Papa takes a closing quote followed by CR LF as ending the record. So CRLF, LF and files that
 * mix them all read alike. Only a file with bare CRs (old Mac) uses CR.
 */
function detectNewline(sample: string): '\n' | '\r' {
  return sample.includes('\r') && !sample.includes('\n') ? '\r' : '\n';
}

export interface CsvRead {
  delimiter: ',' | ';';
  header: HeaderLayout;
}

/** Parses the text, calling onBatch with its data rows; throws before any batch when unusable. */
export async function readCsv(
  source: ByteSource,
  encoding: NonNullable<ListFileInfo['encoding']>,
  onBatch: OnBatch,
  /** Told the bytes read so far after each chunk's rows were handed on. */
  onRead?: (bytes: number) => void,
): Promise<CsvRead> {
  // The UTF-8 decoder drops a leading BOM itself.
  const decoder = new TextDecoder(encoding);
  const csv = new CsvParse(encoding, onBatch);
  let read = 0;
  for await (const chunk of source.chunks()) {
    await csv.parse(decoder.decode(chunk, { stream: true }), false);
    read += chunk.length;
    onRead?.(read);
  }
  await csv.parse(decoder.decode(), true);
  await io(() => source.checkUnchanged());
  return csv.finish();
}

class CsvParse {
  private parser: Parser | null = null;
  private delimiter: ',' | ';' = ',';
  /** Text read before the header record is complete. */
  private head = '';
  /** The record the last chunk cut off. */
  private partial = '';
  private rows: RowBatcher | null = null;

  constructor(
    private readonly encoding: NonNullable<ListFileInfo['encoding']>,
    private readonly onBatch: OnBatch,
  ) {}

  /** Parses the next piece of text (`last`: the file ends after it). */
  async parse(text: string, last: boolean): Promise<void> {
    if (this.parser === null) {
      this.head += text;
      const end = firstRecordEnd(this.head);
      if (end === -1 && !last) {
        if (this.head.length <= MAX_HEADER_LENGTH) return; // wait for the whole header line
        throw new ListFileError('no_header', 'The first line is too long to be a header.');
      }
      if (this.encoding === 'windows-1251') checkLooksLikeText(this.head);
      this.delimiter = detectDelimiter(end === -1 ? this.head : this.head.slice(0, end));
      this.parser = new Papa.Parser({
        delimiter: this.delimiter,
        newline: detectNewline(this.head),
        quoteChar: '"',
      });
      text = this.head;
      this.head = '';
    }
    let input = this.partial + text;
    if (last && input.endsWith('\r')) input = input.slice(0, -1);
    // ignoreLastRow: until the end, the last record may continue in the next chunk.
    const result = this.parser.parse(input, 0, !last) as ParseResult<string[]>;
    this.partial = last ? '' : input.slice(result.meta.cursor);
    await this.handle(result.data);
  }

  private async handle(records: string[][]): Promise<void> {
    let from = 0;
    if (this.rows === null) {
      const first = records[0];
      if (first === undefined) return;
      this.rows = new RowBatcher(readHeader(first), this.onBatch);
      from = 1;
    }
    await this.rows.addRecords(records, from);
  }

  async finish(): Promise<CsvRead> {
    // A file of nothing but a BOM and blanks was refused by the byte scan already.
    if (this.rows === null) throw new ListFileError('empty', 'The file holds no rows.');
    await this.rows.flush();
    return { delimiter: this.delimiter, header: this.rows.header };
  }
}
