/**
 * Before a schema migration: a database from a newer version of the app is refused (never
 * reset), and one from an older version is first copied aside, whole and durably, beside it
 * (`precinct.db.v5.bak`), so an upgrade that goes wrong can be undone by hand.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '@shared/result';
import { narrowFile } from '../private-files';

/** Where the copy of `file` at schema `version` is kept. */
export function backupPath(file: string, version: number): string {
  return `${file}.v${version}.bak`;
}

/**
 * Refuses a schema newer than `latest` with `database_newer`; copies an older one (other than
 * a new, empty database) aside before it is migrated. Returns the copy's path, if one was made.
 */
export function prepareUpgrade(db: Database.Database, file: string, latest: number): string | null {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new DomainError(
      'database_newer',
      `The database is from a newer version of Precinct Desk (schema ${current}, this app knows ${latest}); it was left as it is.`,
      { found: current, known: latest },
    );
  }
  if (current === 0 || current === latest || db.memory) return null;
  const target = backupPath(file, current);
  copyDurably(db, target);
  return target;
}

/**
 * A consistent copy of the whole database (the WAL's committed pages included) written to a
 * temporary file, flushed, renamed into place and the folder flushed: a crash leaves the old
 * copy or the whole new one.
 */
function copyDurably(db: Database.Database, target: string): void {
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    // An encrypted store's copy is encrypted with its key; either way only its owner reads it.
    db.prepare('VACUUM INTO ?').run(temporary);
    narrowFile(temporary);
    flush(temporary, 'r+');
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  try {
    flush(folder, 'r');
  } catch {
    // Some systems cannot flush a folder (see durable-file.ts); the copy stands whole anyway.
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
