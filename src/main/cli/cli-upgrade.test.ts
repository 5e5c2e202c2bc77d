import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, SCHEMA_VERSION } from '../core/feature-list';
import { runCli } from './run-cli';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the command line on a folder from a newer version', () => {
  it('refuses it with database_newer, in words and without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-cli-newer-'));
    folders.push(dir);
    const raw = openStore(dir);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const lines: string[] = [];
    const code = await runCli(
      ['sync', 'export', '--data-dir', dir, '--out', join(dir, 'out.pdsync')],
      { out: (l) => lines.push(l), fail: (l) => lines.push(l) },
    );
    expect(code).toBe(2);
    expect(lines).toEqual([
      `precinct-desk: database_newer: The database is from a newer version of Precinct Desk (schema ${SCHEMA_VERSION + 1}, this app knows ${SCHEMA_VERSION}); it was left as it is.`,
    ]);
  });
});
