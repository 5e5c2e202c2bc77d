/**
 * A second supervisor laptop from the first one's key backup: store A makes packages, precinct
 * laptops load them and send files, A imports them and revokes a device; A's key backup is
 * restored as B; B imports the same files and ends in the same state, then makes revision 2 of
 * a package a precinct loaded from A, and the chair's laptop loads it and sends a file B reads.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import type { Db } from '../../src/main/core/kernel/db/database';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import type { ImportContext } from '../../src/main/core/features/supervisor/import-file';
import { revokeDevice } from '../../src/main/core/features/supervisor/supervisor-handlers';
import {
  makeKeyBackup,
  readKeyBackup,
  restoreKeyBackup,
} from '../../src/main/core/features/supervisor/key-backup';
import { unlockCentralStore } from '../../src/main/core/features/supervisor/central-access';
import { readCentralKeys } from '../../src/main/core/features/supervisor/central-keys';
import { makeTestCore, readHandle, writeHandle, type TestCore } from '../support/core';
import { tableDigests } from '../support/store-digest';
import { at } from '../support/voters';
import { SAMPLE_ENTRIES } from '../support/infolog';
import {
  ballot,
  centralDigest,
  centralFixture,
  ELECTION,
  enrolDevice,
  makePackage,
  recordEvents,
  syncFile,
  TEST_SUPERVISOR,
  VOTING_DAY,
} from '../support/supervisor';

const CHAIR_PIN = '482915';
const BACKUP_PASSPHRASE = 'a second laptop in the safe';
const ADMIN_B = 'Dana Second Administrator';
const ADMIN_B_PASSPHRASE = 'river stones under the bridge';
const IMPORTED_AT = '2027-03-19T20:00:00.000Z';
const cleanups: (() => void)[] = [];
/** How many events each exported file holds. */
const exportedEvents = new Map<string, number>();
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A precinct laptop set up from a package made by a central store, its chair logged in. */
async function laptop(made: { path: string; handoverCode: string }, slot: number) {
  const t = makeTestCore(new Date(at(VOTING_DAY, '08:00')).toISOString());
  cleanups.push(() => t.dispose());
  await loadOn(t, made, slot);
  const chair = (await t.must('getPackageState', {})).chairs[0]?.memberId ?? '';
  await t.must('setPackageChairPin', { memberId: chair, pin: CHAIR_PIN, clockConfirmed: true });
  await t.must('login', { memberId: chair, pin: CHAIR_PIN });
  return t;
}

async function loadOn(t: TestCore, made: { path: string; handoverCode: string }, slot?: number) {
  const preview = await t.must('previewPackage', { handle: await readHandle(t, made.path) });
  return t.must('loadPackage', {
    handle: await readHandle(t, made.path),
    handoverCode: made.handoverCode,
    centralFingerprint: preview.centralFingerprint,
    ...(slot === undefined ? {} : { slot }),
  });
}

/** The chair records information-log entries, then exports what is new. */
async function recordAndExport(t: TestCore, entries: number, out: string): Promise<string> {
  for (let i = 0; i < entries; i++) {
    await t.must('recordInfoLogEntry', {
      at: `${VOTING_DAY}T07:5${i}`,
      details: SAMPLE_ENTRIES.inquiry,
    });
  }
  const exported = await t.must('exportSyncFile', {
    handle: await writeHandle(t, out, 'pdsync'),
    full: false,
  });
  exportedEvents.set(out, exported.eventCount);
  return out;
}

const importContext = (db: Db): ImportContext => {
  const keys = readCentralKeys(db);
  if (!keys) throw new Error('no central keys');
  return { db, keys, maxBytes: 256 * 1024 * 1024, now: () => IMPORTED_AT };
};

describe('a key backup restored on a second supervisor laptop', () => {
  it('reads the same files into the same state and makes a newer revision the precinct loads', async () => {
    const a = centralFixture();
    cleanups.push(() => a.dispose());
    const stick = folder('precinct-desk-stick-');
    const voters1 = [...sampleVoters(12, VOTING_DAY, 1)];
    const voters2 = [...sampleVoters(8, VOTING_DAY, 2)];
    // Precinct 1 has two laptops: the chair's on slot 1, a second one (later revoked) on slot 2.
    const p1 = await makePackage(a, 'p-1', 1, voters1, ELECTION, 2);
    const p2 = await makePackage(a, 'p-2', 2, voters2);
    const chair1 = await laptop(p1, 1);
    const chair2 = await laptop(p2, 1);
    const files = [
      await recordAndExport(chair1, 2, join(stick, 'p1-a.pdsync')),
      await recordAndExport(chair2, 1, join(stick, 'p2-a.pdsync')),
    ];
    // The second laptop of precinct 1 sends a file, is revoked, then sends one beyond it.
    const spare = enrolDevice(p1.content, 'dev-p1-spare', 2);
    const events = recordEvents(spare.deviceId, [
      ballot('b-s1', voters1[5]?.iin ?? ''),
      ballot('b-s2', voters1[6]?.iin ?? ''),
    ]);
    files.push(a.file('spare-1.pdsync', syncFile(a, spare, events.slice(0, 1))));
    const late = a.file('spare-2.pdsync', syncFile(a, spare, events));

    const ctxA = importContext(a.db);
    expect(importAll(ctxA, files)).toMatchObject({ accepted: 3, rejected: 0, held: 0 });
    revokeDevice(a.db, { deviceId: 'dev-p1-spare', reason: 'lost' }, IMPORTED_AT, TEST_SUPERVISOR);
    expect(importAll(ctxA, [late]).files[0]?.code).toBe('revoked_device');

    // A's key backup: one file, owner-only, restored into a new folder as store B.
    const backup = join(folder('precinct-desk-backup-'), 'central.pdkeys');
    const made = await makeKeyBackup(a.db, backup, BACKUP_PASSPHRASE, IMPORTED_AT, TEST_SUPERVISOR);
    expect(made).toMatchObject({ precincts: 2, fingerprint: a.keys.fingerprint });
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const dirB = folder('precinct-desk-central-b-');
    const registry = await readKeyBackup(readFileSync(backup), BACKUP_PASSPHRASE);
    const opened = await restoreKeyBackup(
      dirB,
      { registry, account: ADMIN_B, passphrase: ADMIN_B_PASSPHRASE },
      Date.parse(IMPORTED_AT),
    );
    opened.db.close();
    // B opens with its own administrator's passphrase, as any store does.
    const b = (await unlockCentralStore(dirB, ADMIN_B, ADMIN_B_PASSPHRASE, Date.now())).db;
    cleanups.push(() => b.close());
    expect(readCentralKeys(b)).toEqual(readCentralKeys(a.db));

    // The same files, in the same order, end in the same state.
    const ctxB = importContext(b);
    expect(importAll(ctxB, files)).toMatchObject({ accepted: 3, rejected: 0, held: 0 });
    expect(importAll(ctxB, [late]).files[0]?.code).toBe('revoked_device');
    expect(centralDigest(b)).toBe(centralDigest(a.db));
    // Every table but the log of imports (file paths and times), the alarms' raise times, and
    // each store's own log of its supervisors' acts (A's backup, B's restore, by their accounts).
    const exclude = ['imports', 'alarms', 'supervisor_log'];
    const digestA = tableDigests(a.db, { exclude });
    const digestB = tableDigests(b, { exclude });
    expect(digestB).toEqual(digestA);

    // B makes revision 2 of precinct 1's package with the same keys and member ids.
    const fromB = { ...a, db: b };
    const revision2 = await makePackage(fromB, 'p-1', 1, voters1, ELECTION, 2);
    expect(revision2.content.precinct_key).toEqual(p1.content.precinct_key);
    expect(revision2.content.members).toEqual(p1.content.members);
    expect(revision2.content.central).toEqual(p1.content.central);
    // Slot 1 and 2 are in use: neither is offered again.
    expect(revision2.content.slots.map((s) => [s.slot, s.key_pem])).toEqual([
      [1, null],
      [2, null],
    ]);
    expect(revision2.content.revoked_devices.map((d) => d.device_id)).toEqual(['dev-p1-spare']);
    const packageRow = b
      .prepare("SELECT revision FROM packages WHERE precinct_id = 'p-1' ORDER BY revision DESC")
      .get() as { revision: number };
    expect(packageRow.revision).toBe(2);

    // The chair's laptop, set up from A's revision 1, accepts B's revision 2.
    const loaded = await loadOn(chair1, revision2);
    expect(loaded).toMatchObject({ revision: 2 });
    expect((await chair1.must('getPackageState', {})).revision).toBe(2);
    // Its next file goes into B.
    const next = await recordAndExport(chair1, 1, join(stick, 'p1-b.pdsync'));
    // (the package's load is recorded too: every event of the file is new to B).
    expect(importAll(ctxB, [next]).files[0]).toMatchObject({
      status: 'accepted',
      newEvents: exportedEvents.get(next),
    });
  }, 60_000);
});
