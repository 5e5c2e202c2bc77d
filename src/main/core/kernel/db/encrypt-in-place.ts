/**
 * A plain store of an earlier version encrypted where it stands: its content copied into a new
 * encrypted file beside it (nothing written in clear), that file swapped in by one rename, and
 * the old file's bytes overwritten before it is removed. Each step leaves something a later
 * opening finishes: a half-made copy is removed, an old file left after the swap overwritten.
 */
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { privateFile } from '../private-files';
import { applyStoreKey } from './store-key';

/** The first 16 bytes of every plain SQLite database; an encrypted one starts with its salt. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether `file` is a plain (unencrypted) SQLite database. */
export function isPlainStore(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** The old plain file's second name while it is overwritten, after the swap. */
function retiredPath(file: string): string {
  return `${file}.plain-old`;
}

const COPY_SUFFIX = '.encrypting';

/**
 * Copies the plain store `file` into a new file beside it encrypted with `key` and returns
 * that file's path; the store itself is not touched. The plain store's WAL is checkpointed
 * into it first (the copy takes the committed state). Every table's rows, then its indexes and
 * triggers, the AUTOINCREMENT counters and the schema version are copied; the copy is flushed
 * to the device before this returns.
 */
export function encryptedCopy(file: string, key: Buffer): string {
  removeUnfinishedCopies(file);
  const plain = new Database(file, { fileMustExist: true });
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    plain.close();
  }
  const copy = join(dirname(file), `.${basename(file)}.${randomUUID()}${COPY_SUFFIX}`);
  privateFile(copy);
  const db = new Database(copy);
  try {
    applyStoreKey(db, key);
    db.pragma('temp_store = MEMORY');
    db.prepare("ATTACH DATABASE ? AS plain KEY ''").run(file);
    type Item = { type: string; name: string; tbl_name: string; sql: string | null };
    const items = db
      .prepare<[], Item>(
        "SELECT type, name, tbl_name, sql FROM plain.sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid",
      )
      .all();
    const version = db.pragma('plain.user_version', { simple: true }) as number;
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    db.transaction(() => {
      for (const item of items.filter((i) => i.type === 'table' && i.sql)) {
        db.exec(item.sql as string);
        db.exec(`INSERT INTO main.${quoted(item.name)} SELECT * FROM plain.${quoted(item.name)}`);
      }
      for (const item of items.filter((i) => i.type !== 'table' && i.sql))
        db.exec(item.sql as string);
      const counters = db
        .prepare("SELECT 1 FROM plain.sqlite_master WHERE name = 'sqlite_sequence'")
        .get();
      if (counters) {
        db.exec('DELETE FROM main.sqlite_sequence');
        db.exec('INSERT INTO main.sqlite_sequence SELECT * FROM plain.sqlite_sequence');
      }
      db.pragma(`user_version = ${version}`);
    }).immediate();
    db.exec('DETACH DATABASE plain');
  } catch (error) {
    db.close();
    rmSync(copy, { force: true });
    throw error;
  }
  db.close();
  flush(copy, 'r+');
  return copy;
}

/**
 * Puts the encrypted `copy` in the place of the plain `file` with one rename, then overwrites
 * the old file's bytes and removes it. A second name for the old file is made first, so its
 * bytes are still reachable to be overwritten after the rename has replaced the name.
 */
export function swapInEncrypted(file: string, copy: string): void {
  const retired = retiredPath(file);
  rmSync(retired, { force: true });
  linkSync(file, retired);
  // A plain WAL beside the store would be read as the new store's: it was checkpointed empty.
  for (const side of [`${file}-wal`, `${file}-shm`]) rmSync(side, { force: true });
  renameSync(copy, file);
  flushFolder(dirname(file));
  finishRetired(file);
}

/** Overwrites and removes an old plain file left by a swap that did not finish. */
export function finishRetired(file: string): void {
  const retired = retiredPath(file);
  if (!existsSync(retired)) return;
  overwrite(retired);
  rmSync(retired, { force: true });
  flushFolder(dirname(file));
}

/** Overwrites a file's bytes with zeros, flushed, before it is removed. */
export function overwrite(file: string): void {
  const size = statSync(file).size;
  const zeros = Buffer.alloc(Math.min(size, 1 << 20));
  const fd = openSync(file, 'r+');
  try {
    for (let at = 0; at < size; at += zeros.length) {
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Copies a crash left half-made, with their journals (encrypted: removed only). */
function removeUnfinishedCopies(file: string): void {
  const folder = dirname(file);
  const prefix = `.${basename(file)}.`;
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix) && /\.encrypting(-journal)?$/.test(name)) {
      rmSync(join(folder, name), { force: true });
    }
  }
}

function flush(path: string, mode: 'r' | 'r+'): void {
  const fd = openSync(path, mode);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function flushFolder(folder: string): void {
  try {
    flush(folder, 'r');
  } catch {
    // Some systems cannot flush a folder (see durable-file.ts); the rename stands anyway.
  }
}
