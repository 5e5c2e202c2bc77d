/**
 * The laptop's continuous backups to a folder the chair names (a second USB stick), spread
 * into `contract` in ../api.ts; the format and its rules are in docs/backups.md.
 */
import { z } from 'zod';
import { op } from '../operation';
import { fileHandleSchema } from '../files/files-contract';

/** What went wrong with the last backup tried: a stable code and when (ISO instant). */
export interface BackupProblem {
  code:
    | 'backup_folder_missing'
    | 'backup_store_unsealed'
    | 'disk_full'
    | 'read_only_medium'
    | 'io_error';
  at: string;
}

export interface BackupStatus {
  /** The folder the chair named, or null. */
  folder: string | null;
  /** The newest backup this laptop wrote there: its time (ISO), file name and last event. */
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  lastSeq: number | null;
  /** Changes since that backup wait for the next one (written within five minutes). */
  pending: boolean;
  /** The last try failed (cleared by the next backup written). */
  lastError: BackupProblem | null;
}

/** What a backup holds, read from its clear header and door before a restore (no secret). */
export interface BackupPreview {
  /** The backup's file name (the newest whole one when a folder was chosen). */
  file: string;
  createdAt: string;
  precinctNumber: number | null;
  /** The old laptop's last event on the backup. */
  lastSeq: number;
  deviceId: string;
  /** The active chairs the backup's door names: one of them restores it. */
  chairs: { memberId: string; fullName: string }[];
}

/** A replacement laptop made: what it was made from and its new identity. */
export interface RestoreOutcome {
  file: string;
  createdAt: string;
  precinctNumber: number | null;
  lastSeq: number;
  oldDeviceId: string;
  newDeviceId: string;
  slot: number;
}

const empty = z.object({}).strict();
/** A backup file, or a folder whose newest backup is taken (a read or folder handle). */
const backupHandle = fileHandleSchema;

export const backupOperations = {
  /** Where backups go, the folder's time and the last failure; any member who is logged in. */
  getBackupStatus: op<BackupStatus>()(empty),
  /**
   * The chair names the backup folder (`folderHandle` a folder chosen with showOpenDialog's
   * directories or bindOpenFile's folders), recorded as an event; a backup is written at once.
   */
  setBackupFolder: op<BackupStatus>()(z.object({ folderHandle: fileHandleSchema }).strict()),
  /** Writes a backup now (the chair); a failing stick is reported in the status, not thrown. */
  backupNow: op<BackupStatus>()(empty),
  /** At first run: what the chosen backup (file or folder's newest) holds, before a restore. */
  previewBackup: op<BackupPreview>()(z.object({ backupHandle }).strict()),
  /**
   * At first run only: this laptop becomes the replacement of the backup's laptop (the store
   * restored in place of the empty one, a free slot of the package opened with its handover
   * code, the chair's PIN or recovery code); refused with restore.ts's codes, nothing changed.
   * The app then shows the login screen of the restored precinct.
   */
  restoreBackup: op<RestoreOutcome>()(
    z
      .object({
        backupHandle,
        packageHandle: fileHandleSchema,
        handoverCode: z.string().min(1).max(100),
        chairId: z.string().min(1).max(100),
        secret: z.string().min(1).max(200),
      })
      .strict(),
  ),
};
export type BackupOperation = keyof typeof backupOperations;
