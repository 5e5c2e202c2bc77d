import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import type { ChainEvent } from '../../kernel/events/chain-authority';
import { raiseAlarm } from './conflicts';

/**
 * Which laptops the chair vouches for, in a precinct of several (docs/central-store.md,
 * "Attested devices"). The chair's laptop takes slot 1; the list sections the chair sets there
 * assign parts of the list to laptops by device id. A device is attested when it is the slot-1
 * laptop or when a section recorded on the slot-1 laptop names it. Ballots from any other
 * device raise `unattested_device`, withdrawn while undecided once the chair's sections name
 * it — so the files of a precinct give the same alarms in any order.
 */
export const CHAIR_SLOT = 1;

/** What one accepted file adds: its device issued ballots; the sections it recorded. */
export function recordAttestation(
  db: Db,
  device: { deviceId: string; precinctId: string; slot: number },
  events: readonly ChainEvent[],
  now: string,
): void {
  let ballots = false;
  let restored = false;
  const named = new Set<string>();
  for (const event of events) {
    if (event.type === 'ballot.issued') ballots = true;
    if (event.type === 'backup.restored') {
      recordRestore(db, device, event.payload as RestoredPayload, now);
      restored = true;
    }
    if (event.type === 'voters.sections_set' && chairsLaptop(db, device)) {
      const payload = event.payload as { sections: { device_id: string }[] };
      for (const section of payload.sections) named.add(section.device_id);
    }
  }
  if (ballots) {
    cachedStatement(
      db,
      'UPDATE devices SET issued_ballots = 1 WHERE device_id = ? AND issued_ballots = 0',
    ).run(device.deviceId);
  }
  const attest = cachedStatement(
    db,
    'INSERT OR IGNORE INTO attested_devices (precinct_id, device_id) VALUES (?, ?)',
  );
  for (const deviceId of named) attest.run(device.precinctId, deviceId);
  if (ballots || restored || named.size > 0) refreshAttestation(db, device.precinctId, now);
}

interface RestoredPayload {
  old_device_id: string;
  old_slot: number | null;
  old_last_seq: number;
}

/** A laptop restored from another's backup, as its own chain records it (backup.restored). */
function recordRestore(
  db: Db,
  device: { deviceId: string; precinctId: string },
  payload: RestoredPayload,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO restored_devices
       (new_device_id, precinct_id, old_device_id, old_slot, old_last_seq, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    device.deviceId,
    device.precinctId,
    payload.old_device_id,
    payload.old_slot,
    payload.old_last_seq,
    now,
  );
}

/**
 * The chair's laptop: the slot-1 laptop, or one restored from the slot-1 laptop's backup (its
 * chain's `backup.restored`, recorded by the chair, comes before anything else it records).
 */
function chairsLaptop(db: Db, device: { deviceId: string; slot: number }): boolean {
  if (device.slot === CHAIR_SLOT) return true;
  const row = cachedStatement(
    db,
    'SELECT old_slot FROM restored_devices WHERE new_device_id = ?',
  ).get(device.deviceId) as { old_slot: number | null } | undefined;
  return row?.old_slot === CHAIR_SLOT;
}

/** Raises an alarm for each unattested device with ballots; withdraws the undecided rest. */
export function refreshAttestation(db: Db, precinctId: string, now: string): void {
  const slots = cachedStatement(
    db,
    'SELECT count(*) AS n FROM precinct_slots WHERE precinct_id = ?',
  ).get(precinctId) as { n: number };
  const rows = cachedStatement(
    db,
    // A laptop restored from an attested one's backup takes its place (docs/backups.md).
    `SELECT d.device_id, d.slot, EXISTS (SELECT 1 FROM attested_devices a
       WHERE a.precinct_id = d.precinct_id AND a.device_id = d.device_id)
       OR EXISTS (SELECT 1 FROM restored_devices r WHERE r.new_device_id = d.device_id
         AND (r.old_slot = ${CHAIR_SLOT} OR EXISTS (SELECT 1 FROM attested_devices o
           WHERE o.precinct_id = d.precinct_id AND o.device_id = r.old_device_id))) AS named
     FROM devices d WHERE d.precinct_id = ? AND d.issued_ballots = 1`,
  ).all(precinctId) as { device_id: string; slot: number | null; named: number }[];
  for (const row of rows) {
    const attested = slots.n <= 1 || row.slot === CHAIR_SLOT || row.named === 1;
    if (attested) {
      cachedStatement(
        db,
        `DELETE FROM alarms WHERE kind = 'unattested_device' AND subject_key = ?
         AND decided_at IS NULL`,
      ).run(row.device_id);
      continue;
    }
    raiseAlarm(
      db,
      {
        kind: 'unattested_device',
        subjectKey: row.device_id,
        subject: row.device_id,
        precinctIds: [precinctId],
        details: `ballots from slot ${row.slot ?? '?'}, a device the chair’s list sections never name`,
      },
      now,
    );
  }
}
