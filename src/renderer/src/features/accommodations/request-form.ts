/**
 * The new-request form as data: its values, the problems found before sending (the core
 * checks everything again), the input it sends, and where each refusal of the core belongs.
 */
import {
  PHONE_PATTERN,
  type AccommodationKind,
  type HomeVotingReason,
  type RequestChannel,
} from '@shared/accommodations/accommodation-kinds';
import type { RecordRequestInput } from '@shared/accommodations/accommodation-schemas';
import type { MessageKey } from '@shared/i18n';
import type { ApiError } from '@shared/result';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';

/** A voter chosen from the list: enough to send the IIN and say who it is. */
export interface ChosenVoter {
  iin: string;
  name: string;
}

export interface RequestFormValues {
  received: MomentValue;
  receivedById: string;
  channel: RequestChannel;
  intermediary: string;
  /** A voter found on the list, or a person not on it (flagged for the commission). */
  who: 'list' | 'notListed';
  voter: ChosenVoter | null;
  iin: string;
  fullName: string;
  birthDate: string;
  contactPhone: string;
  kinds: AccommodationKind[];
  address: string;
  reasonCategory: HomeVotingReason | '';
  healthNote: string;
  otherDescription: string;
  notes: string;
}

export type RequestField = keyof RequestFormValues;

export function blankRequest(now: string, memberId: string): RequestFormValues {
  return {
    received: momentOf(now || null),
    receivedById: memberId,
    channel: 'in_person',
    intermediary: '',
    who: 'list',
    voter: null,
    iin: '',
    fullName: '',
    birthDate: '',
    contactPhone: '',
    kinds: [],
    address: '',
    reasonCategory: '',
    healthNote: '',
    otherDescription: '',
    notes: '',
  };
}

const isHomeVoting = (values: RequestFormValues) => values.kinds.includes('home_voting');

/** Problems found before sending, by field, in the order the form shows the fields. */
export function requestProblems(
  values: RequestFormValues,
): Partial<Record<RequestField, MessageKey>> {
  const problems: Partial<Record<RequestField, MessageKey>> = {};
  const received = momentProblem(values.received, true);
  if (received) problems.received = received;
  if (!values.receivedById) problems.receivedById = 'validation.required';
  if (values.who === 'list' && !values.voter) problems.voter = 'accommodations.problem.chooseVoter';
  if (values.who === 'notListed' && !values.fullName.trim())
    problems.fullName = 'validation.required';
  const phone = values.contactPhone.trim();
  if (phone && !PHONE_PATTERN.test(phone)) problems.contactPhone = 'errors.phone_invalid';
  if (values.kinds.length === 0) problems.kinds = 'accommodations.problem.chooseKind';
  if (isHomeVoting(values)) {
    if (!values.address.trim()) problems.address = 'errors.address_required';
    if (!values.reasonCategory) problems.reasonCategory = 'errors.reason_category_required';
  }
  if (values.kinds.includes('other') && !values.otherDescription.trim()) {
    problems.otherDescription = 'errors.other_description_required';
  }
  return problems;
}

/** The input the core records. */
export function requestInput(values: RequestFormValues): RecordRequestInput {
  const home = isHomeVoting(values);
  const iin = values.iin.trim();
  const requester: RecordRequestInput['requester'] =
    values.who === 'list'
      ? { by: 'iin', iin: values.voter?.iin ?? '', fullName: null }
      : iin
        ? { by: 'iin', iin, fullName: values.fullName.trim() }
        : { by: 'person', fullName: values.fullName.trim(), birthDate: values.birthDate || null };
  return {
    receivedAt: `${values.received.date}T${values.received.time}`,
    receivedById: values.receivedById,
    requester,
    kinds: values.kinds,
    channel: values.channel,
    intermediary: values.channel === 'social_worker_ngo' ? values.intermediary.trim() : null,
    contactPhone: values.contactPhone.trim() || null,
    address: home ? values.address.trim() : values.address.trim() || null,
    otherDescription: values.kinds.includes('other') ? values.otherDescription.trim() : null,
    notes: values.notes.trim() || null,
    reasonCategory: home && values.reasonCategory ? values.reasonCategory : null,
    healthNote: home ? values.healthNote.trim() || null : null,
  };
}

/** The form field each of the core's refusals is about. */
const CODE_FIELDS: Partial<Record<ApiError['code'], RequestField>> = {
  requester_name_required: 'fullName',
  requester_identity_required: 'birthDate',
  address_required: 'address',
  reason_category_required: 'reasonCategory',
  other_description_required: 'otherDescription',
  phone_invalid: 'contactPhone',
  time_in_future: 'received',
  invalid_local_time: 'received',
  member_not_found: 'receivedById',
  member_inactive: 'receivedById',
};

/** Fields of the input, as the core names them in `details.field`, and the form's own. */
const PATH_FIELDS: Record<string, RequestField> = {
  receivedAt: 'received',
  receivedById: 'receivedById',
  'requester.fullName': 'fullName',
  'requester.birthDate': 'birthDate',
  channel: 'channel',
  intermediary: 'intermediary',
  contactPhone: 'contactPhone',
  address: 'address',
  otherDescription: 'otherDescription',
  notes: 'notes',
  kinds: 'kinds',
  reasonCategory: 'reasonCategory',
  healthNote: 'healthNote',
};

/** Where a refusal belongs in the form, or null to show it above the buttons. */
export function requestErrorField(error: ApiError, values: RequestFormValues): RequestField | null {
  const iinField: RequestField = values.who === 'list' ? 'voter' : 'iin';
  if (error.code === 'voter_iin_invalid') return iinField;
  const byCode = CODE_FIELDS[error.code];
  if (byCode) return byCode;
  const path = error.details?.field;
  if (error.code !== 'invalid_input' || typeof path !== 'string') return null;
  if (path === 'requester.iin') return iinField;
  return PATH_FIELDS[path] ?? null;
}
