/** Event types of the laptop's own backups (spread into EVENT_TYPES in ../event-types.ts). */
export const BACKUP_EVENT_TYPES = ['backup.folder_set', 'backup.restored'] as const;
export type BackupEventType = (typeof BACKUP_EVENT_TYPES)[number];
