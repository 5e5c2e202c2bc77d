/**
 * Every wrong secret that opens a store counts toward a lockout, as a member's wrong PINs do:
 * a loaded package's handover code (the app's gate and the command line) and a folder's own
 * secret given at `voters import` (the command line). Refused while locked, changing nothing
 * else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../../src/main/bench/sample-voters';
import { asked, cli, secretFile, tempFolders } from '../support/cli';
import { makeTestCore } from '../support/core';
import { CHAIR_PIN_FROM_PACKAGE, packageWorld } from '../support/sync';

const folder = tempFolders('precinct-desk-secret-lockouts-');

/** The door's wraps and store bytes: what a refused secret must leave as it was. */
function doorWraps(dataDir: string): string {
  return JSON.stringify(readDoor(dataDir)?.wraps);
}
function storeBytes(dataDir: string): Buffer {
  return readFileSync(join(dataDir, 'precinct.db'));
}

/** A folder a package was loaded into on the command line: its handover code seals it. */
async function loadedFolder() {
  const world = packageWorld(4);
  const data = folder();
  const loaded = await asked(
    world.code,
    'package',
    'load',
    await world.write(),
    '--data-dir',
    data,
  );
  expect(loaded.code).toBe(0);
  const other = packageWorld(1).code;
  return { world, data, other };
}

describe('wrong handover codes count toward a lockout', () => {
  it('in the app: five wrong codes lock it; the right one waits for the lockout to end', async () => {
    const { world, data, other } = await loadedFolder();
    const t = makeTestCore(undefined, data);
    const wraps = doorWraps(data);
    const bytes = storeBytes(data);
    const chair = {
      memberId: 'm-chair',
      pin: CHAIR_PIN_FROM_PACKAGE,
      clockConfirmed: true as const,
    };
    for (let i = 1; i <= 5; i++) {
      expect(await t.call('setPackageChairPin', { ...chair, handoverCode: other })).toMatchObject({
        ok: false,
        error:
          i < 5
            ? { code: 'wrong_handover_code', details: { attemptsLeft: 5 - i } }
            : { code: 'locked_out' },
      });
    }
    expect(
      await t.call('setPackageChairPin', { ...chair, handoverCode: world.code }),
    ).toMatchObject({ ok: false, error: { code: 'locked_out' } });
    expect(t.core.unlocked).toBe(false);
    expect(doorWraps(data)).toBe(wraps);
    expect(storeBytes(data).equals(bytes)).toBe(true);
    expect(readDoor(data)?.secret_lockouts).toEqual([
      {
        kind: 'handover_code',
        failed_attempts: 0,
        locked_until: t.clock.now() + 5 * 60_000,
        lockouts: 1,
      },
    ]);
    // No code typed is no guess.
    expect(await t.call('setPackageChairPin', chair)).toMatchObject({ ok: false });
    t.clock.advance(5 * 60_000 + 1);
    await t.must('setPackageChairPin', { ...chair, handoverCode: world.code });
    expect(t.core.unlocked).toBe(true);
    t.core.close();
    expect(readDoor(data)?.secret_lockouts).toEqual([]);
  });

  it('on the command line: exit 2, counted, refused while locked', async () => {
    const { world, data, other } = await loadedFolder();
    const wraps = doorWraps(data);
    const bytes = storeBytes(data);
    const codeFile = (code: string) => {
      const path = join(folder(), 'code.txt');
      writeFileSync(path, `${code}\n`);
      return path;
    };
    for (let i = 1; i <= 5; i++) {
      const run = await cli('audit', 'verify', '--data-dir', data, '--code-file', codeFile(other));
      expect(run.code).toBe(2);
      expect(run.err).toContain(i < 5 ? 'wrong_handover_code' : 'locked_out');
    }
    const right = await cli(
      'audit',
      'verify',
      '--data-dir',
      data,
      '--code-file',
      codeFile(world.code),
    );
    expect(right).toMatchObject({ code: 2, err: expect.stringContaining('locked_out') });
    expect(doorWraps(data)).toBe(wraps);
    expect(storeBytes(data).equals(bytes)).toBe(true);
    expect(readDoor(data)?.secret_lockouts).toMatchObject([
      { kind: 'handover_code', failed_attempts: 0, lockouts: 1 },
    ]);
  });
});

describe('wrong folder secrets count toward a lockout', () => {
  it('on the command line: exit 2, counted, refused while locked; a right one clears the count', async () => {
    const data = folder();
    const list = join(folder(), 'list.csv');
    const rows = [...sampleVoters(3, '2027-03-19', 5)];
    writeFileSync(list, `${CSV_HEADER}\n${rows.map(voterCsvLine).join('\n')}\n`);
    const imported = await cli(
      'voters',
      'import',
      list,
      '--data-dir',
      data,
      '--voting-day',
      '2027-03-19',
      '--secret-file',
      secretFile('folder secret 1'),
    );
    expect(imported.code).toBe(0);
    const verify = (secret: string) =>
      cli('audit', 'verify', '--data-dir', data, '--secret-file', secretFile(secret));
    expect((await verify('not it')).err).toContain('wrong_passphrase');
    expect(readDoor(data)?.secret_lockouts).toMatchObject([
      { kind: 'folder_secret', failed_attempts: 1, locked_until: null },
    ]);
    expect(await verify('folder secret 1')).toMatchObject({ code: 0 });
    expect(readDoor(data)?.secret_lockouts).toEqual([]);
    const wraps = doorWraps(data);
    const bytes = storeBytes(data);
    for (let i = 1; i <= 5; i++) {
      const run = await verify('not it');
      expect(run.code).toBe(2);
      expect(run.err).toContain(i < 5 ? 'wrong_passphrase' : 'locked_out');
    }
    expect(await verify('folder secret 1')).toMatchObject({
      code: 2,
      err: expect.stringContaining('locked_out'),
    });
    expect(doorWraps(data)).toBe(wraps);
    expect(storeBytes(data).equals(bytes)).toBe(true);
  });
});
