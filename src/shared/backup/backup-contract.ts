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

const empty = z.object({}).strict();

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
};
export type BackupOperation = keyof typeof backupOperations;
