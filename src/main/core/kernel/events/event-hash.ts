import { createHash } from 'node:crypto';

/** Domain tag that keeps event hashes apart from any other SHA-256 use. */
export const EVENT_HASH_TAG = 'precinct-desk/event/v1\n';
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  deviceId: string;
  seq: number;
  hlc: string;
  type: string;
  actor: string | null;
  /** The payload as stored: canonical JSON text. */
  payloadJson: string;
}

/**
 * The canonical bytes of an event: canonical JSON of its fields with the stored payload text
 * embedded as is (so any change to the stored text changes the hash). See docs/event-log.md.
 */
export function canonicalEventText(fields: HashedFields): string {
  return (
    `{"actor":${JSON.stringify(fields.actor)},"device_id":${JSON.stringify(fields.deviceId)},` +
    `"hlc":${JSON.stringify(fields.hlc)},"payload":${fields.payloadJson},"seq":${fields.seq},` +
    `"type":${JSON.stringify(fields.type)}}`
  );
}

/** hash = SHA-256(tag ‖ prev_hash as 32 bytes ‖ canonical event bytes), in hex. */
export function eventHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256')
    .update(EVENT_HASH_TAG, 'utf8')
    .update(Buffer.from(prevHash, 'hex'))
    .update(canonicalEventText(fields), 'utf8')
    .digest('hex');
}

/** The columns of a stored event that its hash covers. */
export interface StoredHashColumns {
  device_id: string;
  seq: number;
  hlc: string;
  type: string;
  actor: string | null;
  payload_json: string;
}

/** The hash a stored row should carry, given the hash before it. */
export function storedRowHash(prevHash: string, row: StoredHashColumns): string {
  return eventHash(prevHash, {
    deviceId: row.device_id,
    seq: row.seq,
    hlc: row.hlc,
    type: row.type,
    actor: row.actor,
    payloadJson: row.payload_json,
  });
}
