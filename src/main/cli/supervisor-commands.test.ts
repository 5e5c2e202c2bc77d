import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCentralKeys } from '../core/features/supervisor/central-keys';
import {
  ballot,
  enrolDevice,
  recordEvents,
  spec,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
} from '../../../tests/support/supervisor';
import { openPackage } from '../core/airgap/package-file';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../bench/sample-voters';
import { makeTestCore, setUpPrecinct } from '../../../tests/support/core';
import { readFileSync } from 'node:fs';
import {
  cli,
  packageCreate,
  tempFolders,
  centralInit,
  asAdmin,
  adminStore,
  ADMIN,
} from '../../../tests/support/cli';

const folder = tempFolders('precinct-desk-cli-central-');

const voters = [...sampleVoters(6, VOTING_DAY, 5)];
const listText = (rows = voters) => `${CSV_HEADER}\n${rows.map(voterCsvLine).join('\n')}\n`;

/** A central folder with its key, a spec and a list on disk. */
async function central() {
  const base = folder();
  const dir = join(base, 'central');
  const init = await centralInit(dir);
  const specPath = join(base, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec('p-412', 412)));
  const listPath = join(base, 'list.csv');
  writeFileSync(listPath, listText());
  return { base, dir, init, specPath, listPath };
}

describe('central init', () => {
  it('makes the key once, prints its fingerprint, and never replaces it', async () => {
    const { dir, init } = await central();
    expect(init.code).toBe(0);
    const db = await adminStore(dir);
    const fingerprint = readCentralKeys(db)?.fingerprint as string;
    db.close();
    expect(init.out).toContain(fingerprint);
    expect(init.out).toContain(fingerprint.slice(0, 4).toUpperCase() + ' ');
    const again = await centralInit(dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already holds a central key');
    const db2 = await adminStore(dir);
    expect(readCentralKeys(db2)?.fingerprint).toBe(fingerprint);
    db2.close();
  });

  it('refuses a folder holding a set-up precinct, and unusable arguments', async () => {
    const t = makeTestCore();
    await setUpPrecinct(t);
    const run = await centralInit(t.dataDir);
    t.dispose();
    expect(run.code).toBe(2);
    expect((await cli('central', 'init', ...asAdmin())).code).toBe(2);
    expect((await centralInit(folder(), '--bogus', 'x')).code).toBe(2);
  });
});

/**
 * A supervisor folder made on the command line with one precinct's package, and a laptop of
 * that precinct enrolled by it that has issued `ballots` ballots (not yet imported).
 */
async function enrolledDevice(ballots: number) {
  const { base, dir, specPath, listPath } = await central();
  const pkg = join(base, 'p.pdpkg');
  const made = await packageCreate({ dir, spec: specPath, voters: listPath, out: pkg }, '--json');
  const { handover_code: code } = JSON.parse(made.out) as { handover_code: string };
  const read = await openPackage(readFileSync(pkg), code);
  if (!read.ok) throw new Error(read.problem);
  const db = await adminStore(dir);
  const fx = { keys: readCentralKeys(db) } as unknown as CentralFixture;
  db.close();
  const device = enrolDevice(read.content, 'dev-1');
  const events = recordEvents(
    'dev-1',
    voters.slice(0, ballots).map((v, i) => ballot(`b${i}`, v.iin)),
  );
  return { base, dir, fx, device, events };
}

describe('sync verify and sync import', () => {
  it('verifies without writing, imports with exit codes 0, 3 and 1, and prints the JSON shape', async () => {
    const { base, dir, fx, device, events } = await enrolledDevice(4);
    const stick = join(base, 'stick');
    mkdirSync(stick);
    writeFileSync(join(stick, 'a.pdsync'), syncFile(fx, device, events.slice(0, 2)));
    const late = join(base, 'late.sync');
    writeFileSync(late, syncFile(fx, device, events.slice(3)));

    const verify = await cli(
      'sync',
      'verify',
      ...asAdmin(),
      '--data-dir',
      dir,
      join(stick, 'a.pdsync'),
      late,
    );
    expect(verify.code).toBe(0);
    expect(verify.out.split('\n')).toEqual([`${join(stick, 'a.pdsync')}: valid`, `${late}: valid`]);

    const held = await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, late, '--json');
    expect(held.code).toBe(3);
    expect(JSON.parse(held.out)).toEqual({
      // A file named is read whatever its ending; only a folder's files are picked by it.
      left_out: [],
      files: [
        {
          file: late,
          status: 'held',
          code: null,
          device: 'dev-1',
          first_seq: 4,
          last_seq: 4,
          new_events: 0,
        },
      ],
    });
    writeFileSync(join(stick, 'b.pdsync'), syncFile(fx, device, events.slice(1, 3)));
    writeFileSync(join(stick, 'notes.txt'), 'not a sync file');
    writeFileSync(join(stick, 'c.pdsync'), 'not a sync file either');
    const all = await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, stick, '--json');
    expect(all.code).toBe(1);
    const report = JSON.parse(all.out) as {
      left_out: string[];
      files: { status: string; code: string | null; new_events: number }[];
    };
    // From a folder only its sync files are read; the rest is named, unread.
    expect(report.left_out).toEqual([join(stick, 'notes.txt')]);
    expect(report.files.map((f) => [f.status, f.code, f.new_events])).toEqual([
      ['accepted', null, 2],
      ['accepted', null, 1],
      ['rejected', 'not_a_sync_file', 0],
    ]);
    const told = await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, stick);
    expect(told.out).toContain(`${join(stick, 'notes.txt')}: left out (not a sync file, .pdsync)`);
    const again = await cli(
      'sync',
      'import',
      ...asAdmin(),
      '--data-dir',
      dir,
      join(stick, 'a.pdsync'),
      join(stick, 'b.pdsync'),
      late,
    );
    expect(again.code).toBe(0);
    expect(again.out).toContain('already imported');
  });

  it('exits 2 on a missing or non-supervisor data folder and on missing files, writing nothing', async () => {
    const empty = folder();
    const run = await cli('sync', 'import', ...asAdmin(), '--data-dir', join(empty, 'nope'), empty);
    expect(run.code).toBe(2);
    expect(readdirSync(empty)).toEqual([]);
    expect((await cli('sync', 'verify', ...asAdmin(), '--data-dir', empty, empty)).code).toBe(2);
    const { dir } = await central();
    expect(
      (await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, join(empty, 'missing.sync')))
        .code,
    ).toBe(2);
    expect((await cli('sync', 'import', ...asAdmin(), '--data-dir', dir)).code).toBe(2);
    expect((await cli('package', 'verify')).code).toBe(2);
  });
});

describe('device revoke', () => {
  it('revokes as the app does: a reason required, as the account, refusals with their code, exit 2', async () => {
    const { base, dir, fx, device, events } = await enrolledDevice(3);
    const first = join(base, 'first.sync');
    writeFileSync(first, syncFile(fx, device, events.slice(0, 2)));
    expect((await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, first)).code).toBe(0);
    const revoked = async () => {
      const store = await adminStore(dir);
      try {
        return store
          .prepare('SELECT revoked_at, revoked_by, revoked_reason, revoked_head_seq FROM devices')
          .all();
      } finally {
        store.close();
      }
    };
    const before = await revoked();

    // The same input rules as the app: a reason, not blank; the account is who revokes.
    for (const argv of [
      ['device', 'revoke', ...asAdmin(), 'dev-1', '--data-dir', dir, '--revoked-by', 'Someone'],
      ['device', 'revoke', ...asAdmin(), 'dev-1', '--data-dir', dir],
      ['device', 'revoke', ...asAdmin(), 'dev-1', '--data-dir', dir, '--reason', '  '],
      ['device', 'revoke', '--data-dir', dir, '--reason', 'Stolen'],
    ]) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toContain('see precinct-desk --help');
    }
    const unknown = await cli(
      'device',
      'revoke',
      ...asAdmin(),
      'dev-9',
      '--data-dir',
      dir,
      '--reason',
      'Stolen',
    );
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('device_not_found');
    // A precinct's folder is no central store.
    const t = makeTestCore();
    await setUpPrecinct(t);
    const precinct = await cli(
      'device',
      'revoke',
      ...asAdmin(),
      'dev-1',
      '--data-dir',
      t.dataDir,
      '--reason',
      'Stolen',
    );
    t.dispose();
    expect(precinct.code).toBe(2);
    expect(await revoked()).toEqual(before);

    const run = await cli(
      'device',
      'revoke',
      ...asAdmin(),
      'dev-1',
      '--data-dir',
      dir,
      '--reason',
      'Stolen on the way',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Device dev-1 of precinct p-412 revoked by ${ADMIN}`);
    expect(await revoked()).toMatchObject([
      { revoked_by: ADMIN, revoked_reason: 'Stolen on the way', revoked_head_seq: 2 },
    ]);
    const again = await cli(
      'device',
      'revoke',
      ...asAdmin(),
      'dev-1',
      '--data-dir',
      dir,
      '--reason',
      'Again',
    );
    expect(again.code).toBe(2);
    expect(again.err).toContain('device_revoked');
    expect(await revoked()).toMatchObject([{ revoked_by: ADMIN, revoked_head_seq: 2 }]);

    // Files beyond the head it had are refused from now on; older ones are still read.
    const late = join(base, 'late.sync');
    writeFileSync(late, syncFile(fx, device, events.slice(2)));
    const refused = await cli('sync', 'import', ...asAdmin(), '--data-dir', dir, late, '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).files[0]).toMatchObject({ code: 'revoked_device' });
  });
});
