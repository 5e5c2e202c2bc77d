/**
 * The first run's "Restore from a backup" (docs/backups.md, "In the app"): the backup's clear
 * facts before the restore, then the restore itself into a folder beside the empty store, which
 * the app core puts in the empty store's place once the operation has answered.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupPreview, RestoreOutcome } from '@shared/backup/backup-contract';
import { DomainError } from '@shared/result';
import type { CoreContext } from '../../context';
import { parseDoor } from '../../kernel/at-rest/door-file';
import { SWAP_FOLDER } from '../../kernel/at-rest/store-swap';
import { ANY_ENDING } from '../files';
import { readKeys } from '../sync';
import { BACKUP_EXTENSION, readBackup } from './backup-file';

const PACKAGE_ENDING = '.pdpkg';
/** A package file is read whole; a real one is a few megabytes. */
const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;

/** Only a laptop nothing has set up yet is restored onto (its empty store is replaced). */
function firstRunOnly(ctx: CoreContext): void {
  if (ctx.mode() === 'supervisor' || ctx.precinct.isSetUp() || readKeys(ctx.db) !== null) {
    throw new DomainError('already_set_up', 'Only a new laptop is restored from a backup');
  }
}

/** A backup file's path, or a folder's (its newest backup is taken). */
function backupPath(ctx: CoreContext, handle: string): string {
  const { path, purpose } = ctx.fileHandles.resolve(handle, {
    purposes: ['read', 'folder'],
    extensions: ANY_ENDING,
  });
  if (purpose === 'read' && !path.toLowerCase().endsWith(BACKUP_EXTENSION)) {
    throw new DomainError('file_handle_invalid', 'Not a backup file');
  }
  return path;
}

export async function previewBackup(ctx: CoreContext, handle: string): Promise<BackupPreview> {
  const chosen = backupPath(ctx, handle);
  firstRunOnly(ctx);
  // Loaded when used: restore.ts opens stores through the feature list this feature is in.
  const { chosenBackup } = await import('./restore');
  const path = await chosenBackup(chosen);
  const backup = await readBackup(path);
  const door = parseDoor(backup.door);
  const { header } = backup;
  return {
    file: basename(path),
    createdAt: header.created_at,
    precinctNumber: header.precinct_number,
    lastSeq: header.last_seq,
    deviceId: header.device_id,
    chairs: door.members
      .filter((m) => m.role === 'chair' && m.active)
      .map((m) => ({ memberId: m.id, fullName: m.name })),
  };
}

export async function restoreInApp(
  ctx: CoreContext,
  input: {
    backupHandle: string;
    packageHandle: string;
    handoverCode: string;
    chairId: string;
    secret: string;
  },
): Promise<RestoreOutcome> {
  const from = backupPath(ctx, input.backupHandle);
  const packageFile = ctx.fileHandles.take(input.packageHandle, 'read', [PACKAGE_ENDING]).path;
  firstRunOnly(ctx);
  if (statSync(packageFile).size > MAX_PACKAGE_BYTES) {
    throw new DomainError('too_large', 'The package file is too large');
  }
  const staging = join(ctx.dataDir, SWAP_FOLDER);
  // A restore a kill cut short left its folder: it held nothing the laptop uses.
  rmSync(staging, { recursive: true, force: true });
  const { restoreFromBackup } = await import('./restore');
  try {
    const restored = await restoreFromBackup({
      from,
      dataDir: staging,
      packageBytes: readFileSync(packageFile),
      handoverCode: input.handoverCode.trim(),
      chair: input.chairId,
      secret: input.secret,
      clock: ctx.clock,
    });
    ctx.replaceStore(restored.key);
    return {
      file: basename(restored.backup),
      createdAt: restored.header.created_at,
      precinctNumber: restored.header.precinct_number,
      lastSeq: restored.header.last_seq,
      oldDeviceId: restored.oldDeviceId,
      newDeviceId: restored.newDeviceId,
      slot: restored.slot,
    };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
