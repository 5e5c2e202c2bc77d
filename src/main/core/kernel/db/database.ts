import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../data-dir';
import type { MigrationPart } from '../feature';
import { migrate } from './migrations';

export type Db = Database.Database;

/** The database file inside a data folder. */
export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // The event log is the record of the commission's acts: no committed event may be lost.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (creating when needed) the data folder's database and brings its schema up to date
 * with the given migrations (the kernel's and the features', from the composition root).
 */
export function openDatabase(dataDir: string, migrations: readonly MigrationPart[]): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(databasePath(dataDir));
  configure(db);
  migrate(db, migrations);
  return db;
}

/**
 * Opens an existing database without creating anything (for read-only commands such as
 * `audit verify`); returns null when the folder holds no database.
 */
export function openExistingDatabase(dataDir: string): Db | null {
  const file = databasePath(dataDir);
  if (!existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
