import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { storeDigest, tableDigests } from '../support/store-digest';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A store with a keyed table, a table without a declared key and a log. */
function store(order: 'forward' | 'backward') {
  const db = new Database(':memory:');
  open.push(db);
  db.exec(`
    CREATE TABLE ranges (device_id TEXT, first_seq INTEGER, hashes BLOB, PRIMARY KEY (device_id, first_seq)) STRICT;
    CREATE TABLE counts (precinct_id TEXT, ballots INTEGER);
    CREATE TABLE imports (id INTEGER PRIMARY KEY, code TEXT);
  `);
  const rows: [string, number, Buffer][] = [
    ['dev-a', 1, Buffer.from([1, 2])],
    ['dev-a', 3, Buffer.from([3])],
    ['dev-b', 1, Buffer.alloc(0)],
  ];
  for (const row of order === 'forward' ? rows : rows.reverse()) {
    db.prepare('INSERT INTO ranges VALUES (?, ?, ?)').run(...row);
  }
  const counts: [string, number][] = [
    ['p-7', 3],
    ['p-8', 0],
  ];
  for (const row of order === 'forward' ? counts : counts.reverse()) {
    db.prepare('INSERT INTO counts VALUES (?, ?)').run(...row);
  }
  return db;
}

describe('store digest', () => {
  it('is the same for the same content, whatever order the rows came in', () => {
    expect(storeDigest(store('forward'))).toBe(storeDigest(store('backward')));
    expect(storeDigest(store('forward'))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any value, a blob byte or a row, and names the table that changed', () => {
    const db = store('forward');
    const before = tableDigests(db);
    db.prepare(
      "UPDATE ranges SET hashes = x'0103' WHERE device_id = 'dev-a' AND first_seq = 1",
    ).run();
    const after = tableDigests(db);
    expect(Object.keys(before).filter((t) => before[t] !== after[t])).toEqual(['ranges']);
    const whole = storeDigest(db);
    db.prepare("INSERT INTO counts VALUES ('p-9', NULL)").run();
    expect(storeDigest(db)).not.toBe(whole);
  });

  it('leaves out the tables it is told to', () => {
    const db = store('forward');
    const before = storeDigest(db, { exclude: ['imports'] });
    db.prepare("INSERT INTO imports (code) VALUES ('bad_signature')").run();
    expect(storeDigest(db, { exclude: ['imports'] })).toBe(before);
    expect(Object.keys(tableDigests(db, { exclude: ['imports'] }))).toEqual(['counts', 'ranges']);
  });
});
