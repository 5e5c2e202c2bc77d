/** Payloads of the backup feature's events. */
import { z } from 'zod';
import { backupHeaderSchema } from './backup-file';

/** A folder's path, as the host's dialog gave it. */
const MAX_FOLDER_PATH = 4096;

export const backupPayloadSchemas = {
  /** The chair named the folder backups go to (a second USB stick). */
  'backup.folder_set': z.object({ folder: z.string().min(1).max(MAX_FOLDER_PATH) }).strict(),
  /**
   * This laptop was restored from a backup of another (the chair, with the PIN or recovery
   * code): the old laptop, its slot, its chain's head in the backup and the backup's
   * signature by the old laptop's key; the slot this laptop took.
   */
  'backup.restored': z
    .object({
      old_device_id: z.string().min(1),
      old_device_public_key: z.string().min(1),
      old_slot: z.number().int().min(1).nullable(),
      old_last_seq: z.number().int().min(0),
      old_head_hash: z.string().regex(/^[0-9a-f]{64}$/),
      backup_created_at: z.iso.datetime(),
      backup_signature: z.string().min(1),
      new_slot: z.number().int().min(1),
      /**
       * The backup's header whole, as the old laptop signed it: what a restored range in this
       * laptop's sync files is checked against (docs/sync-format.md). Absent in restores made
       * before restored ranges were carried.
       */
      backup_header: backupHeaderSchema.optional(),
    })
    .strict(),
};
