/**
 * The contract's fixed lists (bases, fields, check codes) as the screens need them, each with
 * its message key. Kept here rather than imported from shared/voters/voter-api.ts, whose zod
 * schemas would otherwise enter the renderer bundle; each Record names every member of the
 * contract's union, so the compiler flags any list that drifts from it.
 */
import type { MessageKey } from '@shared/i18n';
import type {
  AddBasis,
  CorrectableField,
  ListIssueCode,
  RemovalBasis,
  VoterField,
} from '@shared/voters/voter-api';

const keysOf = <K extends string>(record: Record<K, unknown>): K[] => Object.keys(record) as K[];

export const ADD_BASIS_LABELS: Record<AddBasis, MessageKey> = {
  registration_confirmed: 'voters.addBasis.registration_confirmed',
  absentee_certificate: 'voters.addBasis.absentee_certificate',
  court_decision: 'voters.addBasis.court_decision',
  other: 'voters.addBasis.other',
};
export const ADD_BASES = keysOf(ADD_BASIS_LABELS);

export const REMOVAL_BASIS_LABELS: Record<RemovalBasis, MessageKey> = {
  deceased: 'voters.removalBasis.deceased',
  registered_elsewhere: 'voters.removalBasis.registered_elsewhere',
  absentee_certificate: 'voters.removalBasis.absentee_certificate',
  other: 'voters.removalBasis.other',
};
export const REMOVAL_BASES = keysOf(REMOVAL_BASIS_LABELS);

/** Every column of a list file, in the file's order. */
export const VOTER_FIELD_LABELS: Record<VoterField, MessageKey> = {
  iin: 'voters.field.iin',
  last_name: 'voters.field.last_name',
  first_name: 'voters.field.first_name',
  patronymic: 'voters.field.patronymic',
  birth_date: 'voters.field.birth_date',
  address: 'voters.field.address',
  precinct: 'voters.field.precinct',
};
export const VOTER_FIELDS = keysOf(VOTER_FIELD_LABELS);

/** The fields a correction may change (an IIN never: that is a removal and an addition). */
export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, MessageKey> = {
  last_name: 'voters.field.last_name',
  first_name: 'voters.field.first_name',
  patronymic: 'voters.field.patronymic',
  birth_date: 'voters.field.birth_date',
  address: 'voters.field.address',
};
export const CORRECTABLE_FIELDS = keysOf(CORRECTABLE_FIELD_LABELS);

/** Each row check with its severity, errors first, in the order a report lists them. */
export const ISSUE_SEVERITY: Record<ListIssueCode, 'error' | 'warning'> = {
  missing_field: 'error',
  column_count: 'error',
  iin_format: 'error',
  iin_checksum: 'error',
  birth_date_invalid: 'error',
  iin_birth_date_mismatch: 'error',
  under_age: 'error',
  duplicate_iin: 'error',
  possible_duplicate: 'warning',
  iin_leading_zero: 'warning',
  lossy_encoding: 'warning',
};
export const ISSUE_CODES = keysOf(ISSUE_SEVERITY);
