import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, secretFile, tempFolders } from '../../../../../tests/support/cli';
import {
  makeTestCore,
  readHandle,
  writeHandle,
  type TestCore,
} from '../../../../../tests/support/core';
import {
  CHAIR_PIN_FROM_PACKAGE,
  packageWorld,
  precinctFromPackage,
} from '../../../../../tests/support/sync';
import { at, votingDay } from '../../../../../tests/support/voters';
import { verifyChain } from '../../feature-list';
import { deviceKey, ExportService, readKeys } from '../sync';

const MEMBER = 'm-member';
const MEMBER_PIN = '135790';
/** Removed after each test, once the test's cores are disposed (after hooks run last first). */
const scratch = tempFolders('precinct-desk-restore-');
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

/** The member gets a PIN from the chair (a temporary one replaced), then the chair is back. */
async function memberPin(t: TestCore, chair: string) {
  const { temporaryPin } = await t.must('resetMemberPin', { memberId: MEMBER });
  await t.must('logout', {});
  await t.must('login', { memberId: MEMBER, pin: temporaryPin });
  await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: MEMBER_PIN });
  await t.must('logout', {});
  await t.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
}

describe('a replacement laptop restored from a backup', () => {
  it('takes a free slot and a new identity, keeps the old laptop’s ballots and never its key', async () => {
    const world = packageWorld(12, 3);
    cleanup.push(() => rmSync(world.folder, { recursive: true, force: true }));
    // Laptop A on slot 1: ballots issued, backed up.
    const { t: a, chair } = await precinctFromPackage(world, undefined, 1);
    cleanup.push(() => a.dispose());
    await memberPin(a, chair);
    a.clock.set(new Date(at(votingDay, '08:00')).toISOString());
    await a.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
    const stick = scratch();
    await a.must('setBackupFolder', { folderHandle: await readHandle(a, stick) });
    await a.must('logout', {});
    await a.must('login', { memberId: MEMBER, pin: MEMBER_PIN });
    const [v0, v1, v2] = world.voters;
    for (const v of [v0!, v1!]) {
      await a.must('issueBallot', { iin: v.iin, documentChecked: true, helperName: null });
    }
    await a.must('logout', {});
    await a.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
    // An export writes a backup at once (the one the folder's naming wrote, then this one).
    const sent = join(scratch(), 'a.pdsync');
    await a.must('exportSyncFile', { handle: await writeHandle(a, sent, 'pdsync'), full: false });
    await expect.poll(() => readdirSync(stick).filter((n) => !n.startsWith('.')).length).toBe(2);
    expect((await a.must('getBackupStatus', {})).lastError).toBeNull();
    const oldDevice = a.core.deviceId;
    const oldKey = deviceKey(a.core.db).privateKeyPem;
    // A ballot after the backup is what a dead laptop loses.
    await a.must('logout', {});
    await a.must('login', { memberId: MEMBER, pin: MEMBER_PIN });
    await a.must('issueBallot', { iin: v2!.iin, documentChecked: true, helperName: null });
    a.core.close(); // A dies.

    // B restores from the stick with the chair's PIN and the package with its code.
    const newDir = join(scratch(), 'laptop');
    const packagePath = join(
      world.folder,
      readdirSync(world.folder).find((n) => n.endsWith('.pdpkg'))!,
    );
    const restoreArgs = [
      'restore',
      '--from',
      stick,
      '--data-dir',
      newDir,
      '--package',
      packagePath,
      '--code-file',
      secretFile(world.code),
      '--member',
      'Aigerim Sadykova',
      '--json',
    ];
    const wrong = await cli(...restoreArgs, '--secret-file', secretFile('000000'));
    expect(wrong.code).toBe(2);
    expect(wrong.err + wrong.out).toContain('wrong_pin');
    const run = await cli(...restoreArgs, '--secret-file', secretFile(CHAIR_PIN_FROM_PACKAGE));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out) as {
      device_id: string;
      slot: number;
      old_device_id: string;
    };
    expect(summary.old_device_id).toBe(oldDevice);
    expect(summary.device_id).not.toBe(oldDevice);
    expect(summary.slot).not.toBe(1);
    // Restoring again into the same folder is refused, nothing changed.
    expect(
      (await cli(...restoreArgs, '--secret-file', secretFile(CHAIR_PIN_FROM_PACKAGE))).out,
    ).toContain('restore_target_not_empty');

    const b = makeTestCore(new Date(at(votingDay, '09:00')).toISOString(), newDir);
    cleanup.push(() => b.dispose());
    await b.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
    expect(b.core.deviceId).toBe(summary.device_id);
    expect(readKeys(b.core.db)).toMatchObject({ slot: summary.slot });
    // The old laptop's key is gone: the new laptop signs only as itself.
    const keys = b.core.db.prepare('SELECT private_key_pem FROM device').all() as {
      private_key_pem: string;
    }[];
    expect(keys).toHaveLength(1);
    expect(keys[0]!.private_key_pem).not.toBe(oldKey);
    // The old laptop's chain is kept whole, to the backup.
    expect(verifyChain(b.core.db).ok).toBe(true);
    const oldHead = b.core.db
      .prepare('SELECT max(seq) AS n FROM events WHERE device_id = ?')
      .get(oldDevice) as { n: number };
    expect(oldHead.n).toBeGreaterThan(0);

    // B refuses a ballot to a voter who got one on A before the backup; goes on with others.
    await b.must('logout', {});
    await b.must('login', { memberId: MEMBER, pin: MEMBER_PIN });
    expect(
      await b.call('issueBallot', { iin: v0!.iin, documentChecked: true, helperName: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ballot_already_issued' },
    });
    // The ballot issued on A after the backup is lost with A (the paper list covers it).
    await b.must('issueBallot', { iin: v2!.iin, documentChecked: true, helperName: null });
    expect(
      (
        b.core.db.prepare('SELECT count(*) AS n FROM ballots WHERE undone_at IS NULL').get() as {
          n: number;
        }
      ).n,
    ).toBe(3);

    // B's own sync file starts its own chain at 1, signed as B, on its new slot.
    const out = join(scratch(), 'b.pdsync');
    const exported = await new ExportService(b.core.db, b.clock).export(out, false, null);
    expect(exported).toMatchObject({ firstSeq: 1 });
    const header = JSON.parse(readFileSync(out, 'utf8').split('\n')[1]!) as Record<string, unknown>;
    expect(header).toMatchObject({
      device_id: summary.device_id,
      slot: summary.slot,
      first_seq: 1,
    });
  });

  it('refuses when the package has no slot left that no laptop has shown, leaving nothing', async () => {
    const world = packageWorld(4, 1);
    cleanup.push(() => rmSync(world.folder, { recursive: true, force: true }));
    const { t: a } = await precinctFromPackage(world);
    cleanup.push(() => a.dispose());
    const stick = scratch();
    await a.must('setBackupFolder', { folderHandle: await readHandle(a, stick) });
    const packagePath = join(
      world.folder,
      readdirSync(world.folder).find((n) => n.endsWith('.pdpkg'))!,
    );
    const newDir = scratch();
    const run = await cli(
      'restore',
      '--from',
      stick,
      '--data-dir',
      newDir,
      '--package',
      packagePath,
      '--code-file',
      secretFile(world.code),
      '--member',
      'Aigerim Sadykova',
      '--secret-file',
      secretFile(CHAIR_PIN_FROM_PACKAGE),
    );
    expect(run.code).toBe(2);
    expect(run.err + run.out).toContain('slot_unavailable');
    expect(readdirSync(newDir)).toEqual([]);
  });
});
