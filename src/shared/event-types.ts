import { ACCOMMODATION_EVENT_TYPES } from './accommodations/accommodation-kinds';
import { BACKUP_EVENT_TYPES } from './backup/backup-events';
import { PROTOCOL_EVENT_TYPES } from './protocol/protocol-events';
import { SYNC_EVENT_TYPES } from './sync/sync-events';

/**
 * Names of the events in the log. The core defines each payload (each feature's descriptor in src/main/core/features);
 * the UI needs the names to translate them (`audit.type.<name>`).
 */
export const EVENT_TYPES = [
  'device.initialized',
  'precinct.setup_completed',
  'member.added',
  'member.deactivated',
  'member.pin_set',
  'member.recovery_code_issued',
  'member.logged_in',
  'member.logged_out',
  'member.locked_out',
  'member.lockout_lifted',
  'settings.changed',
  'clock.confirmed',
  'voters.imported',
  'voter.added',
  'voter.corrected',
  'voter.removal_requested',
  'voter.removal_decided',
  'voter.absentee_certificate_issued',
  'voter.inquiry_answered',
  'voters.sections_set',
  'ballot.issued',
  'ballot.undone',
  'infolog.entry_recorded',
  'infolog.entry_corrected',
  'infolog.entry_withdrawn',
  'infolog.observer_checked_out',
  'infolog.complaint_answered',
  'infolog.deadlines_set',
  ...ACCOMMODATION_EVENT_TYPES,
  ...SYNC_EVENT_TYPES,
  ...PROTOCOL_EVENT_TYPES,
  ...BACKUP_EVENT_TYPES,
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Whether a name read from a file is one of the app's event types. */
export function isEventType(name: string): name is EventType {
  return (EVENT_TYPES as readonly string[]).includes(name);
}
