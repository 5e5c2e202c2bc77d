import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDoor } from '../../kernel/at-rest/door-file';
import { peekStore } from '../../kernel/at-rest/store-door';
import type { Db } from '../../kernel/db/database';
import { claimFolderMode, recordedFolderMode, type FolderMode } from '../../kernel/folder-mode';

/** The central store's file inside a supervisor-mode data folder. */
export const CENTRAL_DATABASE_FILE = 'central.db';

/** The central store's path inside a data folder. */
export function centralDatabasePath(dataDir: string): string {
  return join(dataDir, CENTRAL_DATABASE_FILE);
}

/** The central store's door file (central-door.ts) inside a data folder. */
export const CENTRAL_DOOR_FILE = 'central-door.json';

/**
 * Whether the folder holds a central store file or its door file (its mode is
 * `folderModeOf`'s to say).
 */
export function isSupervisorFolder(dataDir: string): boolean {
  return existsSync(centralDatabasePath(dataDir)) || existsSync(join(dataDir, CENTRAL_DOOR_FILE));
}

/**
 * A folder's mode as recorded in its precinct database (kernel/folder-mode.ts), read without
 * writing anything (for the command line's checks before it opens a folder). A database from
 * before the mode was recorded is read as its migration and first opening will record it: a
 * set-up precinct is a precinct's folder even beside a central store; else a central store
 * makes it supervisor mode's. Null: nothing has decided it yet.
 */
export function folderModeOf(dataDir: string): FolderMode | null {
  // A precinct's store sealed by its members' secrets is read no further (kernel/at-rest).
  const db = peekStore(dataDir);
  if (db === 'sealed') return readDoor(dataDir)?.mode === 'supervisor' ? 'supervisor' : 'precinct';
  if (db) {
    try {
      const has = (table: string) =>
        db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !==
        undefined;
      if (has('folder_mode')) {
        const recorded = recordedFolderMode(db);
        if (recorded) return recorded;
      }
      if (has('precinct') && db.prepare('SELECT 1 FROM precinct WHERE id = 1').get()) {
        return 'precinct';
      }
    } finally {
      db.close();
    }
  }
  return isSupervisorFolder(dataDir) ? 'supervisor' : null;
}

/**
 * At a folder's opening: a folder from before the mode was recorded that holds a central store
 * and no precinct (the migration recorded a set-up precinct's) is recorded as supervisor mode's.
 */
export function settleFolderMode(db: Db, dataDir: string, at: string): void {
  if (recordedFolderMode(db) !== null || !isSupervisorFolder(dataDir)) return;
  db.transaction(() => claimFolderMode(db, 'supervisor', at)).immediate();
}
