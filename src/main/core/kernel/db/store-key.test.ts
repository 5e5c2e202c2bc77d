import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, expect, test } from 'vitest';
import { applyStoreKey, WrongStoreKeyError } from './store-key';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function fresh(): string {
  const folder = mkdtempSync(join(tmpdir(), 'store-key-'));
  folders.push(folder);
  return join(folder, 'store.db');
}

test('a keyed store holds nothing in clear, in the file or its WAL, and opens only with its key', () => {
  const file = fresh();
  const key = randomBytes(32);
  const db = new Database(file);
  applyStoreKey(db, key);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (a TEXT)');
  db.prepare('INSERT INTO t VALUES (?)').run('Жанар Сатпаева 850101300123');
  const wal = readFileSync(`${file}-wal`);
  expect(wal.length).toBeGreaterThan(0);
  for (const bytes of [readFileSync(file), wal]) {
    expect(bytes.includes(Buffer.from('850101300123'))).toBe(false);
    expect(bytes.includes(Buffer.from('CREATE TABLE'))).toBe(false);
  }
  db.close();

  const again = new Database(file);
  applyStoreKey(again, key);
  expect(again.prepare('SELECT a FROM t').pluck().get()).toBe('Жанар Сатпаева 850101300123');
  again.close();

  const wrong = new Database(file);
  expect(() => applyStoreKey(wrong, randomBytes(32))).toThrow(WrongStoreKeyError);
  wrong.close();
  const plain = new Database(file);
  expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
  plain.close();
});
