import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  setUpPrecinct,
  type TestCore,
} from '../../../../../tests/support/core';
import { count, tempFile } from '../../../../../tests/support/voters';
import { attachmentBomb, XLSX_BOMBS, type XlsxBomb } from '../../../bench/xlsx-bombs';
import { attachmentText, MAX_PART_BYTES } from './attachments';

let t: TestCore;
afterEach(() => t?.dispose());

describe('bounded parsing of files from outside', () => {
  it('refuses every crafted workbook as list_file_too_large and writes nothing', async () => {
    t = makeTestCore();
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    const events = count(t, 'SELECT count(*) AS n FROM events');
    for (const bomb of Object.keys(XLSX_BOMBS) as XlsxBomb[]) {
      const path = tempFile(`${bomb}.xlsx`, XLSX_BOMBS[bomb]());
      const result = await t.call('checkVoterFile', { handle: await readHandle(t, path) });
      expect(result, bomb).toMatchObject({
        ok: false,
        error: { code: 'list_file_too_large', details: { reason: 'file_too_large' } },
      });
    }
    expect(count(t, 'SELECT count(*) AS n FROM events')).toBe(events);
    expect(count(t, 'SELECT count(*) AS n FROM voter_reports')).toBe(0);
    expect(count(t, 'SELECT count(*) AS n FROM voters')).toBe(0);
  });

  it('unpacks an attachment part from another laptop only up to its bound', () => {
    t = makeTestCore();
    const db = t.core.db;
    // One gigabyte of zeros in a megabyte: a part no laptop of the app would ever write.
    db.prepare('INSERT INTO attachments (id, part, bytes) VALUES (?, 0, ?)').run(
      'bomb',
      attachmentBomb(1),
    );
    const before = process.memoryUsage().rss;
    expect(() => [...attachmentText(db, 'bomb', '0'.repeat(64))]).toThrow(/within bounds/);
    // Nothing near the gigabyte was held (the bound is 16 MiB).
    expect(process.memoryUsage().rss - before).toBeLessThan(8 * MAX_PART_BYTES);
  });
});
