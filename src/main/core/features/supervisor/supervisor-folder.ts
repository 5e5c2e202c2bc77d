import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../kernel/data-dir';

/** The central store's file inside a supervisor-mode data folder. */
export const CENTRAL_DATABASE_FILE = 'central.db';

/** The central store's path inside a data folder. */
export function centralDatabasePath(dataDir: string): string {
  return join(dataDir, CENTRAL_DATABASE_FILE);
}

/** A data folder is in supervisor mode once it holds the central store. */
export function isSupervisorFolder(dataDir: string): boolean {
  return existsSync(centralDatabasePath(dataDir));
}

/** Whether the folder holds a precinct that was set up (its database has a precinct row). */
export function isSetUpPrecinctFolder(dataDir: string): boolean {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'precinct'")
      .get();
    return (
      table !== undefined && db.prepare('SELECT 1 FROM precinct WHERE id = 1').get() !== undefined
    );
  } finally {
    db.close();
  }
}
