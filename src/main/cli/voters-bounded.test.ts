/**
 * Memory stays bounded whatever a list holds: a check keeps the first issues with their cells
 * and counts the rest, and a check worker that dies is a refusal a member can read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { sampleVoters, writeVoterCsv } from '../bench/sample-voters';
import type { Db } from '../core/kernel/db/database';
import { openFolderStore } from '../../../tests/support/at-rest';
import { secretFile } from '../../../tests/support/cli';

const FOLDER_SECRET = 'list-folder-secret';
const sealed = ['--secret-file', secretFile(FOLDER_SECRET)];
import { ISSUES_KEPT } from '../core/features/voters/list-check';
import { useListCheckWorker } from '../core/features/voters/list-check-pipeline';

const folders: string[] = [];
afterEach(() => {
  useListCheckWorker(null);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), fail: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

/** A folder holding a list of `rows` voters, and the list's file. */
async function listedFolder(rows: number) {
  const base = mkdtempSync(join(tmpdir(), 'precinct-desk-bounded-'));
  folders.push(base);
  const file = join(base, 'list.csv');
  await writeVoterCsv(file, sampleVoters(rows));
  const dir = join(base, 'data');
  const first = await cli(
    'voters',
    'import',
    file,
    '--voting-day',
    '2027-03-19',
    '--data-dir',
    dir,
    ...sealed,
  );
  expect(first.code, first.out).toBe(0);
  return { dir, file };
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];

describe('a list that is all problems', () => {
  it('keeps the first issues, counts every one, and names every rejected row in the event', async () => {
    const rows = ISSUES_KEPT + 1_500;
    const { dir, file } = await listedFolder(rows);
    const again = await cli(
      'voters',
      'import',
      file,
      '--voting-day',
      '2027-03-19',
      '--data-dir',
      dir,
      ...sealed,
    );
    expect(again.code).toBe(1);
    expect(again.out).toContain(`${rows} rows read, 0 valid, ${rows} errors`);
    expect(again.out).toContain(
      `… 1500 more issues not listed (all of them by code: duplicate_iin ${rows})`,
    );
    const db = await openFolderStore(dir, { folderSecret: FOLDER_SECRET });
    try {
      const [report] = all<{ report_id: string; error_count: number; counts_json: string }>(
        db,
        'SELECT report_id, error_count, counts_json FROM voter_reports ORDER BY created_at DESC, rowid DESC',
      );
      expect(report?.error_count).toBe(rows);
      expect(JSON.parse(report?.counts_json ?? '{}')).toEqual({ duplicate_iin: rows });
      const kept = all<{ n: number; last: number }>(
        db,
        `SELECT count(*) AS n, max(row) AS last FROM voter_report_issues WHERE report_id = '${report?.report_id}'`,
      )[0];
      expect(kept).toEqual({ n: ISSUES_KEPT, last: ISSUES_KEPT + 1 });
      const [event] = all<{ payload_json: string }>(
        db,
        "SELECT payload_json FROM events WHERE type = 'voters.imported' ORDER BY seq DESC LIMIT 1",
      );
      const payload = JSON.parse(event?.payload_json ?? '{}') as {
        rejected_rows: number[];
        error_count: number;
        imported: number;
      };
      expect(payload.error_count).toBe(rows);
      expect(payload.imported).toBe(0);
      expect(payload.rejected_rows).toEqual(Array.from({ length: rows }, (_, i) => i + 2));
      expect(all<{ n: number }>(db, 'SELECT count(*) AS n FROM voters')[0]?.n).toBe(rows);
    } finally {
      db.close();
    }
  });

  it('answers a check worker that dies with list_check_failed and writes nothing', async () => {
    const { dir, file } = await listedFolder(50);
    // A worker that runs out of memory at once, as the capped heap did on a million duplicates.
    useListCheckWorker(
      new URL(
        `data:text/javascript,${encodeURIComponent('const a = []; for (;;) a.push(new Array(1e6).fill(1));')}`,
      ),
    );
    const before = await openFolderStore(dir, { folderSecret: FOLDER_SECRET });
    const events = all<{ n: number }>(before, 'SELECT count(*) AS n FROM events')[0]?.n;
    before.close();
    const run = await cli(
      'voters',
      'import',
      file,
      '--voting-day',
      '2027-03-19',
      '--data-dir',
      dir,
      ...sealed,
    );
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/^precinct-desk: The list check stopped: ERR_WORKER_OUT_OF_MEMORY$/);
    expect(run.out).not.toMatch(/\n\s+at /);
    const after = await openFolderStore(dir, { folderSecret: FOLDER_SECRET });
    expect(all<{ n: number }>(after, 'SELECT count(*) AS n FROM events')[0]?.n).toBe(events);
    after.close();
  });
});
