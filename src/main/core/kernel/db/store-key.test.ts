import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/**
 * SQLite's temporary files are not encrypted by the cipher: a sort larger than the cache
 * spills to an unlinked file of the temporary folder. A watcher thread reads every such file
 * the process holds open while an index is built over 200,000 names (the cache made small so
 * the sort must spill); on a keyed store none may exist, and the plain control shows the
 * watcher does see them. Linux's /proc shows a process's open files, unlinked or not; a system
 * without /proc (not Linux) skips this test.
 */
test.runIf(existsSync('/proc/self/fd'))(
  'a keyed store sorts in memory: no temporary file holds its names in clear',
  async () => {
    const sortSpills = async (key: Buffer | null) => {
      const db = new Database(fresh());
      if (key) applyStoreKey(db, key);
      db.pragma('cache_size = -1000');
      db.exec('CREATE TABLE voters (iin TEXT, name TEXT)');
      const insert = db.prepare('INSERT INTO voters VALUES (?, ?)');
      db.transaction(() => {
        for (let i = 0; i < 200_000; i++) {
          insert.run(
            String(850101300000 + ((i * 7919) % 200_000)),
            `Сатпаева${(i * 104729) % 200_000}`,
          );
        }
      })();
      const watcher = new Worker(WATCH_TEMP_FILES, { eval: true });
      await new Promise((ready) => watcher.once('message', ready));
      db.exec('CREATE INDEX voters_name ON voters (name, iin)');
      const seen = new Promise<{ files: number; clear: number }>((done) =>
        watcher.once('message', done),
      );
      watcher.postMessage('stop');
      const result = await seen;
      await watcher.terminate();
      db.close();
      return result;
    };
    const plain = await sortSpills(null);
    expect(plain.files).toBeGreaterThan(0);
    expect(plain.clear).toBeGreaterThan(0);
    expect(await sortSpills(randomBytes(32))).toEqual({ files: 0, clear: 0 });
  },
  60_000,
);

/** Polls the process's open files for SQLite's temporary files and looks inside them. */
const WATCH_TEMP_FILES = `
const { parentPort } = require('node:worker_threads');
const { readdirSync, readlinkSync, readFileSync } = require('node:fs');
const files = new Set();
let clear = 0;
let stop = false;
parentPort.on('message', () => { stop = true; });
parentPort.postMessage('ready');
const marker = Buffer.from('Сатпаева');
function look() {
  for (const fd of readdirSync('/proc/self/fd')) {
    let link;
    try { link = readlinkSync('/proc/self/fd/' + fd); } catch { continue; }
    if (!link.includes('etilqs_')) continue;
    files.add(link);
    try { if (readFileSync('/proc/self/fd/' + fd).includes(marker)) clear++; } catch {}
  }
  if (stop) parentPort.postMessage({ files: files.size, clear });
  else setTimeout(look, 1);
}
look();
`;
