import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../../kernel/db/database';
import { centralDatabasePath, isSupervisorFolder } from './supervisor-folder';
import { CENTRAL_MIGRATIONS } from './supervisor-schema';

/**
 * The central store's connection: WAL like the precinct database, but synchronous = NORMAL.
 * Nothing in it is the only copy: every accepted event is still in the sync file it came in
 * (and on the precinct's laptop), so a power cut may lose at most the last imports, which a
 * re-import restores; in exchange a bulk import does not wait for an fsync per file.
 */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  // Checkpoint every 64 MB of WAL rather than 4 MB: a bulk import writes hundreds of MB.
  db.pragma('wal_autocheckpoint = 16384');
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < CENTRAL_MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(CENTRAL_MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** Opens the central store of a data folder, creating it only when `create` is set. */
export function openCentralDatabase(dataDir: string, create = false): Db | null {
  if (!create && !isSupervisorFolder(dataDir)) return null;
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(centralDatabasePath(dataDir));
  configure(db);
  migrate(db);
  return db;
}
