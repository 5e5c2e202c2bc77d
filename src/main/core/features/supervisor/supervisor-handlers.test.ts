import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRun } from '@shared/supervisor/supervisor-contract';
import {
  makeTestCore,
  readHandle,
  readHandles,
  setUpPrecinct,
  type TestCore,
  writeHandle,
} from '../../../../../tests/support/core';
import { openPackage } from '../../airgap/package-file';
import { sampleVoters, writeVoterCsv } from '../../../bench/sample-voters';
import {
  ballot,
  enrolDevice,
  recordEvents,
  spec,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
  startCentral,
} from '../../../../../tests/support/supervisor';
import { readCentralKeys } from './central-keys';
import { ADMIN, adminStore } from '../../../../../tests/support/cli';

let t: TestCore;
afterEach(() => t.dispose());

const voters = [...sampleVoters(8, VOTING_DAY, 21)];

/** Supervisor mode started in the app, with one precinct's package made through it. */
async function supervisor() {
  t = makeTestCore();
  expect(await t.must('getSupervisorState', {})).toMatchObject({ initialized: false });
  const state = await startCentral(t);
  expect(state).toMatchObject({ initialized: true, precincts: 0 });
  const specPath = join(t.dataDir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec('p-5', 5)));
  const listPath = join(t.dataDir, 'list.csv');
  await writeVoterCsv(listPath, voters);
  // Packages are written through a .pdpkg handle: a path, or a handle for a CSV, is refused.
  expect(
    await t.call('createPackage', {
      specHandle: await readHandle(t, specPath),
      votersHandle: await readHandle(t, listPath),
      outPath: join(t.dataDir, 'p-5.pdpkg'),
      overwrite: false,
    }),
  ).toMatchObject({ error: { code: 'invalid_input' } });
  expect(
    await t.call('createPackage', {
      specHandle: await readHandle(t, specPath),
      votersHandle: await readHandle(t, listPath),
      outHandle: await writeHandle(t, join(t.dataDir, 'p-5.csv'), 'csv'),
    }),
  ).toMatchObject({ error: { code: 'file_handle_invalid' } });
  // The spec and the list are read through read handles of their own kind: paths are refused,
  // and a list's handle is no spec's.
  expect(
    await t.call('createPackage', {
      specPath,
      votersPath: listPath,
      outHandle: await writeHandle(t, join(t.dataDir, 'p-5.pdpkg'), 'pdpkg'),
    }),
  ).toMatchObject({ error: { code: 'invalid_input' } });
  expect(
    await t.call('createPackage', {
      specHandle: await readHandle(t, listPath),
      votersHandle: await readHandle(t, listPath),
      outHandle: await writeHandle(t, join(t.dataDir, 'p-5.pdpkg'), 'pdpkg'),
    }),
  ).toMatchObject({ error: { code: 'file_handle_invalid' } });
  const outPath = join(t.dataDir, 'p-5.pdpkg');
  const made = await t.must('createPackage', {
    specHandle: await readHandle(t, specPath),
    votersHandle: await readHandle(t, listPath),
    outHandle: await writeHandle(t, outPath, 'pdpkg'),
  });
  expect(made).toMatchObject({ precinctId: 'p-5', revision: 1, voterRows: 8 });
  expect(made.handoverCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  expect(made.centralFingerprint).toBe(state.fingerprint);
  const read = await openPackage(
    readFileSync(outPath),
    made.handoverCode,
    state.fingerprint ?? undefined,
  );
  if (!read.ok) throw new Error(read.problem);
  const db = await adminStore(t.dataDir);
  const keys = readCentralKeys(db);
  db.close();
  return { content: read.content, fx: { keys } as unknown as CentralFixture };
}

async function finished(runId: string): Promise<ImportRun> {
  for (;;) {
    const run = await t.must('getImportProgress', { runId });
    if (run.finished) return run;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('supervisor mode operations', () => {
  it('refuses to start in a folder whose precinct is set up', async () => {
    t = makeTestCore();
    await setUpPrecinct(t);
    const result = await t.call('startSupervisorMode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'precinct_folder' } });
    // A precinct's folder has no central store to show.
    expect(await t.call('getDashboard', {})).toMatchObject({
      ok: false,
      error: { code: 'precinct_folder' },
    });
  });

  it('imports in the background with progress, shows turnout, and a second import changes nothing', async () => {
    const { content, fx } = await supervisor();
    const device = enrolDevice(content, 'dev-5');
    const events = recordEvents(
      'dev-5',
      voters.slice(0, 5).map((v, i) => ballot(`b${i}`, v.iin)),
    );
    const files = [0, 1, 2].map((i) => {
      const path = join(t.dataDir, `f${i}.sync`);
      writeFileSync(path, syncFile(fx, device, events.slice(i * 2, i * 2 + 2)));
      return path;
    });
    const started = await t.must('importSyncFiles', { handles: await readHandles(t, files) });
    expect(started).toMatchObject({ total: 3, finished: false });
    const run = await finished(started.runId);
    expect(run).toMatchObject({ done: 3, accepted: 3, newEvents: 5, rejected: 0 });
    const board = await t.must('getDashboard', {});
    expect(board).toMatchObject({ precinctsKnown: 1, reporting: 1, silent: 0 });
    expect(board.turnout.at(-1)).toMatchObject({ region: 'Astana', ballots: 5 });
    const page = await t.must('listPrecincts', {
      sort: 'number',
      descending: false,
      limit: 10,
      offset: 0,
    });
    expect(page.precincts).toMatchObject([{ precinctId: 'p-5', ballots: 5 }]);
    expect(page.turnout.at(-1)).toMatchObject({ precinctId: 'p-5', ballots: 5 });
    const again = await finished(
      (await t.must('importSyncFiles', { handles: await readHandles(t, files) })).runId,
    );
    expect(again).toMatchObject({ alreadyImported: 3, newEvents: 0 });
    expect(await t.must('getDashboard', {})).toEqual(board);
    const detail = await t.must('getPrecinctDetail', { precinctId: 'p-5' });
    expect(detail.summary).toMatchObject({ ballots: 5, devices: 1, voters: 8 });
    expect(detail.imports).toHaveLength(6);
    const listed = await t.must('listImports', {
      status: 'already_imported',
      limit: 10,
      offset: 0,
    });
    expect(listed.total).toBe(3);

    // A tampered file is rejected with its code, and the state stays.
    const bytes = readFileSync(files[0] as string);
    bytes.writeUInt8((bytes.at(-20) ?? 0) ^ 1, bytes.length - 20);
    const tampered = join(t.dataDir, 'tampered.sync');
    writeFileSync(tampered, bytes);
    const bad = await finished(
      (await t.must('importSyncFiles', { handles: await readHandles(t, [tampered]) })).runId,
    );
    expect(bad.files[0]).toMatchObject({ status: 'rejected', code: 'body_mismatch' });
    expect(await t.must('getDashboard', {})).toEqual(board);
  });

  it('takes only the sync files of a chosen folder and names the files it left out', async () => {
    const { content, fx } = await supervisor();
    const device = enrolDevice(content, 'dev-5');
    const events = recordEvents(
      'dev-5',
      voters.slice(0, 2).map((v, i) => ballot(`b${i}`, v.iin)),
    );
    const stick = join(t.dataDir, 'stick');
    mkdirSync(stick);
    writeFileSync(join(stick, 'a.pdsync'), syncFile(fx, device, events));
    writeFileSync(join(stick, 'SPEC.json'), '{}');
    writeFileSync(join(stick, 'p-5.pdpkg'), 'not read');
    const run = await finished(
      (await t.must('importSyncFiles', { handles: await readHandles(t, [stick]) })).runId,
    );
    expect(run).toMatchObject({ total: 1, done: 1, accepted: 1, rejected: 0, newEvents: 2 });
    expect(run.leftOut.map((path) => basename(path)).sort()).toEqual(['SPEC.json', 'p-5.pdpkg']);
    expect(run.files.map((file) => basename(file.file))).toEqual(['a.pdsync']);
  });

  it('revokes a device, records a decision on a fork alarm once, and writes the CSV reports', async () => {
    const { content, fx } = await supervisor();
    const device = enrolDevice(content, 'dev-5');
    const events = recordEvents(
      'dev-5',
      voters.slice(0, 3).map((v, i) => ballot(`b${i}`, v.iin)),
    );
    const other = recordEvents(
      'dev-5',
      voters.slice(3, 5).map((v, i) => ballot(`x${i}`, v.iin)),
    );
    const a = join(t.dataDir, 'a.sync');
    const f = join(t.dataDir, 'fork.sync');
    writeFileSync(a, syncFile(fx, device, events));
    writeFileSync(f, syncFile(fx, device, other));
    await finished(
      (await t.must('importSyncFiles', { handles: await readHandles(t, [a, f]) })).runId,
    );
    const [alarm] = await t.must('listAlarms', { openOnly: true });
    expect(alarm).toMatchObject({ kind: 'fork', subject: 'dev-5' });
    const decided = await t.must('decideAlarm', {
      alarmId: alarm?.alarmId ?? '',
      decision: 'The laptop was restored from a backup; the stored history stands.',
    });
    expect(decided.decidedBy).toBe(ADMIN);
    expect(
      await t.call('decideAlarm', { alarmId: alarm?.alarmId, decision: 'again' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'alarm_decided' },
    });
    const revoked = await t.must('revokeDevice', {
      deviceId: 'dev-5',
      reason: 'Lost',
    });
    expect(revoked).toMatchObject({ headSeq: 3, revokedBy: ADMIN });
    const more = recordEvents(
      'dev-5',
      voters.slice(0, 4).map((v, i) => ballot(`b${i}`, v.iin)),
    );
    const late = join(t.dataDir, 'late.sync');
    writeFileSync(late, syncFile(fx, device, more));
    const run = await finished(
      (await t.must('importSyncFiles', { handles: await readHandles(t, [late]) })).runId,
    );
    expect(run.files[0]?.code).toBe('revoked_device');

    const csvPath = join(t.dataDir, 'turnout.csv');
    await t.must('saveCentralCsv', {
      report: 'turnout',
      handle: await writeHandle(t, csvPath, 'csv'),
    });
    expect(
      await t.call('saveCentralCsv', { report: 'turnout', path: csvPath, overwrite: true }),
    ).toMatchObject({ error: { code: 'invalid_input' } });
    expect(
      await t.call('saveCentralCsv', { report: 'turnout', handle: `fh_${'B'.repeat(32)}` }),
    ).toMatchObject({ error: { code: 'file_handle_invalid' } });
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFprecinct_id;precinct_number;region;hour')).toBe(true);
    expect(csv).toContain('p-5;5;Astana;');
    const conflicts = join(t.dataDir, 'conflicts.csv');
    await t.must('saveCentralCsv', {
      report: 'conflicts',
      handle: await writeHandle(t, conflicts, 'csv'),
    });
    expect(readFileSync(conflicts, 'utf8')).toContain(';fork;dev-5;p-5;');
  });
});
