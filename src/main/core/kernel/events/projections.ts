import { assertNever } from '../../../../shared/result';
import type { Db } from '../db/database';
import { cachedStatement } from '../db/statement-cache';
import {
  applyVoterEvent,
  VOTER_PROJECTION_TABLES,
  type VoterEvent,
} from '../../features/voters/voter-projections';
import { applyInfoLogEvent, type InfoLogEventType } from '../../features/infolog/projection';
import { INFOLOG_PROJECTION_TABLES } from '../../features/infolog/schema';
import { applyAccommodationEvent } from '../../features/accommodations/projection';
import { reopenHomeVisit } from '../../features/accommodations/trip-projection';
import { ACCOMMODATION_PROJECTION_TABLES } from '../../features/accommodations/schema';
import type { AccommodationEventType } from '../../../../shared/accommodations/accommodation-kinds';
import { SYNC_PROJECTION_TABLES } from '../../features/sync/schema';
import { applyIdentity, isListApplied } from '../../features/sync/identity-projection';
import { hlcToIso } from './hlc';
import type { StoredEvent } from './payloads';

/** Tables derived from events only: emptied and refilled by a rebuild. */
export const PROJECTION_TABLES = [
  'precinct',
  'members',
  'settings',
  'clock_confirmations',
  ...VOTER_PROJECTION_TABLES,
  ...INFOLOG_PROJECTION_TABLES,
  ...ACCOMMODATION_PROJECTION_TABLES,
  ...SYNC_PROJECTION_TABLES,
] as const;

/** Updates the read tables for one event; runs inside the transaction that appends it. */
export function applyEvent(db: Db, event: StoredEvent): void {
  switch (event.type) {
    case 'device.initialized':
    case 'member.pin_set':
    case 'member.recovery_code_issued':
    case 'member.logged_in':
    case 'member.logged_out':
    case 'member.locked_out':
    case 'sync.device_enrolled':
    case 'sync.package_loaded':
    case 'sync.alarm_decided':
      // Audit-only events: their effect lives in local credentials or in the log itself.
      return;
    case 'precinct.setup_completed': {
      const p = (event as StoredEvent<'precinct.setup_completed'>).payload;
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
      applyIdentity(db, p);
      return;
    }
    case 'member.added': {
      const p = (event as StoredEvent<'member.added'>).payload;
      cachedStatement(
        db,
        `INSERT INTO members (id, full_name, role, active, replaced_by, added_at)
         VALUES (?, ?, ?, 1, NULL, ?) ON CONFLICT (id) DO NOTHING`,
      ).run(p.member_id, p.full_name, p.role, hlcToIso(event.hlc));
      return;
    }
    case 'member.deactivated': {
      const p = (event as StoredEvent<'member.deactivated'>).payload;
      cachedStatement(db, 'UPDATE members SET active = 0, replaced_by = ? WHERE id = ?').run(
        p.replaced_by,
        p.member_id,
      );
      return;
    }
    case 'settings.changed': {
      const p = (event as StoredEvent<'settings.changed'>).payload;
      cachedStatement(
        db,
        `INSERT INTO settings (id, auto_lock_minutes) VALUES (1, ?)
         ON CONFLICT (id) DO UPDATE SET auto_lock_minutes = excluded.auto_lock_minutes`,
      ).run(p.auto_lock_minutes);
      return;
    }
    case 'clock.confirmed': {
      const p = (event as StoredEvent<'clock.confirmed'>).payload;
      cachedStatement(
        db,
        `INSERT INTO clock_confirmations (local_date, member_id, confirmed_at) VALUES (?, ?, ?)
         ON CONFLICT (local_date) DO NOTHING`,
      ).run(p.local_date, event.actor ?? '', hlcToIso(event.hlc));
      return;
    }
    case 'voters.imported':
      // Laptops that loaded one package each imported its list: it joins the list once.
      if (isListApplied(db, event as StoredEvent<'voters.imported'>)) return;
      applyVoterEvent(db, event as VoterEvent);
      return;
    case 'voter.added':
    case 'voter.corrected':
    case 'voter.removal_requested':
    case 'voter.removal_decided':
    case 'voter.absentee_certificate_issued':
    case 'voter.inquiry_answered':
    case 'voters.sections_set':
    case 'ballot.issued':
      applyVoterEvent(db, event as VoterEvent);
      return;
    case 'ballot.undone':
      applyVoterEvent(db, event as VoterEvent);
      reopenHomeVisit(db, event as StoredEvent<'ballot.undone'>);
      return;
    case 'infolog.entry_recorded':
    case 'infolog.entry_corrected':
    case 'infolog.entry_withdrawn':
    case 'infolog.observer_checked_out':
    case 'infolog.complaint_answered':
    case 'infolog.deadlines_set':
      applyInfoLogEvent(db, event as StoredEvent<InfoLogEventType>);
      return;
    case 'accommodation.request_recorded':
    case 'accommodation.sensitive_recorded':
    case 'accommodation.request_corrected':
    case 'accommodation.requester_resolved':
    case 'accommodation.item_status_changed':
    case 'accommodation.trip_planned':
    case 'accommodation.trip_replanned':
    case 'accommodation.trip_departed':
    case 'accommodation.trip_returned':
    case 'accommodation.trip_cancelled':
    case 'accommodation.equipment_set':
    case 'accommodation.cutoff_set':
      applyAccommodationEvent(db, event as StoredEvent<AccommodationEventType>);
      return;
    default:
      assertNever(event.type);
  }
}
