import { MEMBERS_ERROR_CODES } from './members/members-errors';
import { PRECINCT_ERROR_CODES } from './precinct/precinct-errors';
import { INFOLOG_ERROR_CODES } from './infolog/infolog-errors';
import { PROTOCOL_ERROR_CODES } from './protocol/protocol-errors';
import { FILE_ERROR_CODES } from './files/file-errors';
import { VOTER_ERROR_CODES } from './voters/voter-errors';
import { ACCOMMODATION_ERROR_CODES } from './accommodations/accommodation-errors';
import { SUPERVISOR_ERROR_CODES } from './supervisor/supervisor-errors';
import { KEY_BACKUP_ERROR_CODES } from './supervisor/key-backup-errors';
import { SYNC_ERROR_CODES } from './sync/sync-errors';
import { AT_REST_ERROR_CODES } from './at-rest/at-rest-errors';
import { BACKUP_ERROR_CODES } from './backup/backup-errors';
import { RETURNED_LAPTOP_ERROR_CODES } from './supervisor/returned-laptop-errors';

/** Stable error codes that cross every boundary; the UI translates each as `errors.<code>`. */
export const ERROR_CODES = [
  // the boundary: an input that does not fit its schema, a call from outside the app's page,
  // and whatever the core did not expect
  'invalid_input',
  'wrong_sender',
  'internal',
  // the data folder's database is from a newer version of the app: refused, left as it is
  'database_newer',
  ...PRECINCT_ERROR_CODES,
  ...MEMBERS_ERROR_CODES,
  ...FILE_ERROR_CODES,
  ...VOTER_ERROR_CODES,
  ...INFOLOG_ERROR_CODES,
  ...ACCOMMODATION_ERROR_CODES,
  ...SYNC_ERROR_CODES,
  ...SUPERVISOR_ERROR_CODES,
  ...KEY_BACKUP_ERROR_CODES,
  ...PROTOCOL_ERROR_CODES,
  ...AT_REST_ERROR_CODES,
  ...RETURNED_LAPTOP_ERROR_CODES,
  ...BACKUP_ERROR_CODES,
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
