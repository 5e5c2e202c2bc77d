import { create } from 'zustand';
import type { BackupStatus } from '@shared/backup/backup-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';

/** How often the status is read again: the main process writes backups on its own timer. */
export const BACKUP_POLL_MS = 15_000;

interface BackupState {
  status: BackupStatus | null;
  error: ApiError | null;
  /** Reads the status again (the header polls it; a write reads it again). */
  load: () => Promise<void>;
  /** Takes the status an operation answered (setBackupFolder, backupNow). */
  take: (status: BackupStatus) => void;
}

/** The laptop's backup status, shared by the header's line and the settings panel. */
export const useBackupStore = create<BackupState>((set) => ({
  status: null,
  error: null,
  load: async () => {
    const result = await callApi('getBackupStatus', {});
    if (result.ok) set({ status: result.value, error: null });
    else set({ error: result.error });
  },
  take: (status) => set({ status, error: null }),
}));
