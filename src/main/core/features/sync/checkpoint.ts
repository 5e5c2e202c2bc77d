import { createPublicKey, verify } from 'node:crypto';
import type { Db } from '../../kernel/db/database';
import { canonicalJson } from '../../kernel/events/canonical-json';
import { signBytes } from '../../airgap/keys';

/**
 * Signed checkpoints of this laptop's chain head, one per export. A checkpoint names the seq and
 * hash of the head at that moment, signed by the device key: a log whose tail was rewritten or
 * cut afterwards no longer holds that event with that hash, even if every hash was recomputed.
 */
export interface Checkpoint {
  device_id: string;
  seq: number;
  head_hash: string;
  signed_at: string;
  signature: string;
}

function checkpointText(c: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      device_id: c.device_id,
      head_hash: c.head_hash,
      purpose: 'precinct-desk checkpoint',
      seq: c.seq,
      signed_at: c.signed_at,
    }),
    'utf8',
  );
}

/** Signs and keeps a checkpoint; runs in the export's transaction. */
export function recordCheckpoint(
  db: Db,
  devicePrivateKeyPem: string,
  fields: Omit<Checkpoint, 'signature'>,
): Checkpoint {
  const signature = signBytes(devicePrivateKeyPem, checkpointText(fields)).toString('base64');
  const checkpoint = { ...fields, signature };
  db.prepare(
    `INSERT INTO sync_checkpoints (device_id, seq, head_hash, signed_at, signature)
     VALUES (@device_id, @seq, @head_hash, @signed_at, @signature)
     ON CONFLICT (device_id, seq) DO UPDATE SET head_hash = excluded.head_hash,
       signed_at = excluded.signed_at, signature = excluded.signature`,
  ).run(checkpoint);
  return checkpoint;
}

/**
 * Checks this laptop's latest checkpoint against its log: the checkpoint's signature by the
 * device key, and the event at its seq with its hash. Returns the checkpoint that fails, or null
 * (also when the folder has no checkpoint yet, or predates them).
 */
export function failedCheckpoint(db: Db): Checkpoint | null {
  const hasTable = db
    .prepare<[], { n: number }>(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'sync_checkpoints'",
    )
    .get();
  if (!hasTable?.n) return null;
  const device = db
    .prepare<[], { device_id: string; public_key_pem: string }>(
      'SELECT device_id, public_key_pem FROM device WHERE id = 1',
    )
    .get();
  if (!device) return null;
  const latest = db
    .prepare<[string], Checkpoint>(
      'SELECT * FROM sync_checkpoints WHERE device_id = ? ORDER BY seq DESC LIMIT 1',
    )
    .get(device.device_id);
  if (!latest) return null;
  const signed = (() => {
    try {
      return verify(
        null,
        checkpointText(latest),
        createPublicKey(device.public_key_pem),
        Buffer.from(latest.signature, 'base64'),
      );
    } catch {
      return false;
    }
  })();
  const event = db
    .prepare<[string, number], { hash: string }>(
      'SELECT hash FROM events WHERE device_id = ? AND seq = ?',
    )
    .get(latest.device_id, latest.seq);
  return signed && event?.hash === latest.head_hash ? null : latest;
}
