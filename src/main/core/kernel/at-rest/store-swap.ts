/**
 * A store restored beside the data folder's own (a replacement laptop's first run) put in its
 * place: the restored folder is marked complete, then its store and door are renamed over the
 * empty store's, the empty store's journal files removed first. A kill part-way is finished at
 * the next start (`finishStoreSwap`); a restored folder never marked complete is removed.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../data-dir';
import { DOOR_FILE } from './door-file';
import { flushFolderSync, writePrivateFileSync } from './private-files';

/** The folder beside the store a restore writes into (inside the data folder). */
export const SWAP_FOLDER = '.restoring';
const COMPLETE = 'complete';

function moveIn(dataDir: string, from: string): void {
  const store = join(from, DATABASE_FILE);
  const door = join(from, DOOR_FILE);
  if (existsSync(store)) {
    for (const journal of ['-wal', '-shm', '-journal']) {
      rmSync(join(dataDir, `${DATABASE_FILE}${journal}`), { force: true });
    }
    renameSync(store, join(dataDir, DATABASE_FILE));
    flushFolderSync(dataDir);
  }
  if (existsSync(door)) {
    renameSync(door, join(dataDir, DOOR_FILE));
    flushFolderSync(dataDir);
  }
  rmSync(from, { recursive: true, force: true });
}

/** Puts the restored store in `dataDir/.restoring` in place of the folder's closed store. */
export function swapInStore(dataDir: string): void {
  const from = join(dataDir, SWAP_FOLDER);
  writePrivateFileSync(join(from, COMPLETE), '');
  moveIn(dataDir, from);
}

/** At start: a swap a kill cut short is finished; an unfinished restore's folder removed. */
export function finishStoreSwap(dataDir: string): void {
  const from = join(dataDir, SWAP_FOLDER);
  if (!existsSync(from)) return;
  if (existsSync(join(from, COMPLETE))) moveIn(dataDir, from);
  else rmSync(from, { recursive: true, force: true });
}
