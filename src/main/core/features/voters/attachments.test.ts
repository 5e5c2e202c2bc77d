import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../../../../tests/support/core';
import { AttachmentEncoder, AttachmentWriter, attachmentPieces } from './attachments';

const attachmentLines = (db: TestCore['core']['db'], id: string, sha256: string) =>
  [...attachmentPieces(db, id, sha256, '\n')].flat();

let t: TestCore;
afterEach(() => t?.dispose());

describe('attachments', () => {
  it('store text in parts compressed one by one, read back in pieces with the digest checked', () => {
    t = makeTestCore();
    const db = t.core.db;
    const lines = Array.from(
      { length: 40_000 },
      (_, i) => `${i}\tӘсел Жанболатқызы\tг. Алматы, ${i}`,
    );
    const writer = new AttachmentWriter(db, 'import-1');
    db.transaction(() => {
      for (const line of lines) writer.write(`${line}\n`);
    })();
    const digest = db.transaction(() => writer.finish())();
    const parts = db
      .prepare("SELECT count(*) AS n FROM attachments WHERE id = 'import-1'")
      .get() as { n: number };
    expect(parts.n).toBeGreaterThan(1);
    expect(attachmentLines(db, 'import-1', digest.sha256)).toEqual(lines);

    db.prepare("UPDATE attachments SET bytes = ? WHERE id = 'import-1' AND part = 1").run(
      new AttachmentEncoder().finish().last,
    );
    expect(() => attachmentLines(db, 'import-1', digest.sha256)).toThrow(/digest/);
    expect(() => attachmentLines(db, 'absent', digest.sha256)).toThrow(/missing/);
  });

  it('an empty body is one empty part, so an import of no rows still names its attachment', () => {
    t = makeTestCore();
    const writer = new AttachmentWriter(t.core.db, 'empty');
    const digest = writer.finish();
    expect(digest.bytes).toBe(0);
    expect(attachmentLines(t.core.db, 'empty', digest.sha256)).toEqual([]);
  });
});
