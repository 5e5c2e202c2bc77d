/** Payloads of the backup feature's events. */
import { z } from 'zod';

/** A folder's path, as the host's dialog gave it. */
const MAX_FOLDER_PATH = 4096;

export const backupPayloadSchemas = {
  /** The chair named the folder backups go to (a second USB stick). */
  'backup.folder_set': z.object({ folder: z.string().min(1).max(MAX_FOLDER_PATH) }).strict(),
};
