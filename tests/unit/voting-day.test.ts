/**
 * A normal voting day raises nothing: a precinct with three laptops, set up from the central
 * commission's package on the command line, works the day (logins and a lockout, ballots,
 * log entries, a newer package loaded by the chair, the list split into sections for the
 * three laptops), the chair's laptop gathers the other two, and supervisor mode imports every file — with every event re-authorised on both sides, no
 * file is refused and no alarm is raised.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { secretFile } from '../support/cli';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import { importAll } from '../../src/main/core/features/supervisor/import-run';
import { makeTestCore, readHandle, readHandles, type TestCore } from '../support/core';
import {
  centralFixture,
  ELECTION,
  makePackage,
  VOTING_DAY,
  type CentralFixture,
} from '../support/supervisor';
import { SAMPLE_ENTRIES } from '../support/infolog';
import { at, MEMBER_PIN } from '../support/voters';

const CHAIR_PIN = '482915';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Runs a command (one that asks nothing at a prompt). */
async function cli(...argv: string[]): Promise<{ code: number; out: string[] }> {
  return asked('', ...argv);
}

/** Runs a command; `typed` is what is typed at its prompt (the handover code). */
async function asked(typed: string, ...argv: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    fail: (l) => out.push(l),
    ask: () => Promise.resolve(typed),
  });
  return { code, out };
}

/**
 * A laptop loaded from the package on the command line, taking laptop slot `slot`; its chair
 * then sets a PIN in the app.
 */
async function laptop(
  made: { path: string; handoverCode: string },
  name: string,
  slot: number,
): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), `precinct-desk-day-${name}-`));
  const loaded = await asked(
    made.handoverCode,
    'package',
    'load',
    made.path,
    '--data-dir',
    dir,
    '--slot',
    `${slot}`,
  );
  expect(loaded.code, loaded.out.join('\n')).toBe(0);
  const t = makeTestCore(`${VOTING_DAY}T01:00:00Z`, dir);
  cleanups.push(() => t.dispose());
  const state = await t.must('getPackageState', {});
  const chair = state.chairs[0]?.memberId ?? '';
  // The store the command line sealed with the handover code opens with it, for the chair's PIN.
  await t.must('setPackageChairPin', {
    memberId: chair,
    pin: CHAIR_PIN,
    clockConfirmed: true,
    handoverCode: made.handoverCode,
  });
  await t.must('login', { memberId: chair, pin: CHAIR_PIN });
  // The chair gives the member a PIN; the member replaces it at their first login.
  const members = await t.must('listMembers', {});
  const member = members.find((m) => m.role === 'member')?.id ?? '';
  const { temporaryPin } = await t.must('resetMemberPin', { memberId: member });
  await t.must('logout', {});
  await t.must('login', { memberId: member, pin: temporaryPin });
  await t.must('changeOwnPin', { currentPin: temporaryPin, newPin: MEMBER_PIN });
  await t.must('logout', {});
  return t;
}

const idOf = async (t: TestCore, role: string) =>
  (await t.must('listLoginMembers', {})).find((m) => m.role === role)?.id ?? '';

async function asRole(t: TestCore, role: 'chair' | 'member') {
  await t.must('logout', {});
  await t.must('login', {
    memberId: await idOf(t, role),
    pin: role === 'chair' ? CHAIR_PIN : MEMBER_PIN,
  });
}

async function exportFile(t: TestCore, folder: string, name: string): Promise<string> {
  const out = join(folder, `${name}.pdsync`);
  // The chair exports: the folder opens with the chair's PIN.
  const chair = await idOf(t, 'chair');
  const pin = secretFile(CHAIR_PIN);
  const exported = await cli(
    'sync',
    'export',
    '--data-dir',
    t.dataDir,
    '--out',
    out,
    '--member',
    chair,
    '--secret-file',
    pin,
  );
  expect(exported.code, exported.out.join('\n')).toBe(0);
  return out;
}

describe('a normal voting day', () => {
  it('refuses no file and raises no alarm, on the chair’s laptop or in supervisor mode', async () => {
    const fx: CentralFixture = centralFixture();
    cleanups.push(() => fx.dispose());
    const voters = [...sampleVoters(30, VOTING_DAY, 9)];
    // Three laptops: the chair's takes laptop slot 1.
    const first = await makePackage(fx, 'p-9', 9, voters.slice(0, 25), ELECTION, 3);
    const stick = mkdtempSync(join(tmpdir(), 'precinct-desk-stick-'));
    cleanups.push(() => rmSync(stick, { recursive: true, force: true }));

    const [a, b, c] = [
      await laptop(first, 'a', 1),
      await laptop(first, 'b', 2),
      await laptop(first, 'c', 3),
    ] as [TestCore, TestCore, TestCore];

    // Morning: a member mistypes a PIN until locked out on laptop B, then issues ballots.
    for (const t of [a, b, c]) t.clock.set(new Date(at(VOTING_DAY, '08:00')).toISOString());
    const memberB = await idOf(b, 'member');
    for (let i = 0; i < 5; i++) await b.call('login', { memberId: memberB, pin: '000001' });
    b.clock.advance(6 * 60_000);
    const issue = async (t: TestCore, iins: string[]) => {
      await asRole(t, 'member');
      for (const iin of iins) {
        await t.must('issueBallot', { iin, documentChecked: true, helperName: null });
      }
    };
    await issue(b, [voters[0]?.iin ?? '', voters[1]?.iin ?? '']);
    await issue(c, [voters[2]?.iin ?? '']);
    await issue(a, [voters[3]?.iin ?? '']);
    await a.must('recordInfoLogEntry', {
      at: `${VOTING_DAY}T07:50`,
      details: SAMPLE_ENTRIES.inquiry,
    });
    const morning = [await exportFile(b, stick, 'b-1'), await exportFile(c, stick, 'c-1')];

    // Noon: the central commission issues a newer package; the chair loads it, logged in.
    const second = await makePackage(fx, 'p-9', 9, voters, ELECTION, 3);
    await asRole(a, 'chair');
    const preview = await a.must('previewPackage', { handle: await readHandle(a, second.path) });
    await a.must('loadPackage', {
      handle: await readHandle(a, second.path),
      handoverCode: second.handoverCode,
      centralFingerprint: preview.centralFingerprint,
    });

    // The chair splits the list into sections, one per laptop (by surname, as paper books are).
    const deviceOf = (t: TestCore) =>
      (t.core.db.prepare('SELECT device_id FROM device').get() as { device_id: string }).device_id;
    const split: [string, string, TestCore, string][] = [
      ['А', 'Ж', a, 'Desk 1'],
      ['З', 'П', b, 'Desk 2'],
      ['Р', 'Я', c, 'Desk 3'],
    ];
    await a.must('setSections', {
      sections: split.map(([from, to, t, desk]) => ({
        name: `${from}–${to}`,
        rule: { kind: 'alphabet' as const, from, to },
        deviceId: deviceOf(t),
        deskLabel: desk,
      })),
    });

    // Evening: more ballots, then every laptop exports.
    for (const t of [a, b, c]) t.clock.set(new Date(at(VOTING_DAY, '19:00')).toISOString());
    await issue(b, [voters[4]?.iin ?? '']);
    await issue(c, [voters[5]?.iin ?? '', voters[6]?.iin ?? '']);
    const evening = [
      await exportFile(a, stick, 'a-1'),
      await exportFile(b, stick, 'b-2'),
      await exportFile(c, stick, 'c-2'),
    ];

    // The chair's laptop gathers the other two laptops' files.
    await asRole(a, 'chair');
    const gathered = await a.must('importPeerFiles', {
      handles: await readHandles(a, [...morning, ...evening.slice(1)]),
    });
    expect(gathered.files.map((f) => [f.status, f.code])).toEqual([
      ['accepted', null],
      ['accepted', null],
      ['accepted', null],
      ['accepted', null],
    ]);
    expect(gathered.alarms).toEqual([]);

    // Supervisor mode imports the whole stick.
    const run = importAll(fx.ctx, [stick]);
    expect(run.files.filter((f) => f.status === 'rejected')).toEqual([]);
    expect(run).toMatchObject({ total: 5, rejected: 0, held: 0 });
    expect(fx.db.prepare('SELECT kind, details FROM alarms').all()).toEqual([]);
    expect((fx.db.prepare('SELECT count(*) AS n FROM ballots').get() as { n: number }).n).toBe(7);
  });
});
