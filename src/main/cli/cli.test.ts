import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestCore, setUpPrecinct } from '../../../tests/support/core';
import { asChair, cli, tempFolders } from '../../../tests/support/cli';

const tempFolder = tempFolders('precinct-desk-cli-');

describe('precinct-desk CLI', () => {
  it('prints help and version, and refuses unknown commands and options with exit 2', async () => {
    expect(await cli('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('audit verify'),
    });
    expect((await cli('--version')).out).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command'),
    });
    expect(await cli('audit', 'verify', '--dta-dir', '/x')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown option --dta-dir'),
    });
    expect(await cli('audit', 'verify', '--data-dir')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--data-dir needs a value'),
    });
  });

  it('audit verify: exit 2 and nothing created for a folder without a database', async () => {
    const folder = join(tempFolder(), 'absent');
    expect(await cli('audit', 'verify', '--data-dir', folder)).toMatchObject({
      code: 2,
      err: expect.stringContaining('no Precinct Desk database'),
    });
    expect(existsSync(folder)).toBe(false);
    const junk = tempFolder();
    writeFileSync(join(junk, 'precinct.db'), 'this is not a database');
    expect((await cli('audit', 'verify', '--data-dir', junk)).code).toBe(2);
  });

  it('audit verify: exit 0 on an intact chain, 1 naming the event after tampering', async () => {
    const t = makeTestCore('2027-03-01T05:00:00Z', tempFolder());
    await setUpPrecinct(t);
    const count = (t.core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    expect(await cli('audit', 'verify', '--data-dir', t.dataDir, ...asChair())).toMatchObject({
      code: 0,
      out: `Event chain verified: ${count} events.`,
    });
    t.core.db.prepare('UPDATE events SET actor = NULL WHERE seq = 4').run();
    const broken = await cli('audit', 'verify', '--data-dir', t.dataDir, ...asChair());
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(
      `device ${t.core.deviceId} event 4: its hash does not match its contents`,
    );
    t.core.close();
  });

  it('bin/precinct-desk.mjs refuses Node older than 22 with one line', () => {
    // The machine's own Node (outside npm's PATH) is the old one this guard is for, when present.
    const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
      if (!existsSync(p)) return false;
      const v = spawnSync(p, ['-p', 'process.versions.node']).stdout?.toString() ?? '';
      return Number(v.split('.')[0]) < 22;
    });
    if (!oldNode) return; // Nothing older than 22 on this machine: the guard cannot be exercised here.
    const run = spawnSync(oldNode, ['bin/precinct-desk.mjs', '--version']);
    expect(run.status).toBe(2);
    expect(run.stderr.toString().trim().split('\n')).toHaveLength(1);
    expect(run.stderr.toString()).toContain('needs Node.js 22 or newer');
  });
});

describe('precinct-desk options', () => {
  it('refuses an option the command does not take, even one another command takes', async () => {
    expect(await cli('voters', 'check', 'list.csv', '--bogus')).toMatchObject({
      code: 2,
      err: 'precinct-desk: unknown option --bogus; see precinct-desk --help',
    });
    expect(await cli('package', 'verify', 'p.pdpkg', '--data-dir', '/x')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown option --data-dir'),
    });
    expect(await cli('--bogus')).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown option --bogus'),
    });
  });

  it('refuses an option without its value, also when another option follows', async () => {
    expect(await cli('voters', 'check', 'list.csv', '--voting-day')).toMatchObject({
      code: 2,
      err: 'precinct-desk: --voting-day needs a value; see precinct-desk --help',
    });
    expect(await cli('voters', 'check', 'list.csv', '--data-dir', '--json')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--data-dir needs a value'),
    });
  });

  it('takes --name=value as --name value, and options before the command words', async () => {
    const t = makeTestCore('2027-03-01T05:00:00Z', tempFolder());
    await setUpPrecinct(t);
    t.core.close();
    const chair = asChair();
    expect((await cli('audit', 'verify', `--data-dir=${t.dataDir}`, ...chair)).code).toBe(0);
    expect((await cli('--data-dir', t.dataDir, ...chair, 'audit', 'verify')).code).toBe(0);
    expect((await cli('-h')).code).toBe(0);
  });
});
