/**
 * Failing media: a write that fails (a full disk, a read-only medium, an I/O error) is a
 * refusal in the member's language, the transaction rolls back, nothing is half-written, and
 * the app goes on reading. SQLite's own limits make the database fail for real (a page count
 * it may not grow past is a full disk; query_only a read-only medium); the durable writer's
 * file system seam makes file writes fail as the device would.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useDurableFileSystem } from '../../src/main/core/kernel/durable-file';
import { sampleVoters, writeVoterCsv } from '../../src/main/bench/sample-voters';
import { en } from '../../src/shared/i18n/en';
import { kk } from '../../src/shared/i18n/kk';
import { ru } from '../../src/shared/i18n/ru';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  setUpPrecinct,
  writeHandle,
  type TestCore,
} from '../support/core';
import { SAMPLE_ENTRIES } from '../support/infolog';
import { storeDigest } from '../support/store-digest';

let t: TestCore | null = null;
const folders: string[] = [];
afterEach(() => {
  useDurableFileSystem(null);
  t?.dispose();
  t = null;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-media-'));
  folders.push(dir);
  return dir;
}

/** An error as a failing device gives it. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: the device refused`), { code });
}

async function chairAtDesk(): Promise<TestCore> {
  const core = makeTestCore('2027-03-10T06:00:00Z');
  const ids = await setUpPrecinct(core);
  await core.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
  return core;
}

const entry = { at: '2027-03-10T10:30', details: SAMPLE_ENTRIES.inquiry };

describe('a full or read-only disk under the database', () => {
  it('refuses the write as disk_full, changes nothing, reads on, and writes again once there is room', async () => {
    t = await chairAtDesk();
    const db = t.core.db;
    await t.must('recordInfoLogEntry', entry);
    const before = storeDigest(db);
    // The database may not grow by a single page: SQLite answers SQLITE_FULL, as on a full disk.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    let refused = null;
    let beforeRefusal = '';
    for (let i = 0; i < 200 && !refused; i++) {
      beforeRefusal = storeDigest(db);
      const result = await t.call('recordInfoLogEntry', entry);
      if (!result.ok) refused = result.error;
    }
    expect(refused?.code).toBe('disk_full');
    expect(storeDigest(db)).toBe(beforeRefusal);
    // Everything recorded before the disk filled is there; the refused write left no trace.
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const listed = await t.must('listInfoLog', { order: 'oldest', limit: 500, offset: 0 });
    expect(listed.total).toBeGreaterThanOrEqual(1);
    expect((await t.call('recordInfoLogEntry', entry)).ok).toBe(false);
    db.pragma('max_page_count = 1073741823');
    expect((await t.call('recordInfoLogEntry', entry)).ok).toBe(true);
    expect(storeDigest(db)).not.toBe(before);
  });

  it('refuses a list import on a full disk with nothing of it written', async () => {
    t = await chairAtDesk();
    const db = t.core.db;
    const dir = folder();
    const path = join(dir, 'list.csv');
    await writeVoterCsv(path, sampleVoters(3_000));
    const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
    const before = storeDigest(db, { exclude: ['voter_reports', 'voter_report_issues'] });
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 20}`);
    const result = await t.call('importVoterFile', { reportId: report.reportId });
    expect(result.ok ? null : result.error.code).toBe('disk_full');
    expect(storeDigest(db, { exclude: ['voter_reports', 'voter_report_issues'] })).toBe(before);
    expect(db.prepare('SELECT count(*) AS n FROM voters').get()).toEqual({ n: 0 });
    db.pragma('max_page_count = 1073741823');
    expect((await t.call('importVoterFile', { reportId: report.reportId })).ok).toBe(true);
  });

  it('refuses a write on a read-only medium as read_only_medium and goes on reading', async () => {
    t = await chairAtDesk();
    const db = t.core.db;
    const before = storeDigest(db);
    db.pragma('query_only = ON');
    const result = await t.call('recordInfoLogEntry', entry);
    expect(result.ok ? null : result.error.code).toBe('read_only_medium');
    expect(storeDigest(db)).toBe(before);
    expect((await t.must('listInfoLog', { order: 'oldest', limit: 5, offset: 0 })).total).toBe(0);
    db.pragma('query_only = OFF');
  });
});

describe('a failing medium under a file the app writes', () => {
  const cases = [
    ['a full stick while the content is written', 'ENOSPC', 'write', 'disk_full'],
    ['a read-only stick', 'EROFS', 'open', 'read_only_medium'],
    ['a stick pulled out at the rename', 'EIO', 'rename', 'io_error'],
  ] as const;

  for (const [what, code, step, expected] of cases) {
    it(`answers ${what} with ${expected}, the old file kept whole and no temporary left`, async () => {
      t = await chairAtDesk();
      const dir = folder();
      const target = join(dir, 'register.csv');
      writeFileSync(target, 'the old register');
      useDurableFileSystem({
        open: async (...args: Parameters<typeof open>) => {
          if (step === 'open') throw errno(code);
          const handle = await open(...args);
          if (step !== 'write') return handle;
          return new Proxy(handle, {
            get(target, key) {
              if (key === 'writeFile') return () => Promise.reject(errno(code));
              const value: unknown = Reflect.get(target, key);
              return typeof value === 'function' ? value.bind(target) : value;
            },
          });
        },
        rename: () => (step === 'rename' ? Promise.reject(errno(code)) : Promise.resolve()),
      });
      const handle = await writeHandle(t, target, 'csv', true);
      const result = await t.call('saveTextFile', { text: 'a;b\r\n', handle });
      expect(result).toMatchObject({
        ok: false,
        error: { code: expected, details: { path: target } },
      });
      expect(readFileSync(target, 'utf8')).toBe('the old register');
      expect(readdirSync(dir)).toEqual(['register.csv']);
      // The app goes on: it reads, and writes again once the medium is back.
      expect((await t.must('listInfoLog', { order: 'oldest', limit: 5, offset: 0 })).total).toBe(0);
      useDurableFileSystem(null);
      const again = await writeHandle(t, target, 'csv', true);
      expect((await t.call('saveTextFile', { text: 'a;b\r\n', handle: again })).ok).toBe(true);
    });
  }

  it('has the words for each failure in kk, ru and en', () => {
    for (const code of ['disk_full', 'read_only_medium', 'io_error', 'list_check_failed']) {
      for (const dictionary of [kk, ru, en] as Record<string, string>[]) {
        expect(dictionary[`errors.${code}`], code).toMatch(/\S{3,}/);
      }
    }
  });
});
