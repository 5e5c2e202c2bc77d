import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { cachedStatement } from '../db/statement-cache';

/** Size of one stored part: big enough to write fast, small enough to keep memory flat. */
const PART_BYTES = 1 << 20;

/**
 * Writes a body in parts under the id of the event that names it, and gives its SHA-256 at the
 * end for the event to record. Attachments are immutable and never emptied by a projection
 * rebuild: events point at them, and a reader checks the digest the event recorded.
 */
export class AttachmentWriter {
  private readonly hash = createHash('sha256');
  /** Text gathered until a part's worth is ready: one encoding and one hash update per part. */
  private text = '';
  private part = 0;
  private total = 0;

  constructor(
    private readonly db: Db,
    private readonly id: string,
  ) {}

  write(text: string): void {
    this.text += text;
    // A part holds at least PART_BYTES / 2 bytes (UTF-8 takes one to three bytes per unit here).
    if (this.text.length >= PART_BYTES / 2) this.flush();
  }

  /** Stores the last part and returns the body's SHA-256 (hex). Runs in the caller's transaction. */
  finish(): { sha256: string; bytes: number } {
    this.flush();
    return { sha256: this.hash.digest('hex'), bytes: this.total };
  }

  private flush(): void {
    if (this.text === '' && this.part > 0) return;
    const body = Buffer.from(this.text, 'utf8');
    this.text = '';
    this.hash.update(body);
    this.total += body.length;
    cachedStatement(this.db, 'INSERT INTO attachments (id, part, bytes) VALUES (?, ?, ?)').run(
      this.id,
      this.part++,
      body,
    );
  }
}

/** Reads an attachment back as text, line by line, checking the digest its event recorded. */
export function* attachmentLines(db: Db, id: string, sha256: string): Generator<string> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const part = cachedStatement(
    db,
    'SELECT bytes FROM attachments WHERE id = ? AND part = ?',
  ) as unknown as { get(id: string, part: number): { bytes: Buffer } | undefined };
  let carry = '';
  for (let n = 0; ; n++) {
    const row = part.get(id, n);
    if (!row) {
      if (n === 0) throw new Error(`Attachment ${id} is missing`);
      break;
    }
    hash.update(row.bytes);
    const text = carry + decoder.decode(row.bytes, { stream: true });
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    yield* lines;
  }
  carry += decoder.decode();
  if (carry !== '') yield carry;
  if (hash.digest('hex') !== sha256) {
    throw new Error(`Attachment ${id} does not match the digest its event recorded`);
  }
}
