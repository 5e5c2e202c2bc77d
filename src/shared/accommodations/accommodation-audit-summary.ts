/**
 * One line saying what an accommodation event did, for the audit screen. It reads only what
 * may be shown to every reader of the log: never a reason category or a health note (the
 * sensitive event is summarised without its values), and never a whole IIN.
 *
 * The audit screen's summary switch hands the feature's events here, before its exhaustive
 * switch: `if (isAccommodationEventType(entry.type)) return summarizeAccommodationEvent(
 * entry.type, entry.payload, { t, memberName: (id) => knownNames[id] ?? unknown })`.
 */
import type { MessageKey } from '../i18n';
import {
  ACCOMMODATION_KINDS,
  EQUIPMENT,
  EQUIPMENT_AVAILABILITY,
  ITEM_STATUSES,
  type AccommodationEventType,
} from './accommodation-kinds';

export interface AccommodationSummaryContext {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A member's name by id, for the members of a trip. */
  memberName: (memberId: string) => string;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.find((v) => v === value) ?? null;

/** Summarises one event of the accommodation feature from its payload (read defensively). */
export function summarizeAccommodationEvent(
  type: AccommodationEventType,
  payload: Record<string, unknown>,
  { t, memberName }: AccommodationSummaryContext,
): string {
  const text = (key: string): string => {
    const value = payload[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const time = (key: string) => text(key).slice(11, 16);
  const kindName = (value: unknown) => {
    const kind = oneOf(ACCOMMODATION_KINDS, value);
    return kind ? t(`audit.accommodationKind.${kind}`) : '';
  };
  const list = (key: string): unknown[] => {
    const value = payload[key];
    return Array.isArray(value) ? (value as unknown[]) : [];
  };
  const plan = () => ({
    members: list('member_ids')
      .map((id) => memberName(String(id)))
      .join(', '),
    departure: time('planned_departure_local'),
    return: time('expected_return_local'),
    stops: list('item_ids').length,
  });
  switch (type) {
    case 'accommodation.request_recorded': {
      const items = list('items') as { kind?: unknown; status?: unknown }[];
      const parts = [
        t('audit.summary.accommodation.recorded', {
          name: text('full_name'),
          kinds: items.map((item) => kindName(item.kind)).join(', '),
        }),
      ];
      if (payload.on_list === false) parts.push(t('audit.summary.accommodation.notOnList'));
      if (items.some((item) => item.status === 'declined_late')) {
        parts.push(t('audit.summary.accommodation.declinedLate', { cutoff: time('cutoff_local') }));
      }
      return parts.join('; ');
    }
    case 'accommodation.sensitive_recorded':
      return t('audit.summary.accommodation.sensitive');
    case 'accommodation.request_corrected':
      return t('audit.summary.accommodation.corrected', { reason: text('reason') });
    case 'accommodation.requester_resolved':
      return t('audit.summary.accommodation.resolved', { name: text('full_name') });
    case 'accommodation.item_status_changed': {
      const status = oneOf(ITEM_STATUSES, payload.status);
      return t('audit.summary.accommodation.status', {
        kind: kindName(payload.kind),
        status: status ? t(`audit.accommodationStatus.${status}`) : '',
      });
    }
    case 'accommodation.trip_planned':
      return t('audit.summary.accommodation.tripPlanned', plan());
    case 'accommodation.trip_replanned':
      return t('audit.summary.accommodation.tripReplanned', { ...plan(), reason: text('reason') });
    case 'accommodation.trip_departed':
      return t('audit.summary.accommodation.tripDeparted', {
        time: time('departed_local'),
        told: time('observers_told_local'),
        taken: text('ballots_taken'),
      });
    case 'accommodation.trip_returned':
      return t('audit.summary.accommodation.tripReturned', {
        time: time('returned_local'),
        fulfilled: text('fulfilled'),
        unused: text('ballots_unused'),
        spoiled: text('ballots_spoiled'),
      });
    case 'accommodation.trip_cancelled':
      return t('audit.summary.accommodation.tripCancelled', { reason: text('reason') });
    case 'accommodation.equipment_set': {
      const equipment = oneOf(EQUIPMENT, payload.equipment);
      const availability = oneOf(EQUIPMENT_AVAILABILITY, payload.availability);
      return t('audit.summary.accommodation.equipment', {
        equipment: equipment ? t(`audit.accommodationEquipment.${equipment}`) : '',
        availability: availability ? t(`audit.accommodationAvailability.${availability}`) : '',
      });
    }
    case 'accommodation.cutoff_set':
      return t('audit.summary.accommodation.cutoff', { time: text('time') });
  }
}
