import {
  addRecorded,
  emptyFacts,
  packageRoster,
  saysPackage,
  type PackageFacts,
} from '../../airgap/package-facts';
import type { SyncHeader } from '../../airgap/sync-file';
import type { Db } from '../../kernel/db/database';
import { ChainAuthority, foldMembership } from '../../kernel/events/chain-authority';
import type { EventRegistry } from '../../kernel/events/registry';
import type { SyncKeys } from './sync-store';

/** The event types loading a package records: what this laptop knows the package said. */
const PACKAGE_TYPES = [
  'precinct.setup_completed',
  'member.added',
  'infolog.deadlines_set',
  'accommodation.cutoff_set',
  'voters.imported',
];

/** What the signed packages this laptop loaded said, as its own log recorded them. */
function recordedFacts(db: Db, ownDeviceId: string): PackageFacts {
  const facts = emptyFacts();
  const rows = db
    .prepare<string[], { type: string; payload_json: string }>(
      `SELECT type, payload_json FROM events WHERE device_id = ?
       AND type IN (${PACKAGE_TYPES.map(() => '?').join(', ')}) ORDER BY seq`,
    )
    .all(ownDeviceId, ...PACKAGE_TYPES);
  for (const row of rows) {
    addRecorded(facts, { type: row.type, payload: JSON.parse(row.payload_json) });
  }
  return facts;
}

/**
 * The judge of another laptop's events on the chair's laptop: the package as this laptop
 * recorded it, and the other laptop's own member events up to `head`.
 */
export function peerAuthority(
  db: Db,
  registry: EventRegistry,
  ownDeviceId: string,
  keys: SyncKeys,
  header: SyncHeader,
  head: number,
): ChainAuthority {
  const facts = recordedFacts(db, ownDeviceId);
  const types = registry.membershipTypes;
  const earlier = db
    .prepare<[string, number, ...string[]], { type: string; payload_json: string }>(
      `SELECT type, payload_json FROM events WHERE device_id = ? AND seq <= ?
       AND type IN (${types.map(() => '?').join(', ')}) ORDER BY seq`,
    )
    .all(header.device_id, head, ...types)
    .map((row) => ({ type: row.type, payload: JSON.parse(row.payload_json) as unknown }));
  const roster = foldMembership((type) => registry.definition(type), packageRoster(facts), earlier);
  return new ChainAuthority(
    (type) => registry.definition(type),
    roster,
    saysPackage(facts, {
      deviceId: header.device_id,
      publicKey: header.device_public_key,
      slot: header.slot,
      centralFingerprint: keys.central_fingerprint,
    }),
  );
}

/**
 * The key a laptop's device id is bound to here: the one its first stored enrolment named.
 * A file claiming the id with another key, or claiming this laptop's own id, is refused.
 */
export function pinnedDeviceKey(db: Db, deviceId: string): string | null {
  const row = db
    .prepare<[string], { payload_json: string }>(
      `SELECT payload_json FROM events WHERE device_id = ? AND type = 'sync.device_enrolled'
       ORDER BY seq LIMIT 1`,
    )
    .get(deviceId);
  if (!row) return null;
  const key = (JSON.parse(row.payload_json) as { device_public_key?: unknown }).device_public_key;
  return typeof key === 'string' ? key : null;
}
