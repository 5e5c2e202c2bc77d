import { useEffect } from 'react';
import type { BackupStatus } from '@shared/backup/backup-contract';
import { useRefreshOn } from '../../api/queries';
import { BACKUP_POLL_MS, useBackupStore } from './backup-store';

/**
 * The backup status while a screen shows it: read now, every few seconds (the main process
 * writes backups on its own), and again after a write that changes the settings.
 */
export function useBackupStatus(): BackupStatus | null {
  const status = useBackupStore((state) => state.status);
  const load = useBackupStore((state) => state.load);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), BACKUP_POLL_MS);
    return () => clearInterval(timer);
  }, [load]);
  useRefreshOn(['settings'], load);
  return status;
}
