/** Shared steps of the voter list's core tests (voters*.test.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantOfRuleTime } from '../../src/main/core/kernel/time/local-instant';
import {
  CHAIR_PIN,
  makeTestCore,
  readHandle,
  SAMPLE_PRECINCT,
  setUpPrecinct,
  type TestCore,
} from './core';
import { sampleVoters, writeVoterCsv } from '../../src/main/bench/sample-voters';

export const MEMBER_PIN = '135790';
export const DEPUTY_PIN = '246802';
export const { votingDay, timeZone } = {
  votingDay: SAMPLE_PRECINCT.votingDay,
  timeZone: SAMPLE_PRECINCT.timeZone,
};

/** The instant of a precinct-local time. */
export const at = (date: string, time: string) => instantOfRuleTime(date, time, timeZone);

export function tempFile(name: string, text: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), name);
  writeFileSync(path, text);
  return path;
}

export const count = (t: TestCore, sql: string) =>
  (t.core.db.prepare(sql).get() as { n: number }).n;

/** A precinct with a list of `size` sample voters imported by the chair, the chair logged in. */
export async function precinctWithList(size = 50) {
  const t = makeTestCore();
  const ids = await setUpPrecinct(t);
  const voters = [...sampleVoters(size)];
  const path = join(mkdtempSync(join(tmpdir(), 'precinct-desk-list-')), 'list.csv');
  await writeVoterCsv(path, voters);
  await t.must('login', { memberId: ids.chair, pin: CHAIR_PIN });
  const report = await t.must('checkVoterFile', { handle: await readHandle(t, path) });
  await t.must('importVoterFile', { reportId: report.reportId });
  return { t, ids, voters };
}

export async function as(t: TestCore, memberId: string, pin: string) {
  await t.must('logout', {});
  await t.must('login', { memberId, pin });
}

/** Moves the clock to a precinct-local time; the idle session locked meanwhile, so log in again. */
export async function laterAs(
  t: TestCore,
  date: string,
  time: string,
  memberId: string,
  pin: string,
  zone = timeZone,
) {
  t.clock.set(new Date(instantOfRuleTime(date, time, zone)).toISOString());
  await t.must('login', { memberId, pin });
}
