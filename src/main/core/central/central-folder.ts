import { existsSync } from 'node:fs';
import { join } from 'node:path';

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
