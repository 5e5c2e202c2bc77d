/**
 * How the accommodation requests' codes read on screen and in files: kinds, statuses,
 * channels, reasons, equipment, trips, and an item's outcome and a request's history in words.
 */
import type {
  AccommodationKind,
  Equipment,
  EquipmentAvailability,
  HomeVotingReason,
  ItemStatus,
  NotFulfilledReason,
  RequestChange,
  RequestChannel,
  RequestStatus,
  TripStatus,
} from '@shared/accommodations/accommodation-kinds';
import type {
  ItemView,
  RegisterRow,
  RequestChangeView,
} from '@shared/accommodations/accommodation-contract';
import type { MessageKey } from '@shared/i18n';
import type { Language } from '@shared/roles';
import type { Translate } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { formatMoment } from '../../ui/moment';

// Template-literal keys: if en.ts lacks one of these, the build fails here.
export const kindKey = (kind: AccommodationKind): MessageKey => `accommodations.kind.${kind}`;
export const statusKey = (status: ItemStatus | RequestStatus): MessageKey =>
  `accommodations.status.${status}`;
export const channelKey = (channel: RequestChannel): MessageKey =>
  `accommodations.channel.${channel}`;
export const reasonKey = (reason: HomeVotingReason): MessageKey =>
  `accommodations.reason.${reason}`;
export const notFulfilledKey = (reason: NotFulfilledReason): MessageKey =>
  `accommodations.notFulfilled.${reason}`;
export const equipmentKey = (equipment: Equipment): MessageKey =>
  `accommodations.equipment.${equipment}`;
export const availabilityKey = (availability: EquipmentAvailability): MessageKey =>
  `accommodations.availability.${availability}`;
export const tripStatusKey = (status: TripStatus): MessageKey =>
  `accommodations.tripStatus.${status}`;
export const changeKey = (change: RequestChange): MessageKey => `accommodations.change.${change}`;

export interface TextContext {
  t: Translate;
  language: Language;
  timeZone: string | undefined;
}

export { formatMoment };

/** A precinct-local moment for reading, or '' when there is none. */
export const localText = (local: string | null | undefined, language: Language): string =>
  local ? formatMoment(local, language) : '';

/** The kinds as words, in the contract's order. */
export const kindsText = (kinds: readonly AccommodationKind[], t: Translate): string =>
  kinds.map((kind) => t(kindKey(kind))).join(', ');

type ItemOutcome = Pick<
  ItemView,
  'kind' | 'status' | 'notFulfilledReason' | 'outcomeText' | 'outcomeAt'
> & { missedCutoff?: string | null };

/**
 * What became of one item, in a sentence: the late answer with the cut-off it missed, why a
 * visit ended without a ballot, why a station item could not be provided, when it was given.
 */
export function outcomeText(item: ItemOutcome, { t, language }: TextContext): string {
  const when = localText(item.outcomeAt?.local, language);
  const note = item.outcomeText ?? '';
  switch (item.status) {
    case 'declined_late':
      return item.missedCutoff
        ? t('accommodations.outcome.lateAt', { cutoff: formatMoment(item.missedCutoff, language) })
        : t('accommodations.outcome.late');
    case 'not_fulfilled': {
      const reason = item.notFulfilledReason ? t(notFulfilledKey(item.notFulfilledReason)) : '';
      return [t('accommodations.outcome.notFulfilled', { reason, time: when }), note]
        .filter(Boolean)
        .join(' ');
    }
    case 'not_provided':
      return t('accommodations.outcome.notProvided', { reason: note });
    case 'fulfilled':
      return t('accommodations.outcome.fulfilled', { time: when });
    case 'provided':
      return [t('accommodations.outcome.provided', { time: when }), note].filter(Boolean).join(' ');
    case 'cancelled':
      return note
        ? t('accommodations.outcome.cancelledNote', { note })
        : t('accommodations.outcome.cancelled');
    default:
      return note;
  }
}

/** Each item as "kind: status", one a line (a register cell). */
export function itemsStatusText(items: RegisterRow['items'], t: Translate): string {
  return items.map((item) => `${t(kindKey(item.kind))}: ${t(statusKey(item.status))}`).join('\n');
}

/** The outcomes of the items that have one, one a line, each named by its kind. */
export function itemsOutcomeText(items: RegisterRow['items'], context: TextContext): string {
  return items
    .map((item) => ({ item, text: outcomeText(item, context) }))
    .filter(({ text }) => text !== '')
    .map(({ item, text }) => `${context.t(kindKey(item.kind))}: ${text}`)
    .join('\n');
}

/** The requester's name, with the flag the commission must resolve. */
export function requesterText(
  requester: { fullName: string; onList: boolean },
  t: Translate,
): string {
  return requester.onList
    ? requester.fullName
    : `${requester.fullName} (${t('accommodations.notOnList')})`;
}

/** A correction's changed fields as "field: before → after". */
function fieldsText(change: RequestChangeView, t: Translate): string {
  return change.fields
    .map((field) =>
      t('accommodations.history.field', {
        field: fieldLabel(field.field, t),
        before: field.before ?? '—',
        after: field.after ?? '—',
      }),
    )
    .join('; ');
}

const FIELD_LABELS: Record<string, MessageKey> = {
  channel: 'accommodations.field.channel',
  intermediary: 'accommodations.field.intermediary',
  contactPhone: 'accommodations.field.contactPhone',
  address: 'accommodations.field.address',
  otherDescription: 'accommodations.field.otherDescription',
  notes: 'accommodations.field.notes',
  reasonCategory: 'accommodations.field.reasonCategory',
  healthNote: 'accommodations.field.healthNote',
  iin: 'accommodations.field.iin',
  fullName: 'accommodations.field.fullName',
};

/** A field's label by its name in the contract (the name itself when it has none). */
export function fieldLabel(field: string, t: Translate): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/** One change of a request in a sentence: what, when, who, why, and what it changed. */
export function historyLine(change: RequestChangeView, context: TextContext): string {
  const { t, language, timeZone } = context;
  const parts = [
    t('accommodations.history.line', {
      change: t(changeKey(change.change)),
      time: formatInstant(change.at, timeZone, language),
      member: change.member?.name ?? t('audit.unknownMember'),
    }),
  ];
  if (change.kind && change.status) {
    parts.push(`${t(kindKey(change.kind))}: ${t(statusKey(change.status))}.`);
  }
  if (change.fields.length > 0) parts.push(fieldsText(change, t));
  if (change.reason) parts.push(t('accommodations.history.reason', { reason: change.reason }));
  return parts.join(' ');
}
