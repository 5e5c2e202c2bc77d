import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../kernel/db/database';
import { REGION_FIGURES_MIGRATION } from './region-figures-schema';
import { openCentralDatabase } from './supervisor-db';
import { CENTRAL_MIGRATIONS } from './supervisor-schema';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function centralStore(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'precinct-desk-region-figures-'));
  folders.push(dir);
  return openCentralDatabase(dir, true) as Db;
}

/** A precinct row: the columns the figures read, the others filled with placeholders. */
function addPrecinct(db: Db, precinctId: string, region: string): void {
  const columns = db.prepare('PRAGMA table_info(precincts)').all() as {
    name: string;
    type: string;
    notnull: number;
  }[];
  const row: Record<string, string | number> = {};
  for (const c of columns.filter((c) => c.notnull === 1)) {
    row[c.name] = c.type === 'INTEGER' ? 0 : '-';
  }
  Object.assign(row, { precinct_id: precinctId, region });
  const names = Object.keys(row);
  db.prepare(
    `INSERT INTO precincts (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
  ).run(row);
}

/** The figures as the precinct rows say them, read the long way. */
function fromPrecinctRows(db: Db) {
  return {
    turnout: db
      .prepare(
        `SELECT p.region, t.hour, sum(t.ballots) AS ballots FROM turnout t
         JOIN precincts p USING (precinct_id) GROUP BY p.region, t.hour
         HAVING sum(t.ballots) <> 0 ORDER BY 1, 2`,
      )
      .all(),
    requests: db
      .prepare(
        `SELECT p.region, r.kind, r.status, count(*) AS n FROM request_items r
         JOIN precincts p USING (precinct_id) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
      .all(),
    infolog: db
      .prepare(
        `SELECT p.region, e.kind, count(*) AS n FROM infolog_entries e
         JOIN precincts p USING (precinct_id) WHERE e.withdrawn = 0 AND e.kind IS NOT NULL
         GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all(),
  };
}

/** The figures the dashboard reads. */
function kept(db: Db) {
  return {
    turnout: db.prepare('SELECT region, hour, ballots FROM region_turnout ORDER BY 1, 2').all(),
    requests: db
      .prepare('SELECT region, kind, status, n FROM region_requests ORDER BY 1, 2, 3')
      .all(),
    infolog: db.prepare('SELECT region, kind, n FROM region_infolog ORDER BY 1, 2').all(),
  };
}

/** A small deterministic generator (the same steps every run). */
function steps(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor(state / 65_536) % n;
  };
}

const REGIONS = ['Абай', 'Алматы', 'Шет ел'];
const KINDS = ['home_voting', 'ramp', 'braille'];
const STATUSES = ['received', 'arranged', 'declined'];

describe('the dashboard’s figures kept per region', () => {
  it('equal the precinct rows’ sums after every write of turnout, items, entries and regions', () => {
    const db = centralStore();
    const pick = steps(7);
    const precincts = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'];
    // p-5 is known only later: its rows count from the moment its precinct is recorded.
    for (const id of precincts.slice(0, 4)) addPrecinct(db, id, REGIONS[pick(3)] as string);
    const upsertTurnout = db.prepare(
      `INSERT INTO turnout (precinct_id, hour, ballots) VALUES (?, ?, ?)
       ON CONFLICT (precinct_id, hour) DO UPDATE SET ballots = ballots + excluded.ballots`,
    );
    const widest = { turnout: 0, requests: 0, infolog: 0 };
    for (let step = 0; step < 600; step++) {
      const precinct = precincts[pick(5)] as string;
      const hour = 7 + pick(4);
      switch (pick(9)) {
        case 0:
        case 1:
          upsertTurnout.run(precinct, hour, 1 + pick(20));
          break;
        case 2: {
          // Undone ballots take an hour back; an hour left at zero is deleted, as the import does.
          const row = db
            .prepare('SELECT ballots FROM turnout WHERE precinct_id = ? AND hour = ?')
            .get(precinct, hour) as { ballots: number } | undefined;
          if (row) upsertTurnout.run(precinct, hour, -(1 + pick(row.ballots)));
          db.prepare('DELETE FROM turnout WHERE precinct_id = ? AND ballots = 0').run(precinct);
          break;
        }
        case 3:
          db.prepare(
            `INSERT INTO request_items (precinct_id, item_id, request_id, kind, status, status_hlc)
             VALUES (?, ?, 'r', ?, ?, ?) ON CONFLICT (precinct_id, item_id)
             DO UPDATE SET status = excluded.status, status_hlc = excluded.status_hlc`,
          ).run(precinct, `i-${pick(12)}`, KINDS[pick(3)], STATUSES[pick(3)], String(step));
          break;
        case 4:
          db.prepare(
            `INSERT INTO infolog_entries (precinct_id, entry_id, kind) VALUES (?, ?, ?)
             ON CONFLICT (precinct_id, entry_id) DO UPDATE SET kind = excluded.kind`,
          ).run(precinct, `e-${pick(12)}`, KINDS[pick(3)]);
          break;
        case 5:
          // A withdrawal may come before its entry (another laptop's file): no kind yet.
          db.prepare(
            `INSERT INTO infolog_entries (precinct_id, entry_id, withdrawn) VALUES (?, ?, 1)
             ON CONFLICT (precinct_id, entry_id) DO UPDATE SET withdrawn = 1`,
          ).run(precinct, `e-${pick(12)}`);
          break;
        case 6:
          db.prepare('DELETE FROM request_items WHERE precinct_id = ? AND item_id = ?').run(
            precinct,
            `i-${pick(12)}`,
          );
          break;
        case 7:
          // A newer package moves the precinct to another region.
          db.prepare('UPDATE precincts SET region = ? WHERE precinct_id = ?').run(
            REGIONS[pick(3)],
            precinct,
          );
          break;
        case 8:
          if (step > 300 && !db.prepare("SELECT 1 FROM precincts WHERE precinct_id = 'p-5'").get())
            addPrecinct(db, 'p-5', REGIONS[pick(3)] as string);
          break;
      }
      const figures = kept(db);
      expect(figures, `after step ${step}`).toEqual(fromPrecinctRows(db));
      widest.turnout = Math.max(widest.turnout, figures.turnout.length);
      widest.requests = Math.max(widest.requests, figures.requests.length);
      widest.infolog = Math.max(widest.infolog, figures.infolog.length);
    }
    // The steps reached every kind of figure, in several regions at once.
    expect(widest.turnout).toBeGreaterThan(4);
    expect(widest.requests).toBeGreaterThan(4);
    expect(widest.infolog).toBeGreaterThan(2);
    db.close();
  });

  it('are filled from what a store of schema 10 holds when it is upgraded', () => {
    const db = new Database(':memory:') as unknown as Db;
    const upTo = CENTRAL_MIGRATIONS.indexOf(REGION_FIGURES_MIGRATION);
    for (const sql of CENTRAL_MIGRATIONS.slice(0, upTo)) db.exec(sql);
    addPrecinct(db, 'p-1', 'Абай');
    addPrecinct(db, 'p-2', 'Абай');
    addPrecinct(db, 'p-3', 'Алматы');
    const turnout = db.prepare('INSERT INTO turnout (precinct_id, hour, ballots) VALUES (?, ?, ?)');
    turnout.run('p-1', 8, 5);
    turnout.run('p-2', 8, 7);
    turnout.run('p-3', 9, 2);
    // A precinct the store does not know counts nowhere.
    turnout.run('p-9', 9, 4);
    db.prepare(
      `INSERT INTO request_items (precinct_id, item_id, request_id, kind, status, status_hlc)
       VALUES ('p-1', 'i-1', 'r', 'ramp', 'received', '1'), ('p-3', 'i-2', 'r', 'ramp', 'received', '1')`,
    ).run();
    db.prepare(
      `INSERT INTO infolog_entries (precinct_id, entry_id, kind, withdrawn)
       VALUES ('p-1', 'e-1', 'notice', 0), ('p-2', 'e-2', 'notice', 1), ('p-2', 'e-3', NULL, 1)`,
    ).run();
    db.exec(REGION_FIGURES_MIGRATION);
    expect(kept(db)).toEqual(fromPrecinctRows(db));
    expect(kept(db).turnout).toEqual([
      { region: 'Абай', hour: 8, ballots: 12 },
      { region: 'Алматы', hour: 9, ballots: 2 },
    ]);
    expect(kept(db).infolog).toEqual([{ region: 'Абай', kind: 'notice', n: 1 }]);
    db.close();
  });
});
