import type { OperationInput, OperationName, OperationOutput } from '@shared/api';
import type { ErrorCode, Result } from '@shared/result';

type Outcome<K extends OperationName> = Result<OperationOutput<K>>;
type SessionLostListener = (code: ErrorCode) => void;

/** Codes meaning the core no longer has an active session for this window. */
const SESSION_LOST_CODES: readonly ErrorCode[] = ['session_locked', 'not_logged_in'];

let sessionLostListener: SessionLostListener | null = null;

/** The session store registers here, so any screen's call can send the user back to login. */
export function setSessionLostListener(listener: SessionLostListener | null): void {
  sessionLostListener = listener;
}

/**
 * Calls one operation of `window.precinct`. Results stay values; a host that throws (a bug
 * in the host, not an expected failure) is turned into an `internal` error so screens only
 * ever handle one shape.
 */
export async function callApi<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
): Promise<Outcome<K>> {
  let result: Outcome<K>;
  try {
    const operation = window.precinct[name] as (input: OperationInput<K>) => Promise<Outcome<K>>;
    result = await operation.call(window.precinct, input);
  } catch {
    result = { ok: false, error: { code: 'internal', message: `Host call ${name} failed.` } };
  }
  if (!result.ok && SESSION_LOST_CODES.includes(result.error.code)) {
    sessionLostListener?.(result.error.code);
  }
  return result;
}
