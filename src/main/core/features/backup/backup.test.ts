import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHAIR_PIN,
  keeping,
  readHandle,
  withOwnPin,
  type TestCore,
} from '../../../../../tests/support/core';
import {
  laterAs,
  MEMBER_PIN,
  precinctWithList,
  votingDay,
} from '../../../../../tests/support/voters';
import { openWithSecret } from '../../kernel/at-rest/door-wraps';
import { doorPath, readDoor } from '../../kernel/at-rest/door-file';
import { openExistingDatabase } from '../../kernel/db/database';
import { useDurableFileSystem } from '../../kernel/durable-file';
import { BACKUPS_KEPT, headerSignedByDevice, listBackups, readBackup } from './backup-file';
import { BackupKeeper } from './backup-keeper';
import type { BackupSource } from './backup-writer';
import { normaliseRecoveryCode } from '../members';
import { deviceKey } from '../sync';

let t: TestCore;
const folders: string[] = [];
afterEach(() => {
  useDurableFileSystem(null);
  t?.dispose();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});
const listed = keeping(precinctWithList, (core) => (t = core));

function stick(): string {
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-stick-'));
  folders.push(folder);
  return folder;
}

/** The chair names `folder` as the backup folder (a backup is written at once). */
async function nameFolder(folder: string) {
  return t.must('setBackupFolder', { folderHandle: await readHandle(t, folder) });
}

/** The store inside a backup, opened with the key a secret's wrap in the backup's door gives. */
async function openBackedUpStore(
  path: string,
  secret: { kind: 'pin' | 'recovery_code'; memberId: string; value: string },
) {
  const backup = await readBackup(path);
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-opened-'));
  folders.push(dir);
  const bytes = readFileSync(path).subarray(backup.storeOffset);
  writeFileSync(join(dir, 'precinct.db'), bytes);
  writeFileSync(doorPath(dir), JSON.stringify(backup.door));
  const door = readDoor(dir);
  if (!door) throw new Error('no door');
  const key = await openWithSecret(door, secret.kind, secret.memberId, secret.value);
  if (!key) throw new Error('the backup door does not open with the secret');
  const db = openExistingDatabase(dir, key);
  if (!db) throw new Error('no store in the backup');
  return db;
}

describe('backups to the chair’s folder', () => {
  it('writes an encrypted backup whose door opens it with the chair’s PIN or the recovery code', async () => {
    const { ids, voters } = await listed(40);
    const folder = stick();
    const status = await nameFolder(folder);
    expect(status).toMatchObject({ folder, lastError: null, pending: false });
    expect(status.lastBackupFile).toMatch(/^precinct-\d+-.+\.pdbackup$/);
    const [file] = readdirSync(folder);
    const path = join(folder, file!);

    // No voter's name or IIN, no member's name of the store, in clear anywhere in the file.
    const bytes = readFileSync(path);
    for (const voter of voters) {
      expect(bytes.includes(Buffer.from(voter.iin))).toBe(false);
      expect(bytes.includes(Buffer.from(voter.last_name))).toBe(false);
    }
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    const backup = await readBackup(path);
    expect(backup.header).toMatchObject({ device_id: t.core.deviceId, precinct_number: 412 });
    // The door carries no lockout and no key in clear.
    expect(backup.door).toMatchObject({ open_key: null, lockouts: [], pending_lockouts: [] });

    const db = await openBackedUpStore(path, {
      kind: 'pin',
      memberId: ids.chair,
      value: CHAIR_PIN,
    });
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM voters')).toBe(40);
    expect(n(`SELECT max(seq) AS n FROM events WHERE device_id = '${t.core.deviceId}'`)).toBe(
      backup.header.last_seq,
    );
    db.close();
    // The header is the laptop's own word: signed by its device key, a changed one refused.
    expect(headerSignedByDevice(backup.header)).toBe(true);
    const text = bytes.toString('latin1');
    const forged = text.replace(
      `"last_seq":${backup.header.last_seq}`,
      `"last_seq":${backup.header.last_seq + 1}`,
    );
    expect(forged).not.toBe(text);
    const forgedPath = join(folder, 'forged.pdbackup');
    writeFileSync(forgedPath, Buffer.from(forged, 'latin1'));
    await expect(readBackup(forgedPath)).rejects.toMatchObject({ code: 'backup_damaged' });
    const byCode = await openBackedUpStore(path, {
      kind: 'recovery_code',
      memberId: ids.chair,
      value: normaliseRecoveryCode(ids.recoveryCode),
    });
    byCode.close();
  });

  it('keeps this laptop’s newest ten, removing older ones only after the new one is whole', async () => {
    await listed(5);
    const folder = stick();
    await nameFolder(folder);
    const written: string[] = [];
    for (let i = 0; i < 12; i++) {
      t.clock.advance(60_000);
      const status = await t.must('backupNow', {});
      written.push(status.lastBackupFile!);
    }
    const kept = (await listBackups(folder)).backups.map((b) => b.name);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept).toEqual(written.slice(-BACKUPS_KEPT));
    // Another laptop's backups in the same folder are never removed.
    const other = join(folder, 'precinct-412-otherdev-20270301T000000Z-1.pdbackup');
    writeFileSync(other, readFileSync(join(folder, kept[0]!)));
    await t.must('backupNow', {});
    expect(existsSync(other)).toBe(true);
  });

  it('says a missing, full or read-only stick with a stable code, and ballots go on', async () => {
    const { ids, voters } = await listed(5);
    const folder = stick();
    await nameFolder(folder);
    const first = readdirSync(folder);
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);

    useDurableFileSystem({
      rename: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
    });
    await laterAs(t, votingDay, '09:00', ids.member, MEMBER_PIN);
    await t.must('issueBallot', { iin: voters[0]!.iin, documentChecked: true, helperName: null });
    await laterAs(t, votingDay, '09:01', ids.chair, CHAIR_PIN);
    let status = await t.must('backupNow', {});
    expect(status.lastError).toMatchObject({ code: 'disk_full' });
    expect(status.pending).toBe(true);

    useDurableFileSystem({
      open: () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })),
    });
    status = await t.must('backupNow', {});
    expect(status.lastError).toMatchObject({ code: 'read_only_medium' });
    useDurableFileSystem(null);

    rmSync(folder, { recursive: true });
    status = await t.must('backupNow', {});
    expect(status.lastError).toMatchObject({ code: 'backup_folder_missing' });
    expect(await t.must('getBackupStatus', {})).toMatchObject({
      lastError: { code: 'backup_folder_missing' },
      pending: true,
    });
    // The ballot's transaction never waits on the stick.
    await laterAs(t, votingDay, '09:02', ids.member, MEMBER_PIN);
    await t.must('issueBallot', { iin: voters[1]!.iin, documentChecked: true, helperName: null });

    // The stick back: the next backup clears the problem.
    await laterAs(t, votingDay, '09:03', ids.chair, CHAIR_PIN);
    await (await import('node:fs/promises')).mkdir(folder);
    status = await t.must('backupNow', {});
    expect(status).toMatchObject({ lastError: null, pending: false });
    expect(first).toHaveLength(1);
  });

  it('a write cut off midway leaves the earlier backups whole and no file that looks like one', async () => {
    await listed(5);
    const folder = stick();
    await nameFolder(folder);
    t.clock.advance(60_000);
    await t.must('backupNow', {});
    const before = (await listBackups(folder)).backups;
    // The process dies while the new file is half written: its temporary file stays behind.
    useDurableFileSystem({
      open: async (...args: Parameters<typeof import('node:fs/promises').open>) => {
        const handle = await (await import('node:fs/promises')).open(...args);
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (content: AsyncIterable<Uint8Array | string>) => {
            for await (const chunk of content) {
              await handle.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
              throw Object.assign(new Error('killed'), { code: 'EIO' });
            }
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      },
      rm: () => Promise.resolve(),
    });
    t.clock.advance(60_000);
    const status = await t.must('backupNow', {});
    expect(status.lastError).toMatchObject({ code: 'io_error' });
    useDurableFileSystem(null);
    const after = await listBackups(folder);
    expect(after.backups.map((b) => b.name)).toEqual(before.map((b) => b.name));
    expect(after.damaged).toEqual([]);
    for (const b of after.backups) await readBackup(b.path);
    expect(readdirSync(folder).some((name) => name.startsWith('.'))).toBe(true);
  });

  it('the timer backs up a quiet minute after a change, and at most 4.5 minutes after the first', async () => {
    const { ids, voters } = await listed(5);
    const folder = stick();
    await nameFolder(folder);
    let now = 0;
    const keeper = new BackupKeeper(
      backupSourceOf(t),
      () => folder,
      { pollMs: 1_000_000, quietMs: 60_000, maxDelayMs: 270_000 },
      () => now,
    );
    await keeper.tick();
    // Nothing new since the folder's newest backup: nothing written at start.
    const count = () => readdirSync(folder).length;
    expect(count()).toBe(1);
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await laterAs(t, votingDay, '08:00', ids.member, MEMBER_PIN);
    for (const voter of voters) {
      await t.must('issueBallot', { iin: voter.iin, documentChecked: true, helperName: null });
      await keeper.tick();
      now += 50_000; // a change every 50 seconds: never a quiet minute
    }
    expect(count()).toBe(1);
    // 4.5 minutes after the first change not backed up, a backup whatever the pace.
    now = 270_000;
    await keeper.tick();
    expect(count()).toBe(2);
    expect((await keeper.status()).pending).toBe(false);
    // A change, then a quiet minute.
    await t.must('logout', {});
    await keeper.tick();
    now += 59_000;
    await keeper.tick();
    expect(count()).toBe(2);
    now += 1_000;
    await keeper.tick();
    expect(count()).toBe(3);
  });

  it('refuses to name a folder for anyone but the chair', async () => {
    const { ids } = await listed(3);
    await withOwnPin(t, ids.chair, ids.member, MEMBER_PIN);
    await t.must('logout', {});
    await t.must('login', { memberId: ids.member, pin: MEMBER_PIN });
    const folder = stick();
    const handle = await readHandle(t, folder);
    expect(await t.call('setBackupFolder', { folderHandle: handle })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await t.must('getBackupStatus', {})).toMatchObject({ folder: null });
  });
});

function backupSourceOf(core: TestCore): BackupSource {
  return {
    db: core.core.db,
    dataDir: core.dataDir,
    clock: core.clock,
    deviceId: core.core.deviceId,
    idle: () => Promise.resolve(),
    door: () => {
      const door = readDoor(core.dataDir);
      if (!door) throw new Error('no door');
      return door;
    },
    deviceKey: () => deviceKey(core.core.db),
    facts: () => ({ electionId: null, precinctId: null, precinctNumber: 412, slot: null }),
  };
}
