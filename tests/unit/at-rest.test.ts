/**
 * A precinct's folder at rest (docs/at-rest.md), through the app's own operations: nothing of
 * the list or the health notes readable in any file, wrong secrets opening nothing, a folder
 * of the previous format encrypted at its first opening, and a closed precinct.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_MIGRATIONS } from '../../src/main/core/feature-list';
import { readDoor } from '../../src/main/core/kernel/at-rest/door-file';
import { unwrapWithPrivateKey } from '../../src/main/core/kernel/at-rest/key-wrap';
import { isPlainDatabase } from '../../src/main/core/kernel/at-rest/plain-store';
import { openDatabase } from '../../src/main/core/kernel/db/database';
import { applyStoreKey } from '../../src/main/core/kernel/db/store-key';
import Database from 'better-sqlite3-multiple-ciphers';
import { accommodationPrecinct, homeVoting } from '../support/accommodations';
import {
  CHAIR_PIN,
  makeTestCore,
  setUpPrecinct,
  writeHandle,
  type TestCore,
} from '../support/core';
import { CHAIR_PIN_FROM_PACKAGE, packageWorld, precinctFromPackage } from '../support/sync';

let cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) {
    t.core.close();
    rmSync(t.dataDir, { recursive: true, force: true });
  }
});

/** Every file under a folder, as bytes. */
function everyFile(dir: string): [string, Buffer][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return [path, readFileSync(path)];
    });
}

describe('a precinct folder at rest', () => {
  it('holds no voter’s IIN, surname or health note in clear in any file', async () => {
    const p = await accommodationPrecinct({}, 20);
    const t = p.t;
    cores.push(t);
    const voter = p.voters[0]!;
    await t.must(
      'recordAccommodationRequest',
      homeVoting(voter.iin, '2027-03-01T09:30', p.ids.member, {
        healthNote: 'Hip fracture, bedridden',
      }),
    );
    t.core.close();
    const files = everyFile(t.dataDir);
    expect(files.map(([path]) => path).sort()).toEqual(
      [join(t.dataDir, 'precinct-door.json'), join(t.dataDir, 'precinct.db')]
        .concat(files.map(([path]) => path).filter((path) => /precinct\.db-(wal|shm)$/.test(path)))
        .sort(),
    );
    for (const [path, bytes] of files) {
      for (const needle of [voter.iin, voter.last_name, 'Hip fracture, bedridden']) {
        expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${path}`).toBe(false);
      }
      if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    }
    if (process.platform !== 'win32') expect(statSync(t.dataDir).mode & 0o777).toBe(0o700);
    cores = [];
    rmSync(t.dataDir, { recursive: true, force: true });
  });

  it('opens with a member’s PIN only; wrong PINs open nothing and lock the member out', async () => {
    const t = makeTestCore();
    const ids = await setUpPrecinct(t);
    t.core.close();
    const again = makeTestCore(undefined, t.dataDir);
    cores.push(again);
    expect(again.core.unlocked).toBe(false);
    expect((await again.must('getAppState', {})).precinct?.precinctNumber).toBe(412);
    expect((await again.must('listLoginMembers', {})).map((m) => m.fullName)).toContain(
      'Aigerim Sadykova',
    );
    expect(await again.call('listMembers', {})).toMatchObject({
      ok: false,
      error: { code: 'store_locked' },
    });
    for (let i = 1; i <= 5; i++) {
      const wrong = await again.call('login', { memberId: ids.chair, pin: '000111' });
      expect(wrong).toMatchObject({
        ok: false,
        error: { code: i < 5 ? 'wrong_pin' : 'locked_out' },
      });
      expect(again.core.unlocked).toBe(false);
    }
    // Locked out: even the right PIN opens nothing now.
    expect(await again.call('login', { memberId: ids.chair, pin: CHAIR_PIN })).toMatchObject({
      ok: false,
      error: { code: 'locked_out' },
    });
    // The recovery code opens it, and the lockout the door counted is in the log.
    const recovered = await again.must('recoverChairPin', {
      memberId: ids.chair,
      recoveryCode: ids.recoveryCode,
      newPin: '642531',
    });
    expect(recovered.recoveryCode).not.toBe(ids.recoveryCode);
    expect(again.core.unlocked).toBe(true);
    expect(
      again.core.db
        .prepare("SELECT count(*) AS n FROM events WHERE type = 'member.locked_out'")
        .get(),
    ).toEqual({ n: 1 });
  });

  it('encrypts a folder of the previous format in place at its first opening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-plain-'));
    // The previous version's store: plain SQLite, its schema as this version's.
    openDatabase(dir, STORE_MIGRATIONS).close();
    expect(isPlainDatabase(join(dir, 'precinct.db'))).toBe(true);
    const t = makeTestCore(undefined, dir);
    cores.push(t);
    expect(isPlainDatabase(join(dir, 'precinct.db'))).toBe(false);
    const ids = await setUpPrecinct(t);
    await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
    expect(readDoor(dir)?.open_key).toBeNull();
    expect(readdirSync(dir).filter((n) => n.includes('plain'))).toEqual([]);
  });

  it('wraps the key to the central commission, and a closed precinct opens only for review', async () => {
    const world = packageWorld(6);
    const { t, chair } = await precinctFromPackage(world);
    cores.push(t);
    // The commission opens a returned laptop with its private key.
    const wrap = readDoor(t.dataDir)?.central_wrap;
    if (!wrap) throw new Error('no commission wrap');
    const key = unwrapWithPrivateKey(wrap, world.central.encryption.privateKeyPem);
    if (!key) throw new Error('the central key opens nothing');
    const raw = new Database(join(t.dataDir, 'precinct.db'), { readonly: true });
    applyStoreKey(raw, key);
    expect(raw.prepare('SELECT count(*) AS n FROM voters').get()).toEqual({ n: 6 });
    raw.close();

    expect(await t.call('closePrecinct', {})).toMatchObject({
      ok: false,
      error: { code: 'precinct_not_exported' },
    });
    const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-final-'));
    await t.must('exportSyncFile', {
      handle: await writeHandle(t, join(folder, 'final.pdsync'), 'pdsync'),
      full: false,
    });
    await t.must('closePrecinct', {});
    rmSync(folder, { recursive: true, force: true });
    const door = readDoor(t.dataDir);
    expect(door?.mode).toBe('closed');
    expect(door?.wraps.map((w) => w.kind)).toEqual(['recovery_code']);
    t.core.close();
    cores = [];

    const review = makeTestCore(undefined, t.dataDir);
    cores.push(review);
    expect((await review.must('getAppState', {})).closed).toBe(true);
    expect(
      await review.call('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE }),
    ).toMatchObject({ ok: false, error: { code: 'precinct_closed' } });
    expect(
      await review.call('openForReview', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD' }),
    ).toMatchObject({ ok: false, error: { code: 'recovery_code_invalid' } });
    expect(review.core.unlocked).toBe(false);
  });
});
