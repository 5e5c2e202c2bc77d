import type { SlotView } from '@shared/supervisor/supervisor-contract';
import type { PackageContent } from '@shared/sync/package-content';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { newSigningKeyPair } from '../../airgap/keys';
import type { SyncHeader } from '../../airgap/sync-file';
import { raiseAlarm } from './conflicts';
import { slotLabels, type PrecinctSpec } from './precinct-spec';

/**
 * A precinct's device slots in the central store (docs/central-store.md, "Device slots"): one
 * Ed25519 key per laptop the spec names, made here. The public half is kept for good; the
 * private half only until a device shows a certificate of the slot, so a later revision of the
 * package can still give a slot nobody took, and never one already in use.
 */
interface SlotRow {
  slot: number;
  label: string | null;
  public_key: string;
  key_pem: string | null;
}

const slotRows = (db: Db, precinctId: string): SlotRow[] =>
  cachedStatement(
    db,
    'SELECT slot, label, public_key, key_pem FROM precinct_slots WHERE precinct_id = ? ORDER BY slot',
  ).all(precinctId) as SlotRow[];

/**
 * The slots a package of the precinct carries: the spec's laptops (kept slots, new keys for
 * new ones), then any slot an earlier revision made beyond them, offered no more (no key).
 */
export function packageSlots(
  db: Db,
  precinctId: string,
  spec: PrecinctSpec,
): PackageContent['slots'] {
  const labels = slotLabels(spec);
  const kept = new Map(slotRows(db, precinctId).map((row) => [row.slot, row]));
  const count = Math.max(labels.length, kept.size);
  const slots: PackageContent['slots'] = [];
  for (let slot = 1; slot <= count; slot++) {
    const row = kept.get(slot);
    const offered = slot <= labels.length;
    const label = offered ? (labels[slot - 1] ?? null) : (row?.label ?? null);
    if (row) {
      slots.push({
        slot,
        label,
        public_key: row.public_key,
        key_pem: offered ? row.key_pem : null,
      });
    } else {
      const pair = newSigningKeyPair();
      slots.push({ slot, label, public_key: pair.publicKey, key_pem: pair.privateKeyPem });
    }
  }
  return slots;
}

/** Keeps a package's slots: new ones made, labels updated, a key no longer offered forgotten. */
export function recordSlots(
  db: Db,
  precinctId: string,
  slots: PackageContent['slots'],
  now: string,
): void {
  const upsert = db.prepare(
    `INSERT INTO precinct_slots (precinct_id, slot, label, public_key, key_pem, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (precinct_id, slot) DO UPDATE SET label = excluded.label,
       key_pem = CASE WHEN excluded.key_pem IS NULL THEN NULL ELSE precinct_slots.key_pem END`,
  );
  for (const s of slots) upsert.run(precinctId, s.slot, s.label, s.public_key, s.key_pem, now);
}

/** The devices of the precinct the store revoked: a newer package carries them. */
export function revokedDevices(db: Db, precinctId: string): PackageContent['revoked_devices'] {
  return db
    .prepare<[string], { device_id: string; device_public_key: string }>(
      `SELECT device_id, public_key AS device_public_key FROM devices
       WHERE precinct_id = ? AND revoked_at IS NOT NULL ORDER BY device_id`,
    )
    .all(precinctId);
}

/** Whether the header's slot key is the one the store made for that slot of its precinct. */
export function isSlotOfPrecinct(db: Db, header: SyncHeader): boolean {
  const row = cachedStatement(
    db,
    'SELECT slot FROM precinct_slots WHERE precinct_id = ? AND public_key = ?',
  ).get(header.precinct_id, header.slot_public_key) as { slot: number } | undefined;
  return row?.slot === header.slot;
}

/** A device seen with a slot's certificate: the slot is in use, its private key forgotten. */
export function markSlotUsed(db: Db, header: SyncHeader): void {
  cachedStatement(
    db,
    'UPDATE precinct_slots SET key_pem = NULL WHERE precinct_id = ? AND slot = ? AND key_pem IS NOT NULL',
  ).run(header.precinct_id, header.slot);
}

/**
 * Whether the file's slot is disputed: another device of the precinct showed a certificate of
 * the same slot. Each set of devices on one slot is one `slot_reused` alarm (a third device
 * raises a new one); while one is undecided, every file of the slot's devices is held.
 */
export function slotDisputed(
  db: Db,
  header: SyncHeader,
  options: { now: string; dryRun: boolean },
): boolean {
  const devices = (
    cachedStatement(
      db,
      'SELECT device_id FROM devices WHERE precinct_id = ? AND slot = ? ORDER BY device_id',
    ).all(header.precinct_id, header.slot) as { device_id: string }[]
  ).map((d) => d.device_id);
  if (!devices.includes(header.device_id)) devices.push(header.device_id);
  if (devices.length < 2) return false;
  devices.sort();
  // Precinct ids hold no `|`: the prefix names one slot, the JSON after it the devices.
  const prefix = `${header.precinct_id}|${header.slot}|`;
  const subjectKey = `${prefix}${JSON.stringify(devices)}`;
  const known = cachedStatement(
    db,
    "SELECT 1 FROM alarms WHERE kind = 'slot_reused' AND subject_key = ?",
  ).get(subjectKey);
  // A dry run raises nothing: a set of devices no alarm names yet would be held all the same.
  if (options.dryRun && known === undefined) return true;
  if (!options.dryRun) {
    raiseAlarm(
      db,
      {
        kind: 'slot_reused',
        subjectKey,
        subject: `${header.precinct_id} #${header.slot}`,
        precinctIds: [header.precinct_id],
        details: `slot ${header.slot} certified ${devices.length} devices: ${devices.join(', ')}`,
      },
      options.now,
    );
  }
  const open = cachedStatement(
    db,
    `SELECT 1 FROM alarms WHERE kind = 'slot_reused' AND decided_at IS NULL
     AND substr(subject_key, 1, length(?)) = ? LIMIT 1`,
  ).get(prefix, prefix);
  return open !== undefined;
}

/** The precinct's slots and the devices each certified, for the supervisor's precinct page. */
export function slotViews(db: Db, precinctId: string): SlotView[] {
  const devices = db
    .prepare<[string], { device_id: string; slot: number | null }>(
      'SELECT device_id, slot FROM devices WHERE precinct_id = ? ORDER BY enrolled_at, device_id',
    )
    .all(precinctId);
  return slotRows(db, precinctId).map((row) => ({
    slot: row.slot,
    label: row.label,
    deviceIds: devices.filter((d) => d.slot === row.slot).map((d) => d.device_id),
  }));
}

/** The devices a `slot_reused` alarm names (its subject key ends with their ids). */
export function slotDevices(db: Db, alarmId: string): string[] {
  const row = db
    .prepare<[string], { subject_key: string }>(
      "SELECT subject_key FROM alarms WHERE alarm_id = ? AND kind = 'slot_reused'",
    )
    .get(alarmId);
  if (!row) return [];
  const parts = row.subject_key.split('|');
  try {
    const ids: unknown = JSON.parse(parts.slice(2).join('|'));
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
