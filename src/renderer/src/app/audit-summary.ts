import { summarizeAccommodationEvent } from '@shared/accommodations/accommodation-audit-summary';
import { isAccommodationEventType } from '@shared/accommodations/accommodation-kinds';
import type { SummarizeEvent } from '../features/audit/event-summary';
import type { MessageKey } from '@shared/i18n';
import { translatePlural } from '@shared/i18n/plural';
import { assertNever } from '@shared/result';
import { ROLES } from '@shared/roles';
import { isEventType, roleKey } from '../i18n/message-keys';
import { formatCalendarDate, formatInstant } from '../ui/date-time-format';
import { summarizeVoterAuditEvent } from '../features/voters/voters-audit-summary';
import { summarizeInfoLogEvent } from '../features/infolog/infolog-audit-summary';
import { isSyncEventType } from '@shared/sync/sync-events';
import { summarizeSyncEvent } from '../features/sync/sync-audit-summary';
import { isProtocolEventType } from '@shared/protocol/protocol-events';
import { summarizeProtocolEvent } from '../features/protocol/protocol-audit-summary';

const PIN_KINDS: Record<string, MessageKey> = {
  initial: 'audit.pinKind.initial',
  temporary: 'audit.pinKind.temporary',
  changed: 'audit.pinKind.changed',
  recovered: 'audit.pinKind.recovered',
};

/**
 * One line saying what an event did, read from its payload. Payload fields are read
 * defensively: the log may hold events written by another version of the app.
 */
export const summarizeEvent: SummarizeEvent = (entry, context) => {
  const { t, language, timeZone, knownNames } = context;
  const p = entry.payload;
  const text = (key: string): string => {
    const value = p[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const unknown = t('audit.unknownMember');
  // The core names the member an event is about for every reader of the log.
  const subject = (): string => entry.subjectName ?? knownNames[text('member_id')] ?? unknown;
  const other = (key: string): string => knownNames[text(key)] ?? unknown;
  const role = (): string => {
    const value = ROLES.find((r) => r === p.role);
    return value ? t(roleKey(value)) : text('role');
  };
  if (!isEventType(entry.type)) return '';
  if (isAccommodationEventType(entry.type)) {
    // Never a health reason or a whole IIN: the feature's own summary reads only what may be shown.
    return summarizeAccommodationEvent(entry.type, p, {
      t,
      memberName: (id) => knownNames[id] ?? unknown,
    });
  }
  if (isSyncEventType(entry.type)) return summarizeSyncEvent(entry.type, p, t);
  if (isProtocolEventType(entry.type)) {
    return summarizeProtocolEvent(
      entry.type,
      p,
      t,
      (id) => knownNames[id] ?? unknown,
      (key, count, params) => translatePlural(language, key, count, params),
    );
  }
  switch (entry.type) {
    case 'device.initialized':
      return t('audit.summary.device', { device: text('device_id') || entry.deviceId });
    case 'precinct.setup_completed':
      return t('common.precinct', { number: text('precinct_number'), name: text('precinct_name') });
    case 'member.added': {
      const added = t('audit.summary.memberAdded', { name: text('full_name'), role: role() });
      return p.replaces
        ? `${added}; ${t('audit.summary.replaces', { name: other('replaces'), reason: text('reason') })}`
        : added;
    }
    case 'member.deactivated':
      return t('audit.summary.deactivated', { name: subject(), reason: text('reason') });
    case 'member.pin_set': {
      const kind = PIN_KINDS[text('kind')];
      return t('audit.summary.pinSet', { name: subject(), kind: kind ? t(kind) : text('kind') });
    }
    case 'member.recovery_code_issued':
      return subject();
    case 'member.logged_in':
      // The member column already says who.
      return '';
    case 'member.logged_out':
      if (p.reason === 'auto_lock') return t('audit.summary.autoLock');
      return p.reason === 'lock' ? t('audit.summary.locked') : t('audit.summary.logout');
    case 'member.locked_out':
      return t('audit.summary.lockedOut', {
        name: subject(),
        until: text('until') ? formatInstant(text('until'), timeZone, language) : '',
      });
    case 'member.lockout_lifted':
      return p.by === 'recovery_code'
        ? t('audit.summary.lockoutLiftedByCode', { name: subject() })
        : t('audit.summary.lockoutLifted', { name: subject() });
    case 'settings.changed':
      return translatePlural(
        language,
        'audit.summary.autoLockMinutes',
        Number(text('auto_lock_minutes')) || 0,
      );
    case 'backup.folder_set':
      return t('audit.summary.backupFolder', { folder: text('folder') });
    case 'backup.restored':
      return t('audit.summary.backupRestored', {
        device: text('old_device_id'),
        seq: text('old_last_seq'),
        slot: text('new_slot'),
      });
    case 'clock.confirmed':
      return t('audit.summary.clock', {
        date: text('local_date') ? formatCalendarDate(text('local_date'), language) : '',
        time: text('local_time'),
        zone: text('time_zone'),
      });
    case 'voters.imported':
    case 'voter.added':
    case 'voter.corrected':
    case 'voter.removal_requested':
    case 'voter.removal_decided':
    case 'voter.absentee_certificate_issued':
    case 'voter.inquiry_answered':
    case 'voters.sections_set':
    case 'ballot.issued':
    case 'ballot.undone':
      // Names a voter by the name the event carries, else by a masked IIN: never a whole IIN.
      return summarizeVoterAuditEvent(entry.type, p, { t, language });
    case 'infolog.entry_recorded':
    case 'infolog.entry_corrected':
    case 'infolog.entry_withdrawn':
    case 'infolog.observer_checked_out':
    case 'infolog.complaint_answered':
    case 'infolog.deadlines_set':
      return summarizeInfoLogEvent(entry, t, language);
    default:
      return assertNever(entry.type);
  }
};
