import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeTestCore,
  readHandle,
  readHandles,
  type TestCore,
  writeHandle,
} from '../../../../../tests/support/core';
import {
  ballot,
  centralFixture,
  enrolDevice,
  recordEvents,
  spec,
  syncFile,
  TEST_SUPERVISOR,
  VOTING_DAY,
  type CentralFixture,
  startCentral,
} from '../../../../../tests/support/supervisor';
import { openPackage } from '../../airgap/package-file';
import { sampleVoters, writeVoterCsv } from '../../../bench/sample-voters';
import type { Db } from '../../kernel/db/database';
import { readCentralKeys } from './central-keys';
import { createPackage } from './package-maker';
import { durableCommits, SYNCHRONOUS_FULL } from './supervisor-db';
import { ADMIN, adminStore } from '../../../../../tests/support/cli';

const SYNCHRONOUS_NORMAL = 1;
const NOW = '2027-03-01T00:00:00.000Z';

let fx: CentralFixture | null = null;
let t: TestCore | null = null;
afterEach(() => {
  durableCommits.observe = null;
  fx?.dispose();
  t?.dispose();
  fx = t = null;
});

interface StoredPrecinct {
  revision: number;
  enrollment_encryption_public_key: string;
  /** The slots' public keys, in slot order. */
  slots: string;
}

function stored(db: Db, precinctId: string) {
  const precinct = db
    .prepare<[string], StoredPrecinct>(
      `SELECT revision, enrollment_encryption_public_key, (SELECT group_concat(public_key, ' ')
         FROM (SELECT public_key FROM precinct_slots s WHERE s.precinct_id = p.precinct_id
         ORDER BY slot)) AS slots FROM precincts p WHERE precinct_id = ?`,
    )
    .get(precinctId);
  const members = db
    .prepare<[string], { member_id: string; full_name: string }>(
      'SELECT member_id, full_name FROM precinct_members WHERE precinct_id = ? ORDER BY full_name',
    )
    .all(precinctId);
  const packages = db
    .prepare<[string], { revision: number }>(
      'SELECT revision FROM packages WHERE precinct_id = ? ORDER BY revision',
    )
    .all(precinctId)
    .map((p) => p.revision);
  return { precinct, members, packages };
}

describe('durable supervisor decisions', () => {
  it('commits a package’s keys and member ids before its file exists; a failed write costs only a revision', async () => {
    fx = centralFixture();
    const central = fx;
    const specPath = central.file('p-7-spec.json', JSON.stringify(spec('p-7', 7)));
    const votersPath = join(central.dir, 'p-7-list.csv');
    await writeVoterCsv(votersPath, sampleVoters(4, VOTING_DAY, 7));
    const outPath = join(central.dir, 'p-7.pkg');
    const seen: { level: number; fileThere: boolean }[] = [];
    durableCommits.observe = (level) => seen.push({ level, fileThere: existsSync(outPath) });

    const made = await createPackage(
      central.db,
      { specPath, votersPath, outPath },
      NOW,
      TEST_SUPERVISOR,
    );
    // The record was committed, fully synced, while the file did not exist yet.
    expect(seen).toEqual([{ level: SYNCHRONOUS_FULL, fileThere: false }]);
    const first = await openPackage(readFileSync(outPath), made.handoverCode);
    if (!first.ok) throw new Error(first.problem);
    const afterFirst = stored(central.db, 'p-7');
    expect(afterFirst.precinct?.enrollment_encryption_public_key).toBe(
      first.content.precinct_key.encryption_public_key,
    );
    expect(afterFirst.precinct?.slots).toBe(first.content.slots[0]?.public_key);

    // The write fails (no such folder): the error is the write's, and the store keeps the
    // revision it recorded, with the same keys and member ids.
    const nowhere = join(central.dir, 'no-such-folder', 'p-7.pkg');
    await expect(
      createPackage(central.db, { specPath, votersPath, outPath: nowhere }, NOW, TEST_SUPERVISOR),
    ).rejects.toMatchObject({ code: 'io_error' });
    expect(existsSync(nowhere)).toBe(false);
    const afterFailure = stored(central.db, 'p-7');
    expect(afterFailure.packages).toEqual([1, 2]);
    expect(afterFailure.precinct).toEqual({ ...afterFirst.precinct, revision: 2 });
    expect(afterFailure.members).toEqual(afterFirst.members);

    // The next package reuses them under the next revision: laptops of revision 1 still fit.
    const againPath = join(central.dir, 'p-7-again.pkg');
    const again = await createPackage(
      central.db,
      { specPath, votersPath, outPath: againPath },
      NOW,
      TEST_SUPERVISOR,
    );
    expect(again.revision).toBe(3);
    const third = await openPackage(readFileSync(againPath), again.handoverCode);
    if (!third.ok) throw new Error(third.problem);
    expect(third.content.precinct_key).toEqual(first.content.precinct_key);
    expect(third.content.slots).toEqual(first.content.slots);
    expect(third.content.members).toEqual(first.content.members);
    expect(central.db.pragma('synchronous', { simple: true })).toBe(SYNCHRONOUS_NORMAL);
  });

  it('makes keys, records packages, revocations and alarm decisions with synchronous = FULL, then NORMAL again', async () => {
    const levels: number[] = [];
    durableCommits.observe = (level) => levels.push(level);
    t = makeTestCore();
    const app = t;
    const state = await startCentral(app);
    expect(levels).toEqual([SYNCHRONOUS_FULL]);

    const specPath = join(app.dataDir, 'spec.json');
    writeFileSync(specPath, JSON.stringify(spec('p-5', 5)));
    const voters = [...sampleVoters(6, VOTING_DAY, 5)];
    const listPath = join(app.dataDir, 'list.csv');
    await writeVoterCsv(listPath, voters);
    const outPath = join(app.dataDir, 'p-5.pdpkg');
    const outHandle = await writeHandle(app, outPath, 'pdpkg');
    const made = await app.must('createPackage', {
      specHandle: await readHandle(app, specPath),
      votersHandle: await readHandle(app, listPath),
      outHandle,
    });
    expect(levels).toHaveLength(2);

    // A device and a fork alarm, from two files of one device that disagree.
    const read = await openPackage(
      readFileSync(outPath),
      made.handoverCode,
      state.fingerprint ?? undefined,
    );
    if (!read.ok) throw new Error(read.problem);
    const device = enrolDevice(read.content, 'dev-5');
    const db = await adminStore(app.dataDir);
    const keys = readCentralKeys(db);
    db.close();
    const signer = { keys } as unknown as CentralFixture;
    const files = [
      recordEvents('dev-5', [ballot('b0', voters[0]!.iin)]),
      recordEvents('dev-5', [ballot('x0', voters[1]!.iin)]),
    ].map((events, i) => {
      const path = join(app.dataDir, `f${i}.sync`);
      writeFileSync(path, syncFile(signer, device, events));
      return path;
    });
    const { runId } = await app.must('importSyncFiles', { handles: await readHandles(app, files) });
    while (!(await app.must('getImportProgress', { runId })).finished) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Imports keep NORMAL: every event is still in the file it came in.
    expect(levels).toHaveLength(2);

    const [alarm] = await app.must('listAlarms', { openOnly: true });
    await app.must('decideAlarm', {
      alarmId: alarm?.alarmId ?? '',
      decision: 'The stored history stands.',
    });
    await app.must('revokeDevice', {
      deviceId: 'dev-5',
      reason: 'Lost',
    });
    expect(levels).toEqual([
      SYNCHRONOUS_FULL,
      SYNCHRONOUS_FULL,
      SYNCHRONOUS_FULL,
      SYNCHRONOUS_FULL,
    ]);
    // A refused decision is refused inside its transaction, and changes nothing.
    expect(
      await app.call('revokeDevice', { deviceId: 'dev-5', revokedBy: 'B', reason: 'Again' }),
    ).toMatchObject({ ok: false, error: { code: 'device_revoked' } });
    expect((await app.must('listDevices', {}))[0]).toMatchObject({ revokedBy: ADMIN });
  });
});
