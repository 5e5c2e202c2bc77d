import { DomainError } from '@shared/result';
import type { Db } from './db/database';

/**
 * What a data folder is, decided once: a precinct's laptop (set up by hand or by a package)
 * or the central commission's store (supervisor mode). The first setup, package load or
 * supervisor start records it in the folder's precinct database, in the transaction that
 * makes the folder what it is; the table refuses any later change (triggers), and work of the
 * other mode is refused from then on, changing nothing.
 */
export type FolderMode = 'precinct' | 'supervisor';

/** Why work of one mode is refused in a folder of the other: a stable code for each. */
const REFUSAL: Record<FolderMode, { code: 'supervisor_folder' | 'precinct_folder'; text: string }> =
  {
    // precinct work in a supervisor folder
    precinct: {
      code: 'supervisor_folder',
      text: 'This data folder is the central commission’s (supervisor mode)',
    },
    // supervisor work in a precinct folder
    supervisor: { code: 'precinct_folder', text: 'This data folder belongs to a precinct' },
  };

/** The recorded mode, or null while nothing has made the folder one or the other. */
export function recordedFolderMode(db: Db): FolderMode | null {
  const row = db
    .prepare<[], { mode: FolderMode }>('SELECT mode FROM folder_mode WHERE id = 1')
    .get();
  return row?.mode ?? null;
}

/** Refuses work of `mode` in a folder recorded as the other mode; changes nothing. */
export function refuseOtherMode(db: Db, mode: FolderMode): void {
  const recorded = recordedFolderMode(db);
  if (recorded !== null && recorded !== mode) {
    throw new DomainError(REFUSAL[mode].code, REFUSAL[mode].text);
  }
}

/**
 * Records the folder's mode inside the caller's transaction (the one that sets the precinct
 * up, loads its package, or starts supervisor mode): the first record stays, the same mode
 * again changes nothing, the other mode is refused.
 */
export function claimFolderMode(db: Db, mode: FolderMode, at: string): void {
  if (!db.inTransaction) throw new Error('A folder mode is recorded inside a transaction');
  refuseOtherMode(db, mode);
  db.prepare(
    'INSERT INTO folder_mode (id, mode, decided_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING',
  ).run(mode, at);
}
