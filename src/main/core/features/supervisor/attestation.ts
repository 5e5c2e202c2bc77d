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
  const named = new Set<string>();
  for (const event of events) {
    if (event.type === 'ballot.issued') ballots = true;
    if (event.type === 'voters.sections_set' && device.slot === CHAIR_SLOT) {
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
  if (ballots || named.size > 0) refreshAttestation(db, device.precinctId, now);
}

/** Raises an alarm for each unattested device with ballots; withdraws the undecided rest. */
export function refreshAttestation(db: Db, precinctId: string, now: string): void {
  const slots = cachedStatement(
    db,
    'SELECT count(*) AS n FROM precinct_slots WHERE precinct_id = ?',
  ).get(precinctId) as { n: number };
  const rows = cachedStatement(
    db,
    `SELECT d.device_id, d.slot, EXISTS (SELECT 1 FROM attested_devices a
       WHERE a.precinct_id = d.precinct_id AND a.device_id = d.device_id) AS named
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
