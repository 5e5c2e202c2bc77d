import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DATABASE_FILE } from '../data-dir';
import type { MigrationPart } from '../feature';
import { latestVersion, migrate } from './migrations';
import { applyStoreKey } from './store-key';
import { prepareUpgrade } from './upgrade';

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
 * with the given migrations (the kernel's and the features', from the composition root). A
 * database from a newer version is refused (`database_newer`, nothing changed); one from an
 * older version is first copied aside (`precinct.db.v5.bak`, upgrade.ts). With a key the store
 * is opened encrypted (store-key.ts) before anything is read.
 */
export function openDatabase(
  dataDir: string,
  migrations: readonly MigrationPart[],
  key: Buffer | null = null,
): Db {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = databasePath(dataDir);
  // Created readable by its owner only; SQLite gives its WAL and shared-memory files the same mode.
  closeSync(openSync(file, 'a', 0o600));
  if (process.platform !== 'win32') chmodSync(file, 0o600);
  const db = new Database(file);
  try {
    if (key) applyStoreKey(db, key);
    configure(db);
    prepareUpgrade(db, file, latestVersion(migrations));
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Opens an existing database without creating anything (for read-only commands such as
 * `audit verify`); returns null when the folder holds no database.
 */
export function openExistingDatabase(dataDir: string, key: Buffer | null = null): Db | null {
  const file = databasePath(dataDir);
  if (!existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyStoreKey(db, key);
  } catch (error) {
    db.close();
    throw error;
  }
  db.pragma('busy_timeout = 5000');
  return db;
}
