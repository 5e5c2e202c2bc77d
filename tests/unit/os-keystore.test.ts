/**
 * PIN wraps bound to an OS keystore (kernel/at-rest/os-keystore.ts): made sealed by it where a
 * host has one, opened with it, refused untried and uncounted where it is missing or another
 * (the command line, the Chromium host, another machine or account), and the recovery code
 * still opens the store everywhere.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { useOsKeystore } from '../../src/main/core/kernel/at-rest/os-keystore';
import { cli, secretFile } from '../support/cli';
import { CHAIR_PIN, makeTestCore, setUpPrecinct, type TestCore } from '../support/core';
import { inProcessKeystore } from '../support/keystore';

const cores: TestCore[] = [];
const dirs: string[] = [];
afterEach(() => {
  useOsKeystore(null);
  for (const t of cores.splice(0)) t.core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function reopened(dataDir: string): TestCore {
  const t = makeTestCore(undefined, dataDir);
  cores.push(t);
  return t;
}

/** A precinct set up while `keystore` is this host's; closed, its folder and ids returned. */
async function boundPrecinct(keystore = inProcessKeystore()) {
  useOsKeystore(keystore);
  const t = makeTestCore();
  dirs.push(t.dataDir);
  const ids = await setUpPrecinct(t);
  t.core.close();
  return { ids, dataDir: t.dataDir, keystore };
}

describe('PIN wraps bound to the OS keystore', () => {
  it('are sealed by the keystore present at setup, the recovery code’s is not', async () => {
    const { ids, dataDir } = await boundPrecinct();
    const wraps = readDoor(dataDir)?.wraps ?? [];
    expect(wraps.map((w) => [w.kind, w.member_id, w.os_keystore]).sort()).toEqual(
      [
        ['pin', ids.chair, true],
        ['recovery_code', ids.chair, false],
      ].sort(),
    );
    // The same setup without a keystore binds nothing.
    useOsKeystore(null);
    const plain = makeTestCore();
    dirs.push(plain.dataDir);
    await setUpPrecinct(plain);
    plain.core.close();
    expect(readDoor(plain.dataDir)?.wraps.every((w) => !w.os_keystore)).toBe(true);
  });

  it('open with the keystore; a wrong PIN with it still counts', async () => {
    const { ids, dataDir } = await boundPrecinct();
    const t = reopened(dataDir);
    expect(await t.call('login', { memberId: ids.chair, pin: '000111' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_pin', details: { attemptsLeft: 4 } },
    });
    expect(readDoor(dataDir)?.lockouts).toEqual([
      expect.objectContaining({ member_id: ids.chair, failed_attempts: 1 }),
    ]);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    expect(t.core.unlocked).toBe(true);
    // A temporary PIN the chair gives is bound too.
    await t.must('resetMemberPin', { memberId: ids.member });
    expect(readDoor(dataDir)?.wraps.find((w) => w.kind === 'temporary_pin')).toMatchObject({
      member_id: ids.member,
      os_keystore: true,
    });
  });

  it('are refused without a keystore, uncounted and changing nothing; the recovery code opens', async () => {
    const { ids, dataDir } = await boundPrecinct();
    useOsKeystore(null);
    const before = readFileSync(join(dataDir, 'precinct-door.json'));
    const t = reopened(dataDir);
    for (let i = 0; i < 7; i++) {
      for (const pin of [CHAIR_PIN, '000111']) {
        expect(await t.call('login', { memberId: ids.chair, pin })).toMatchObject({
          ok: false,
          error: { code: 'pin_bound_to_os_keystore' },
        });
      }
    }
    expect(t.core.unlocked).toBe(false);
    expect(readFileSync(join(dataDir, 'precinct-door.json')).equals(before)).toBe(true);
    // The recovery code's wrap is not bound: the chair sets a PIN anew, unbound here.
    await t.must('recoverChairPin', {
      memberId: ids.chair,
      recoveryCode: ids.recoveryCode,
      newPin: '642531',
    });
    expect(t.core.unlocked).toBe(true);
    const pin = readDoor(dataDir)?.wraps.find((w) => w.kind === 'pin');
    expect(pin).toMatchObject({ member_id: ids.chair, os_keystore: false });
  });

  it('a door copied to another machine or account opens by no PIN', async () => {
    const { ids, dataDir } = await boundPrecinct();
    const copy = mkdtempSync(join(tmpdir(), 'precinct-desk-copied-'));
    dirs.push(copy);
    cpSync(dataDir, copy, { recursive: true });
    useOsKeystore(inProcessKeystore());
    const elsewhere = reopened(copy);
    expect(await elsewhere.call('login', { memberId: ids.chair, pin: CHAIR_PIN })).toMatchObject({
      ok: false,
      error: { code: 'pin_bound_to_os_keystore' },
    });
    expect(elsewhere.core.unlocked).toBe(false);
    expect(readDoor(copy)?.lockouts.every((l) => l.failed_attempts === 0)).toBe(true);
  });

  it('the command line refuses a bound PIN (exit 2, uncounted) and opens with the recovery code', async () => {
    const { ids, dataDir } = await boundPrecinct();
    useOsKeystore(null);
    const before = readFileSync(join(dataDir, 'precinct-door.json'));
    const chair = ['--member', 'Aigerim Sadykova'];
    const byPin = await cli(
      'audit',
      'verify',
      '--data-dir',
      dataDir,
      ...chair,
      '--secret-file',
      secretFile(CHAIR_PIN),
    );
    expect(byPin).toMatchObject({
      code: 2,
      err: expect.stringContaining('pin_bound_to_os_keystore'),
    });
    expect(readFileSync(join(dataDir, 'precinct-door.json')).equals(before)).toBe(true);
    const byCode = await cli(
      'audit',
      'verify',
      '--data-dir',
      dataDir,
      ...chair,
      '--secret-file',
      secretFile(ids.recoveryCode.toLowerCase().replaceAll('-', '')),
    );
    expect(byCode).toMatchObject({ code: 0 });
    // A wrong recovery code counts towards the chair's lockout.
    const wrong = await cli(
      'audit',
      'verify',
      '--data-dir',
      dataDir,
      ...chair,
      '--secret-file',
      secretFile('AAAA-BBBB-CCCC-DDDD'),
    );
    expect(wrong).toMatchObject({ code: 2, err: expect.stringContaining('recovery_code_invalid') });
    expect(readDoor(dataDir)?.lockouts).toEqual([
      expect.objectContaining({ member_id: ids.chair, failed_attempts: 1 }),
    ]);
  });
});
