import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { STORE_MIGRATIONS } from '../../feature-list';
import { migrate } from '../../kernel/db/migrations';

const ENTRY = `INSERT INTO infolog_entries (id, kind, occurred_at, occurred_local, local_date,
  details_json, search_text, recorded_by, recorded_at, recorded_hlc)
  VALUES (?, ?, '2027-03-19T02:00:00.000Z', '2027-03-19T07:00', '2027-03-19', '{}', '', NULL,
  '2027-03-19T02:00:00.000Z', 'h1')`;

describe('schema version 9 of the information log', () => {
  it('keeps every entry and its history, and accepts the kind copy_issued', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      STORE_MIGRATIONS.filter((part) => part.version <= 8),
    );
    expect(() => db.prepare(ENTRY).run('e-copy', 'copy_issued')).toThrow(/CHECK/);
    db.prepare(ENTRY).run('e-1', 'observer');
    db.prepare(
      `INSERT INTO infolog_entry_history (device_id, seq, entry_id, change, at, hlc)
       VALUES ('d', 1, 'e-1', 'recorded', '2027-03-19T02:00:00.000Z', 'h1')`,
    ).run();
    const before = {
      entries: db.prepare('SELECT * FROM infolog_entries').all(),
      history: db.prepare('SELECT * FROM infolog_entry_history').all(),
    };

    expect(migrate(db, STORE_MIGRATIONS)).toContain(9);
    expect(db.prepare('SELECT * FROM infolog_entries').all()).toEqual(before.entries);
    expect(db.prepare('SELECT * FROM infolog_entry_history').all()).toEqual(before.history);
    db.prepare(ENTRY).run('e-copy', 'copy_issued');
    // The history still refers to the entries' table by its name, and the indexes are back.
    expect(db.pragma('foreign_key_list(infolog_entry_history)')).toMatchObject([
      { table: 'infolog_entries', from: 'entry_id', to: 'id' },
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO infolog_entry_history (device_id, seq, entry_id, change, at, hlc)
           VALUES ('d', 2, 'no-such-entry', 'recorded', '2027-03-19T02:00:00.000Z', 'h2')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'infolog_entr%' ORDER BY name",
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      'infolog_entries_by_date',
      'infolog_entries_by_kind',
      'infolog_entries_by_time',
      'infolog_entry_history_by_entry',
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
