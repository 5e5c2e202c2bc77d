/**
 * The replacement laptop, end to end over real stores and real files: laptop A issues ballots,
 * exports and so backs up, and dies; laptop B is restored from the stick through the command
 * line and goes on; the central store imports A's file and B's file, in either order.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import { devices } from '../../src/main/core/features/supervisor/supervisor-views';
import { openCentralDatabase } from '../../src/main/core/features/supervisor/supervisor-db';
import { centralDatabasePath } from '../../src/main/core/features/supervisor/supervisor-folder';
import { cli, secretFile, tempFolders } from '../support/cli';
import { makeTestCore, readHandle, writeHandle, type TestCore } from '../support/core';
import {
  centralDigest,
  centralFixture,
  ELECTION,
  makePackage,
  VOTING_DAY,
  type CentralFixture,
} from '../support/supervisor';
import { at } from '../support/voters';

const CHAIR_PIN = '775533';
const MEMBER_PIN = '135790';
/** Removed after each test, once the test's cores are disposed (after hooks run last first). */
const scratch = tempFolders('precinct-desk-restore-');
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

async function as(t: TestCore, memberId: string, pin: string) {
  await t.must('logout', {});
  await t.must('login', { memberId, pin });
}

async function exportFile(t: TestCore, name: string): Promise<string> {
  const path = join(scratch(), name);
  await t.must('exportSyncFile', { handle: await writeHandle(t, path, 'pdsync'), full: false });
  return path;
}

const count = (fx: CentralFixture, sql: string) => (fx.db.prepare(sql).get() as { n: number }).n;

describe('a laptop dies, another is restored from its backup', () => {
  it('counts every ballot once at the central store, with no fork and no slot alarm', async () => {
    const fx = centralFixture();
    cleanup.push(() => fx.dispose());
    const voters = [...sampleVoters(8, VOTING_DAY, 7)];
    const made = await makePackage(fx, 'p-7', 7, voters, ELECTION, 3);
    // A second central store as it stands now, to import the same files in the other order.
    const twin = join(scratch(), 'central');
    mkdirSync(twin);
    fx.db.prepare('VACUUM INTO ?').run(centralDatabasePath(twin));

    // Laptop A loads the package on slot 1; the chair sets PINs and names the backup stick.
    const a = makeTestCore(new Date(at(VOTING_DAY, '07:30')).toISOString());
    cleanup.push(() => a.dispose());
    const handle = await readHandle(a, made.path);
    const preview = await a.must('previewPackage', { handle });
    const loaded = await a.must('loadPackage', {
      handle,
      handoverCode: made.handoverCode,
      centralFingerprint: preview.centralFingerprint,
      slot: 1,
    });
    const chair = loaded.chairs[0]!.memberId;
    await a.must('setPackageChairPin', { memberId: chair, pin: CHAIR_PIN, clockConfirmed: true });
    await a.must('login', { memberId: chair, pin: CHAIR_PIN });
    const member = (await a.must('listLoginMembers', {})).find((m) => m.role === 'member')!.id;
    const { temporaryPin } = await a.must('resetMemberPin', { memberId: member });
    await as(a, member, temporaryPin);
    await a.must('changeOwnPin', { currentPin: temporaryPin, newPin: MEMBER_PIN });
    await as(a, chair, CHAIR_PIN);
    const stick = scratch();
    await a.must('setBackupFolder', { folderHandle: await readHandle(a, stick) });

    // A issues two ballots; the chair exports (A's file), which writes a backup at once.
    await as(a, member, MEMBER_PIN);
    for (const v of voters.slice(0, 2)) {
      await a.must('issueBallot', { iin: v.iin, documentChecked: true, helperName: null });
    }
    await as(a, chair, CHAIR_PIN);
    const fileA = await exportFile(a, 'a.pdsync');
    await expect.poll(() => readdirSync(stick).filter((n) => !n.startsWith('.')).length).toBe(2);
    // A issues two more ballots after its last export; a backup holds them, then A dies.
    await as(a, member, MEMBER_PIN);
    for (const v of voters.slice(2, 4)) {
      await a.must('issueBallot', { iin: v.iin, documentChecked: true, helperName: null });
    }
    await as(a, chair, CHAIR_PIN);
    await a.must('backupNow', {});
    await expect.poll(() => readdirSync(stick).filter((n) => !n.startsWith('.')).length).toBe(3);
    const oldDevice = a.core.deviceId;
    const oldHead = a.core.db
      .prepare<[string], { seq: number }>('SELECT max(seq) AS seq FROM events WHERE device_id = ?')
      .get(oldDevice)!.seq;
    a.core.close(); // A dies.

    // B is restored from the stick and goes on.
    const newDir = join(scratch(), 'laptop');
    const run = await cli(
      'restore',
      '--from',
      stick,
      '--data-dir',
      newDir,
      '--package',
      made.path,
      '--code-file',
      secretFile(made.handoverCode),
      '--member',
      chair,
      '--secret-file',
      secretFile(CHAIR_PIN),
      '--json',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const b = makeTestCore(new Date(at(VOTING_DAY, '10:00')).toISOString(), newDir);
    cleanup.push(() => b.dispose());
    await b.must('login', { memberId: member, pin: MEMBER_PIN });
    // Refused to a voter who got a ballot on A before its export, and after it (in the backup).
    for (const v of [voters[0]!, voters[3]!]) {
      expect(
        await b.call('issueBallot', { iin: v.iin, documentChecked: true, helperName: null }),
      ).toMatchObject({ ok: false, error: { code: 'ballot_already_issued' } });
    }
    await b.must('issueBallot', { iin: voters[4]!.iin, documentChecked: true, helperName: null });
    await as(b, chair, CHAIR_PIN);
    const fileB = await exportFile(b, 'b.pdsync');
    expect(b.core.deviceId).not.toBe(oldDevice);

    // The central store: B's file first, then A's earlier one, then both again.
    const first = importAll(fx.ctx, [fileB]).files[0];
    expect(first).toMatchObject({ status: 'accepted' });
    // B's file brought A's whole chain up to the backup: A's own earlier file is inside it.
    expect(importAll(fx.ctx, [fileA]).files[0]).toMatchObject({ status: 'already_imported' });
    expect(importAll(fx.ctx, [fileB, fileA]).files.map((f) => f.status)).toEqual([
      'already_imported',
      'already_imported',
    ]);
    expect(fx.db.prepare('SELECT kind, subject, details FROM alarms').all()).toEqual([]);
    // A's earlier file first, then B's: the same state.
    const db2 = openCentralDatabase(twin, true, fx.storeKey)!;
    cleanup.unshift(() => db2.close());
    const other = { ...fx.ctx, db: db2 };
    expect(importAll(other, [fileA]).files[0]).toMatchObject({ status: 'accepted' });
    expect(importAll(other, [fileB]).files[0]).toMatchObject({ status: 'accepted' });
    expect(db2.prepare('SELECT count(*) AS n FROM alarms').get()).toEqual({ n: 0 });
    // A's ballots after its last export count too, each once: they came in B's restored range.
    expect(db2.prepare('SELECT count(*) AS n FROM ballots WHERE undone = 0').get()).toEqual({
      n: 5,
    });
    expect(centralDigest(db2)).toBe(centralDigest(fx.db));
    const facts = (db: typeof db2) =>
      devices(db, 'p-7').map(({ deviceId, slot, headSeq, restoredFrom }) => ({
        deviceId,
        slot,
        headSeq,
        restoredFrom,
      }));
    expect(facts(db2)).toEqual(facts(fx.db));
    // The Devices screen's data: the new laptop names the one it replaced.
    const listed = devices(fx.db, 'p-7');
    expect(listed.find((d) => d.deviceId === b.core.deviceId)).toMatchObject({
      slot: 2,
      restoredFrom: { deviceId: oldDevice },
    });
    expect(listed.find((d) => d.deviceId === oldDevice)).toMatchObject({
      slot: 1,
      restoredFrom: null,
    });
    expect(listed.find((d) => d.deviceId === oldDevice)).toMatchObject({ headSeq: oldHead });
    expect(count(fx, 'SELECT count(*) AS n FROM ballots WHERE undone = 0')).toBe(5);
    expect(count(fx, 'SELECT sum(ballots) AS n FROM precinct_counts')).toBe(5);
    expect(
      count(
        fx,
        'SELECT count(*) AS n FROM (SELECT iin FROM ballots WHERE undone = 0 GROUP BY iin HAVING count(*) > 1)',
      ),
    ).toBe(0);
  });
});
