import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foldName } from '@shared/voters/fold';
import type { Db } from '../../kernel/db/database';
import { openDatabase } from '../../kernel/db/database';
import { migrate } from '../../kernel/db/migrations';
import { STORE_MIGRATIONS } from '../../feature-list';
import { VoterSearch } from './voter-search';

let db: Db | null = null;
afterEach(() => db?.close());

/** A store with `rows` voters written straight into the list's table. */
function storeWith(
  rows: { iin: string; last: string; first: string; patronymic: string; address: string }[],
): Db {
  const store = openDatabase(mkdtempSync(join(tmpdir(), 'voter-search-')), STORE_MIGRATIONS);
  store.prepare("INSERT INTO voter_sources (id, name) VALUES (1, 'test')").run();
  const insert = store.prepare(
    `INSERT INTO voters (iin, last_name, first_name, patronymic, birth_date, address, last_key, first_key, patronymic_key, source)
     VALUES (?, ?, ?, ?, '1980-01-01', ?, ?, ?, ?, 1)`,
  );
  for (const r of rows) {
    insert.run(
      r.iin,
      r.last,
      r.first,
      r.patronymic,
      r.address,
      foldName(r.last),
      foldName(r.first),
      foldName(r.patronymic),
    );
  }
  return store;
}

/** 30 namesakes "Ахметов Алмас" in a shuffled order, with other voters between them. */
function namesakes() {
  const patronymics = ['Серікұлы', 'Болатұлы', 'Асқарұлы', 'Нұрланұлы', 'Ерланұлы'];
  const rows = [];
  for (let i = 0; i < 30; i++) {
    rows.push({
      iin: `80010130${String((i * 7919) % 10_000).padStart(4, '0')}`,
      last: 'Ахметов',
      first: 'Алмас',
      patronymic: patronymics[i % patronymics.length] as string,
      address: i === 17 ? 'г. Астана, ул. Абая, д. 15' : `г. Астана, ул. Кенесары, д. ${i + 1}`,
    });
    rows.push({
      iin: `81020240${String(i).padStart(4, '0')}`,
      last: 'Алмасов',
      first: 'Ахмет',
      patronymic: 'Қайратұлы',
      address: 'г. Астана, ул. Мира, д. 2',
    });
  }
  return rows;
}

describe('ranking namesakes from the name index', () => {
  it('gives the same first page as ranking the rows themselves, in name then IIN order', () => {
    db = storeWith(namesakes());
    const result = new VoterSearch(db).search('Ахметов Алмас', 20);
    const expected = (
      db
        .prepare(
          `SELECT iin FROM voters WHERE last_key = ? AND first_key = ?
           ORDER BY patronymic_key, iin LIMIT 20`,
        )
        .all(foldName('Ахметов'), foldName('Алмас')) as { iin: string }[]
    ).map((row) => row.iin);
    expect(result.voters.map((v) => v.iin)).toEqual(expected);
    // "Алмасов Ахмет" matches too (a surname starting with the given name, and the reverse
    // order), ranked after every exact namesake.
    expect(result).toMatchObject({ total: 60, truncated: true });
    // Each shown voter is the whole row, not only the indexed columns.
    expect(
      result.voters.every((v) => v.address.startsWith('г. Астана') && v.birthDate === '1980-01-01'),
    ).toBe(true);
  });

  it('filters candidates by an address word, read from the table for the candidates only', () => {
    db = storeWith(namesakes());
    const result = new VoterSearch(db).search('Алмас Ахметов Абая', 20);
    expect(result.total).toBe(1);
    expect(result.voters[0]?.address).toContain('Абая');
  });

  it('reads a surname-and-name query from the covering name index', () => {
    db = storeWith(namesakes());
    const store = db;
    const plans: string[] = [];
    const prepare = store.prepare.bind(store);
    store.prepare = ((sql: string) => {
      if (sql.includes('INDEXED BY voters_name') && sql.startsWith('SELECT id FROM')) {
        plans.push(
          (
            prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
              ...new Array<string>(countParams(sql)).fill('x'),
            ) as { detail: string }[]
          )
            .map((row) => row.detail)
            .join('\n'),
        );
      }
      return prepare(sql);
    }) as typeof store.prepare;
    new VoterSearch(store).search('Ахметов Алмас', 20);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans[0]).toContain('COVERING INDEX voters_name');
  });
});

describe('the name index migration', () => {
  it('replaces the two-column index of a version 9 store with the covering one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voter-index-'));
    db = openDatabase(
      dir,
      STORE_MIGRATIONS.filter((part) => part.version <= 9),
    );
    const names = () =>
      (
        db
          ?.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'voters' ORDER BY name",
          )
          .all() as { name: string }[]
      ).map((row) => row.name);
    expect(names()).toContain('voters_last_first');
    migrate(db, STORE_MIGRATIONS);
    expect(names()).toEqual(['voters_birth_date', 'voters_first', 'voters_iin', 'voters_name']);
  });
});

function countParams(sql: string): number {
  return (sql.match(/\?/g) ?? []).length;
}
