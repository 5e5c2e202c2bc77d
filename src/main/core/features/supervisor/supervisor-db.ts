import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../kernel/db/database';
import { applyStoreKey } from '../../kernel/db/store-key';
import { prepareUpgrade } from '../../kernel/db/upgrade';
import { privateFile, privateFolder } from '../../kernel/private-files';
import { centralDatabasePath, isSupervisorFolder } from './supervisor-folder';
import { CENTRAL_MIGRATIONS } from './supervisor-schema';

/**
 * The central store's connection: WAL like the precinct database, but synchronous = NORMAL.
 * The events it imports are not the only copy: every accepted event is still in the sync file
 * it came in (and on the precinct's laptop), so a power cut may lose at most the last imports,
 * which a re-import restores; in exchange a bulk import does not wait for an fsync per file.
 * What exists nowhere else (the central keys, a package's enrolment keys and member ids, a
 * revocation, an alarm's decision) is committed through `durably` below.
 */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  // Sorts and temporary tables stay in memory: no temporary file is ever written beside it.
  db.pragma('temp_store = MEMORY');
  // Checkpoint every 64 MB of WAL rather than 4 MB: a bulk import writes hundreds of MB.
  db.pragma('wal_autocheckpoint = 16384');
}

/** SQLite's value of `PRAGMA synchronous` for FULL. */
export const SYNCHRONOUS_FULL = 2;

/** For tests: told the `synchronous` level in effect inside each durable transaction. */
export const durableCommits: { observe: ((level: number) => void) | null } = { observe: null };

/**
 * Runs `work` in one immediate transaction committed with synchronous = FULL (the WAL flushed
 * to disk before the commit returns), then goes back to NORMAL. For what the store holds only
 * copy of: a power cut after it returns loses nothing of it. SQLite does not change the level
 * inside a transaction, so this never nests in another (it throws there).
 */
export function durably<T>(db: Db, work: () => T): T {
  db.pragma('synchronous = FULL');
  try {
    return db
      .transaction(() => {
        durableCommits.observe?.(db.pragma('synchronous', { simple: true }) as number);
        return work();
      })
      .immediate();
  } finally {
    db.pragma('synchronous = NORMAL');
  }
}

function migrate(db: Db, file: string): void {
  // A store from a newer version is refused; an older one is copied aside first.
  prepareUpgrade(db, file, CENTRAL_MIGRATIONS.length);
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < CENTRAL_MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(CENTRAL_MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** The key each open encrypted store was opened with, for the connections it shares it with. */
/** The key `db` was opened with (null: a plain store), for a second connection to it. */
export { storeKeyOf } from '../../kernel/db/store-key';

/**
 * Opens the central store of a data folder, creating it only when `create` is set; with a key,
 * encrypted (store-key.ts) before anything is read. The folder is its owner's (0700) and the
 * file too (0600, made so before SQLite writes to it; its WAL takes the same mode).
 */
export function openCentralDatabase(
  dataDir: string,
  create = false,
  key: Buffer | null = null,
): Db | null {
  if (!create && !isSupervisorFolder(dataDir)) return null;
  privateFolder(dataDir);
  const file = centralDatabasePath(dataDir);
  privateFile(file);
  const db = new Database(file);
  try {
    if (key) applyStoreKey(db, key);
    configure(db);
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
