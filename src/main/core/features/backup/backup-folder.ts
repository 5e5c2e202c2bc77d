/** The backup folder the chair named: this laptop's newest `backup.folder_set`. */
import type { Db } from '../../kernel/db/database';
import { backupPayloadSchemas } from './backup-payloads';

export function backupFolder(db: Db, deviceId: string): string | null {
  const row = db
    .prepare<[string], { payload_json: string }>(
      `SELECT payload_json FROM events WHERE type = 'backup.folder_set' AND device_id = ?
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(deviceId);
  if (!row) return null;
  return backupPayloadSchemas['backup.folder_set'].parse(JSON.parse(row.payload_json)).folder;
}
