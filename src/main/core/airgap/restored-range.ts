import { GENESIS_HASH } from '../kernel/events/event-hash';
import type { DeviceCertificate, SyncHeader } from './sync-file';

/**
 * A restored range (docs/sync-format.md, "The restored range"): a laptop restored from
 * another's backup carries the old laptop's events up to the backup, as the old laptop's own
 * chain, in the sync file whose body holds its `backup.restored` event. The header names the
 * range in `restored`; the body holds its event lines and attachment parts after the file's
 * own. A file with a range is format version 2; one without stays version 1.
 */
export interface RestoredBlock {
  /** The replaced laptop, its key and its certificate (from its own `sync.device_enrolled`). */
  device_id: string;
  device_public_key: string;
  slot: number;
  slot_public_key: string;
  certificate: string;
  /** Always 1: the whole of the old laptop's chain up to the backup's head. */
  first_seq: number;
  last_seq: number;
  prev_hash: string;
  head_hash: string;
  event_count: number;
  counts: Record<string, number>;
  attachment_parts: number;
}

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
  return {
    ...header,
    version: 1,
    device_id: block.device_id,
    device_public_key: block.device_public_key,
    slot: block.slot,
    slot_public_key: block.slot_public_key,
    certificate: block.certificate,
    first_seq: block.first_seq,
    last_seq: block.last_seq,
    prev_hash: block.prev_hash,
    head_hash: block.head_hash,
    event_count: block.event_count,
    counts: block.counts,
    attachment_parts: block.attachment_parts,
    restored: undefined,
  };
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
