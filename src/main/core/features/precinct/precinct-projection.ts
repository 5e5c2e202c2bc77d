import type { StoredEvent } from '../../events';
import type { Db } from '../../kernel/db/database';
import { cachedStatement } from '../../kernel/db/statement-cache';
import { isOwnEvent } from '../../kernel/device-identity';
import { hlcToIso } from '../../kernel/events/hlc';

/*
 * The precinct, its settings and its clock confirmations as this laptop set them: another
 * laptop's precinct, settings and clock events never change them here.
 */

/** The precinct's identity as set up by hand or by a package (a newer package replaces it). */
export function applySetup(db: Db, event: StoredEvent<'precinct.setup_completed'>): void {
  if (!isOwnEvent(db, event)) return;
  const p = event.payload;
  cachedStatement(
    db,
    `INSERT INTO precinct (id, election_kind, election_name, voting_day, opens, closes,
       precinct_number, precinct_name, region, district, address, time_zone)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET election_kind = excluded.election_kind,
       election_name = excluded.election_name, voting_day = excluded.voting_day,
       opens = excluded.opens, closes = excluded.closes,
       precinct_number = excluded.precinct_number, precinct_name = excluded.precinct_name,
       region = excluded.region, district = excluded.district, address = excluded.address,
       time_zone = excluded.time_zone`,
  ).run(
    p.election_kind,
    p.election_name,
    p.voting_day,
    p.opens,
    p.closes,
    p.precinct_number,
    p.precinct_name,
    p.region,
    p.district,
    p.address,
    p.time_zone,
  );
}

export function applySettings(db: Db, event: StoredEvent<'settings.changed'>): void {
  if (!isOwnEvent(db, event)) return;
  cachedStatement(
    db,
    `INSERT INTO settings (id, auto_lock_minutes) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET auto_lock_minutes = excluded.auto_lock_minutes`,
  ).run(event.payload.auto_lock_minutes);
}

export function applyClockConfirmed(db: Db, event: StoredEvent<'clock.confirmed'>): void {
  if (!isOwnEvent(db, event)) return;
  cachedStatement(
    db,
    `INSERT INTO clock_confirmations (local_date, member_id, confirmed_at) VALUES (?, ?, ?)
     ON CONFLICT (local_date) DO NOTHING`,
  ).run(event.payload.local_date, event.actor ?? '', hlcToIso(event.hlc));
}
