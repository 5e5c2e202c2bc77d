/**
 * Killed while it writes, the app loses nothing it reported written and leaves a store that
 * checks: a child process records ballots, accommodation requests, log entries and list
 * corrections as fast as it can and prints each one's seq after its commit; it is killed with
 * SIGKILL at a random moment after at least a thousand writes, and its folder is then checked:
 * SQLite's integrity check, the hash chain, every printed seq, and the projections against a
 * rebuild from the log.
 */
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedDatabase, storeKeyOf } from '../support/at-rest';
import { CHAIR_PIN } from '../support/core';
import { rebuildProjections, verifyChain } from '../../src/main/core/feature-list';
import { instantOfRuleTime } from '../../src/main/core/kernel/time/local-instant';
import { accommodationPrecinct, VOTING_DAY } from '../support/accommodations';
import {
  bundleChild,
  copyFolder,
  inParallel,
  removeFolder,
  runAndKill,
} from '../support/kill/harness';
import { tableDigests } from '../support/store-digest';

/** Trials and writes per trial (at least): the figures docs/durability.md gives. */
const TRIALS = 100;
const MIN_WRITES = 1000;

let child = '';
let template = '';
let job: { memberId: string; startIso: string; storeKey: string } = {
  memberId: '',
  startIso: '',
  storeKey: '',
};
let storeKey: Buffer = Buffer.alloc(0);
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  const bundle = await bundleChild();
  child = bundle.child;
  // Enough voters for a ballot each in a trial (a quarter of its writes), with room for the
  // writes a loaded machine makes before the kill lands.
  const p = await accommodationPrecinct({}, 600);
  template = p.t.dataDir;
  p.t.core.close();
  storeKey = await storeKeyOf(template, { memberId: p.ids.chair, pin: CHAIR_PIN });
  cleanups.push(
    () => removeFolder(template),
    () => removeFolder(bundle.dir),
  );
  job = {
    memberId: p.ids.member,
    storeKey: storeKey.toString('hex'),
    // The evening of voting day: every write is at an earlier moment, the polls still open.
    startIso: new Date(instantOfRuleTime(VOTING_DAY, '19:00', p.timeZone)).toISOString(),
  };
}, 120_000);

afterAll(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The checks after a kill; returns how many writes the child reported. */
function checkKilledFolder(dir: string, printed: number[]): void {
  const db = keyedDatabase(dir, storeKey);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyChain(db).ok).toBe(true);
    // The seqs of one laptop are gapless: every printed one is there if the last one is.
    const last = db.prepare('SELECT max(seq) AS seq FROM events').get() as { seq: number };
    const missing = printed.filter((seq) => seq > last.seq);
    expect(missing).toEqual([]);
    const before = tableDigests(db);
    rebuildProjections(db);
    expect(tableDigests(db)).toEqual(before);
  } finally {
    db.close();
  }
}

describe('killed while recording events', () => {
  it(`loses nothing it printed, in ${TRIALS} trials of at least ${MIN_WRITES} writes`, async () => {
    let writes = 0;
    let lost = 0;
    const started = Date.now();
    await inParallel(TRIALS, Math.min(2, availableParallelism()), async () => {
      const dir = copyFolder(template);
      try {
        const target = MIN_WRITES + Math.floor(Math.random() * 50);
        const run = await runAndKill(child, ['events', JSON.stringify({ ...job, dataDir: dir })], {
          when: (lines) => lines.length > target,
          jitterMs: 3,
        });
        expect(run.signal, run.stderr).toBe('SIGKILL');
        const printed = run.lines.filter((l) => /^\d+$/.test(l)).map(Number);
        expect(printed.length).toBeGreaterThanOrEqual(MIN_WRITES);
        writes += printed.length;
        const db = keyedDatabase(dir, storeKey, { readonly: true });
        const last = (db.prepare('SELECT max(seq) AS seq FROM events').get() as { seq: number })
          .seq;
        db.close();
        lost += printed.filter((seq) => seq > last).length;
        checkKilledFolder(dir, printed);
      } finally {
        removeFolder(dir);
      }
    });
    expect(lost).toBe(0);
    console.log(
      `kill test, events: ${TRIALS} trials, ${writes} writes, ${lost} lost, ${Date.now() - started} ms`,
    );
  }, 300_000);
});
