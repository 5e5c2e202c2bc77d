import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters } from '../../../bench/sample-voters';
import { importAll } from './import-run';
import {
  addPrecinct,
  ballot,
  centralDigest,
  centralFixture,
  enrolDevice,
  recordEvents,
  syncFile,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import { dashboard } from './supervisor-views';

let fx: CentralFixture;
afterEach(() => fx.dispose());

const count = (sql: string) => (fx.db.prepare(sql).get() as { n: number }).n;

async function onePrecinct() {
  fx = centralFixture();
  const voters = [...sampleVoters(20, VOTING_DAY, 7)];
  const content = await addPrecinct(fx, 'p-101', 101, voters, undefined, 2);
  const device = enrolDevice(content, 'dev-a');
  const events = recordEvents(
    'dev-a',
    voters.slice(0, 12).map((v, i) => ballot(`b-${i}`, v.iin)),
  );
  return { content, device, events, voters };
}

describe('sync import at central', () => {
  it('accepts a file, then calls the same file already imported and changes nothing', async () => {
    const { device, events } = await onePrecinct();
    const path = fx.file('a.sync', syncFile(fx, device, events));
    const first = importAll(fx.ctx, [path]);
    expect(first.files[0]).toMatchObject({ status: 'accepted', newEvents: 12, device: 'dev-a' });
    const before = centralDigest(fx.db);
    const again = importAll(fx.ctx, [path]);
    expect(again.files[0]).toMatchObject({ status: 'already_imported', newEvents: 0 });
    expect(centralDigest(fx.db)).toBe(before);
    expect(count('SELECT ballots AS n FROM precinct_counts')).toBe(12);
    const board = dashboard(fx.db);
    expect(board.reporting).toBe(1);
    // 12 ballots a minute apart from 07:01 Almaty time (UTC+5): all in hour 7.
    expect(board.turnout).toEqual([{ region: 'Astana', hour: 7, ballots: 12 }]);
    expect(board.regionVoters).toEqual([{ region: 'Astana', voters: 20 }]);
  });

  it('takes only the new tail of an overlapping file', async () => {
    const { device, events } = await onePrecinct();
    importAll(fx.ctx, [fx.file('a.sync', syncFile(fx, device, events.slice(0, 5)))]);
    const run = importAll(fx.ctx, [fx.file('b.sync', syncFile(fx, device, events.slice(2, 9)))]);
    expect(run.files[0]).toMatchObject({
      status: 'accepted',
      newEvents: 4,
      firstSeq: 3,
      lastSeq: 9,
    });
    expect(count("SELECT head_seq AS n FROM devices WHERE device_id = 'dev-a'")).toBe(9);
  });

  it('holds a file beyond a gap and applies it when the gap is filled', async () => {
    const { device, events } = await onePrecinct();
    const late = fx.file('late.sync', syncFile(fx, device, events.slice(6)));
    const held = importAll(fx.ctx, [late]);
    expect(held.files[0]).toMatchObject({ status: 'held', waitingFor: { from: 1, to: 6 } });
    expect(count('SELECT count(*) AS n FROM ballots')).toBe(0);
    const early = fx.file('early.sync', syncFile(fx, device, events.slice(0, 6)));
    const filled = importAll(fx.ctx, [early]);
    expect(filled.files[0]).toMatchObject({ status: 'accepted', newEvents: 6 });
    expect(count('SELECT count(*) AS n FROM held_files')).toBe(0);
    expect(count('SELECT count(*) AS n FROM ballots')).toBe(12);
    expect(
      count(
        "SELECT count(*) AS n FROM imports WHERE file LIKE '%late.sync' AND status = 'accepted'",
      ),
    ).toBe(1);
  });

  it('in one run, a held file applied later reports accepted', async () => {
    const { device, events } = await onePrecinct();
    const run = importAll(fx.ctx, [
      fx.file('2.sync', syncFile(fx, device, events.slice(6))),
      fx.file('1.sync', syncFile(fx, device, events.slice(0, 6))),
    ]);
    expect(run.files.map((f) => f.status)).toEqual(['accepted', 'accepted']);
    expect(run).toMatchObject({ accepted: 2, held: 0, newEvents: 12 });
  });

  it('rejects a second history of a device as a fork, applies nothing and raises an alarm', async () => {
    const { device, events, voters } = await onePrecinct();
    importAll(fx.ctx, [fx.file('a.sync', syncFile(fx, device, events))]);
    const before = centralDigest(fx.db, ['alarms']);
    const other = recordEvents(
      'dev-a',
      voters.slice(12, 16).map((v, i) => ballot(`x-${i}`, v.iin)),
    );
    const run = importAll(fx.ctx, [fx.file('fork.sync', syncFile(fx, device, other))]);
    expect(run.files[0]).toMatchObject({ status: 'rejected', code: 'fork' });
    const alarms = fx.db
      .prepare("SELECT subject, decided_at FROM alarms WHERE kind = 'fork'")
      .all();
    expect(alarms).toEqual([{ subject: 'dev-a', decided_at: null }]);
    expect(centralDigest(fx.db, ['alarms'])).toBe(before);
    expect(count('SELECT count(*) AS n FROM ballots')).toBe(12);
  });

  it('flags one IIN with ballots at two precincts, masked', async () => {
    fx = centralFixture();
    const voters = [...sampleVoters(4, VOTING_DAY, 3)];
    const a = enrolDevice(await addPrecinct(fx, 'p-1', 1, voters.slice(0, 2)), 'dev-1');
    const b = enrolDevice(await addPrecinct(fx, 'p-2', 2, voters.slice(2)), 'dev-2');
    const iin = voters[0]?.iin as string;
    importAll(fx.ctx, [
      fx.file('1.sync', syncFile(fx, a, recordEvents('dev-1', [ballot('b1', iin)]))),
      fx.file('2.sync', syncFile(fx, b, recordEvents('dev-2', [ballot('b2', iin)]))),
    ]);
    const conflicts = dashboard(fx.db).conflicts;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'double_ballot', precinctIds: ['p-1', 'p-2'] });
    expect(conflicts[0]?.subject).not.toContain(iin.slice(4, 8));
    expect(JSON.stringify(conflicts)).not.toContain(iin);
  });

  it('ends in the same state whatever the order and duplication of files', async () => {
    const { device, events, content, voters } = await onePrecinct();
    const second = enrolDevice(content, 'dev-b');
    const more = recordEvents('dev-b', [
      ['ballot.undone', { ballot_id: 'b-3', iin: voters[3]?.iin as string, reason: 'mistake' }],
      ballot('c-1', voters[15]?.iin as string),
    ]);
    const files = [
      syncFile(fx, device, events.slice(0, 4)),
      syncFile(fx, device, events.slice(2, 8)),
      syncFile(fx, device, events.slice(8)),
      syncFile(fx, device, events),
      syncFile(fx, second, more.slice(0, 1)),
      syncFile(fx, second, more),
    ].map((bytes, i) => fx.file(`f${i}.sync`, bytes));
    const shuffled = (seed: number) => {
      const list = [...files, files[seed % files.length] as string];
      for (let i = list.length - 1; i > 0; i--) {
        const j = (seed * 7919 + i * 104729) % (i + 1);
        [list[i], list[j]] = [list[j] as string, list[i] as string];
      }
      return list;
    };
    const reference = centralFixtureDigest(async (f) => {
      importAll(f.ctx, files);
    });
    const digests = [await reference];
    for (const seed of [1, 2, 3, 5, 8]) {
      digests.push(await centralFixtureDigest(async (f) => void importAll(f.ctx, shuffled(seed))));
    }
    expect(new Set(digests).size).toBe(1);
    expect(digests[0]).toContain('"b-3"');

    /** Imports into a fresh store with the same precinct (same keys) and digests it. */
    async function centralFixtureDigest(work: (f: CentralFixture) => Promise<void>) {
      const saved = fx;
      fx = centralFixture();
      fx.keys = saved.keys;
      fx.ctx.keys = saved.keys;
      copyPrecincts(saved, fx);
      try {
        await work(fx);
        return centralDigest(fx.db);
      } finally {
        fx.dispose();
        fx = saved;
      }
    }
  });
});

/** The same precincts in another store (their enrolment keys are what devices are checked by). */
function copyPrecincts(from: CentralFixture, to: CentralFixture): void {
  for (const table of [
    'precincts',
    'precinct_slots',
    'precinct_members',
    'list_iins',
    'precinct_counts',
  ]) {
    const rows = from.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    for (const row of rows) {
      const columns = Object.keys(row);
      to.db
        .prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        .run(...columns.map((c) => row[c]));
    }
  }
  // Counts start from zero in each store.
  to.db
    .prepare(
      'UPDATE precinct_counts SET ballots = 0, requests = 0, log_entries = 0, list_corrections = 0, last_sync_at = NULL',
    )
    .run();
}
