import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';

/** Text gathered into one stored part (UTF-16 units): big enough to compress well. */
const PART_CHARS = 1 << 19;

/**
 * The most one part may unpack to. A part holds at most PART_CHARS of text, three UTF-8 bytes
 * each at most: 1.5 MiB. Parts also arrive in files from the precinct's other laptops, so a
 * part built to inflate into gigabytes is refused at this size, long before memory runs out.
 */
export const MAX_PART_BYTES = 16 * 1024 * 1024;

/** The SHA-256 (hex) and length of an attachment's text, as its event records them. */
export interface AttachmentDigest {
  sha256: string;
  bytes: number;
}

/**
 * Turns an attachment's text into parts, each compressed on its own (deflate, fastest level)
 * so that a part can be read without the ones before it, and keeps the digest of the text.
 * Runs wherever the text is made: the import's check worker, or inline.
 */
export class AttachmentEncoder {
  private readonly hash = createHash('sha256');
  private text = '';
  private total = 0;
  private parts = 0;

  /** Adds text; returns the parts it finished (none, mostly). */
  write(text: string): Buffer[] {
    this.text += text;
    const parts: Buffer[] = [];
    while (this.text.length >= PART_CHARS) parts.push(this.cut(PART_CHARS));
    return parts;
  }

  /** The last part (there is always at least one, empty for an empty body) and the digest. */
  finish(): { last: Buffer | null; digest: AttachmentDigest } {
    const last = this.text !== '' || this.parts === 0 ? this.cut(this.text.length) : null;
    return { last, digest: { sha256: this.hash.digest('hex'), bytes: this.total } };
  }

  /** The next `chars` of text as a part (one fewer rather than split a surrogate pair). */
  private cut(chars: number): Buffer {
    const code = this.text.charCodeAt(chars - 1);
    const end = chars < this.text.length && code >= 0xd800 && code <= 0xdbff ? chars - 1 : chars;
    const body = Buffer.from(this.text.slice(0, end), 'utf8');
    this.text = this.text.slice(end);
    this.hash.update(body);
    this.total += body.length;
    this.parts++;
    return deflateRawSync(body, { level: 1 });
  }
}

/**
 * Stores an attachment's parts under the id of the event that names it. Attachments are
 * immutable and never emptied by a projection rebuild: events point at them, and a reader
 * checks the digest the event recorded.
 */
export class AttachmentWriter {
  private readonly encoder = new AttachmentEncoder();
  private part = 0;

  constructor(
    private readonly db: Db,
    private readonly id: string,
  ) {}

  /** Adds text to encode here. */
  write(text: string): void {
    for (const part of this.encoder.write(text)) this.store(part);
  }

  /** Stores a part encoded elsewhere (by the import's check worker), in order. */
  store(part: Uint8Array): void {
    cachedStatement(this.db, 'INSERT INTO attachments (id, part, bytes) VALUES (?, ?, ?)').run(
      this.id,
      this.part++,
      part,
    );
  }

  /** Stores the last part of text written here and returns the digest. */
  finish(): AttachmentDigest {
    const { last, digest } = this.encoder.finish();
    if (last) this.store(last);
    return digest;
  }
}

/** Reads an attachment back as text, part by part, checking the digest its event recorded. */
export function* attachmentText(db: Db, id: string, sha256: string): Generator<string> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const part = cachedStatement(
    db,
    'SELECT bytes FROM attachments WHERE id = ? AND part = ?',
  ) as unknown as { get(id: string, part: number): { bytes: Buffer } | undefined };
  for (let n = 0; ; n++) {
    const row = part.get(id, n);
    if (!row) {
      if (n === 0) throw new Error(`Attachment ${id} is missing`);
      break;
    }
    let body: Buffer;
    try {
      body = inflateRawSync(row.bytes, { maxOutputLength: MAX_PART_BYTES });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Attachment ${id} part ${n} cannot be unpacked within bounds: ${reason}`, {
        cause: error,
      });
    }
    hash.update(body);
    yield decoder.decode(body, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
  if (hash.digest('hex') !== sha256) {
    throw new Error(`Attachment ${id} does not match the digest its event recorded`);
  }
}

/**
 * Reads an attachment as pieces cut at `end`, each yielded without it (the text after the last
 * `end` too, when there is some). The digest is checked once the last piece was read.
 */
export function* attachmentPieces(
  db: Db,
  id: string,
  sha256: string,
  end: string,
): Generator<string[]> {
  let carry = '';
  for (const text of attachmentText(db, id, sha256)) {
    const pieces = (carry + text).split(end);
    carry = pieces.pop() ?? '';
    yield pieces;
  }
  if (carry !== '') yield [carry];
}
