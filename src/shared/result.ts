import { SUPERVISOR_ERROR_CODES } from './supervisor/supervisor-errors';
import { SYNC_ERROR_CODES } from './sync/sync-errors';

/** Stable error codes that cross every boundary; the UI translates each as `errors.<code>`. */
export const ERROR_CODES = [
  'invalid_input',
  'not_set_up',
  'already_set_up',
  'not_logged_in',
  'session_locked',
  'forbidden',
  'wrong_pin',
  'locked_out',
  'pin_format',
  'pin_reused',
  'pin_mismatch',
  'no_pin',
  'pin_change_required',
  'member_inactive',
  'member_not_found',
  'recovery_code_invalid',
  'chair_required',
  'one_chair_only',
  'cannot_deactivate_self',
  'invalid_time_zone',
  'invalid_voting_hours',
  // information log
  'entry_not_found',
  'entry_withdrawn',
  'wrong_entry_kind',
  'time_in_future',
  'invalid_local_time',
  'departure_before_arrival',
  'answered_before_received',
  'observer_mandate_required',
  'media_accreditation_required',
  'observer_already_departed',
  'complaint_already_answered',
  'dialog_cancelled',
  'path_not_found',
  'file_exists',
  'io_error',
  'list_empty',
  'list_binary',
  'list_encoding',
  'list_no_header',
  'list_missing_column',
  'list_unreadable',
  'report_not_found',
  'report_stale',
  'report_imported',
  'voter_not_found',
  'voter_exists',
  'voter_removed',
  'voter_iin_invalid',
  'voter_birth_date_invalid',
  'voter_iin_birth_date_mismatch',
  'voter_under_age',
  'value_unchanged',
  'value_required',
  'basis_details_required',
  'removal_pending',
  'request_not_found',
  'request_decided',
  'reason_required',
  'absentee_closed',
  'absentee_exists',
  'ballot_already_issued',
  'ballot_home_voting',
  'ballot_absentee',
  'ballot_voter_removed',
  'ballot_outside_hours',
  'ballot_other_desk',
  'ballot_helper_member',
  'ballot_no_section',
  'ballot_not_found',
  'ballot_already_undone',
  'section_invalid',
  // accommodation requests
  'accommodation_not_found',
  'accommodation_item_not_found',
  'accommodation_duplicate',
  'accommodation_closed',
  'accommodation_status_invalid',
  'accommodation_wrong_kind',
  'address_required',
  'reason_category_required',
  'other_description_required',
  'requester_name_required',
  'requester_identity_required',
  'requester_not_on_list',
  'phone_invalid',
  'trip_not_found',
  'trip_members_required',
  'trip_times_invalid',
  'trip_member_busy',
  'trip_items_invalid',
  'trip_not_planned',
  'trip_not_departed',
  'trip_items_open',
  'trip_ballots_mismatch',
  'trip_member_only',
  'observer_entry_invalid',
  'wrong_sender',
  ...SYNC_ERROR_CODES,
  ...SUPERVISOR_ERROR_CODES,
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** English text for logs and tests; the UI shows the translation of `code` instead. */
  message: string;
  /** Values the translated message may interpolate (never secrets). */
  details?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(
  code: ErrorCode,
  message: string,
  details?: Record<string, string | number>,
): Result<T> {
  return details
    ? { ok: false, error: { code, message, details } }
    : { ok: false, error: { code, message } };
}

/** An expected failure thrown inside the core and turned into an error value at its edge. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
