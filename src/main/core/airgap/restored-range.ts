import { GENESIS_HASH } from '../kernel/events/event-hash';
import type { DeviceCertificate, SyncHeader } from './sync-file';

/**
 * A restored range (docs/sync-format.md, "The restored range"): a laptop restored from
 * another's backup carries the old laptop's events up to the backup, as the old laptop's own
 * chain, in the sync file whose body holds its `backup.restored` event. The header names the
 * range in `restored`; the body holds its event lines and attachment parts after the file's
 * own. A file with a range is format version 2; one without stays version 1.
 */
export const RESTORED_FIELDS = [
  'device_id',
  'device_public_key',
  'slot',
  'slot_public_key',
  'certificate',
  'first_seq',
  'last_seq',
  'prev_hash',
  'head_hash',
  'event_count',
  'counts',
  'attachment_parts',
] as const;

/**
 * The block: the old laptop's identity, certificate and range, in the fields a sync header
 * names them with (`first_seq` is always 1: the whole chain up to the backup's head).
 */
export type RestoredBlock = Pick<SyncHeader, (typeof RESTORED_FIELDS)[number]>;

/** What the writer needs of the old laptop: its identity and certificate. */
export interface RestoredDevice {
  deviceId: string;
  devicePublicKey: string;
  certificate: DeviceCertificate;
}

/**
 * The range seen as a sync header of the old laptop within the file's election, precinct and
 * recipients: what the chain decoder, the certificate check and the central store's chain
 * placement read. Its signature fields are the carrying file's: the range is proven by the
 * backup header the old laptop signed, not by an envelope of its own.
 */
export function restoredHeader(header: SyncHeader, block: RestoredBlock): SyncHeader {
  // The block's own fields only, whatever else the object holds.
  const range = Object.fromEntries(RESTORED_FIELDS.map((field) => [field, block[field]]));
  return { ...header, ...(range as RestoredBlock), version: 1, restored: undefined };
}

/** The block's own rules, beyond the shape a sync header's range has (checked by the caller). */
export function isRestoredBlockShape(value: unknown, carrier: { device_id: string }): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const block = value as Record<string, unknown>;
  if (Object.keys(block).some((k) => !(RESTORED_FIELDS as readonly string[]).includes(k))) {
    return false;
  }
  return (
    block.first_seq === 1 &&
    block.prev_hash === GENESIS_HASH &&
    typeof block.device_id === 'string' &&
    block.device_id !== carrier.device_id
  );
}
