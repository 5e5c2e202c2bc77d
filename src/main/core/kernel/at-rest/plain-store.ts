/**
 * A store of the previous format (plain SQLite) encrypted in place at its first opening: the
 * file is copied, the copy encrypted and flushed, the plain file renamed aside, the copy
 * renamed into its place, and the plain one overwritten and removed. A kill at any moment
 * leaves the plain store or the encrypted one, and the next opening finishes the work
 * (`finishConversions`). Plain upgrade backups (`precinct.db.v5.bak`) are encrypted the same way.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  readdirSync,
  renameSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyStoreKey, rekeyStore } from '../db/store-key';
import { flushFileSync, flushFolderSync, shredFileSync, touchPrivateFile } from './private-files';

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const CONVERTING = '.converting';
const PLAIN_OLD = '.plain-old';

/** Whether a file is a plain (unencrypted) SQLite database. */
export function isPlainDatabase(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

function hidden(folder: string, name: string, suffix: string): string {
  return join(folder, `.${name}${suffix}`);
}

/** Encrypts the plain database `name` in `folder` with `key`, in place (see above). */
export function encryptInPlace(folder: string, name: string, key: Buffer): void {
  const file = join(folder, name);
  // The plain store's WAL is folded into its file first, and the file left in rollback mode.
  const plain = new Database(file);
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('journal_mode = DELETE');
  } finally {
    plain.close();
  }
  const copy = hidden(folder, name, CONVERTING);
  // A copy a kill cut short goes with its journal: SQLite would roll a new copy back with it.
  removeCopy(copy);
  touchPrivateFile(copy);
  copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    rekeyStore(db, key);
  } finally {
    db.close();
  }
  // The copy must open with the key before the plain file is given up.
  const check = new Database(copy, { fileMustExist: true });
  try {
    applyStoreKey(check, key);
  } finally {
    check.close();
  }
  flushFileSync(copy);
  const old = hidden(folder, name, PLAIN_OLD);
  renameSync(file, old);
  flushFolderSync(folder);
  renameSync(copy, file);
  flushFolderSync(folder);
  shredFileSync(old);
  for (const leftover of ['-wal', '-shm', '-journal']) shredFileSync(`${file}${leftover}`);
  flushFolderSync(folder);
}

/**
 * Finishes a conversion a kill interrupted: a flushed copy whose plain original was already
 * renamed aside takes its place; a copy made before that is removed (the plain file still
 * stands and is converted again); a plain original left aside is overwritten and removed.
 */
export function finishConversions(folder: string): void {
  if (!existsSync(folder)) return;
  const names = readdirSync(folder);
  for (const entry of names) {
    if (!entry.startsWith('.') || !entry.endsWith(PLAIN_OLD)) continue;
    const name = entry.slice(1, -PLAIN_OLD.length);
    const file = join(folder, name);
    const copy = hidden(folder, name, CONVERTING);
    if (!existsSync(file) && existsSync(copy)) {
      renameSync(copy, file);
      flushFolderSync(folder);
    }
    if (existsSync(file)) shredFileSync(join(folder, entry));
  }
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith('.') && entry.endsWith(CONVERTING)) removeCopy(join(folder, entry));
  }
}

/**
 * A copy being encrypted, overwritten and removed with the files SQLite keeps beside it (its
 * rollback journal holds pages of the plain store while `PRAGMA rekey` runs).
 */
function removeCopy(copy: string): void {
  for (const side of ['-journal', '-wal', '-shm']) shredFileSync(`${copy}${side}`);
  shredFileSync(copy);
}

/** The plain upgrade backups beside a store (`precinct.db.v5.bak`), by name. */
export function plainBackups(folder: string, storeName: string): string[] {
  return readdirSync(folder).filter(
    (name) =>
      name.startsWith(`${storeName}.v`) &&
      name.endsWith('.bak') &&
      isPlainDatabase(join(folder, name)),
  );
}
