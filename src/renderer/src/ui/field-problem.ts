import type { MessageKey } from '@shared/i18n';
import type { ApiError } from '@shared/result';

/**
 * The input field the core refused, as a dotted path into the operation's input (such as
 * `precinct.address` or `members.2.fullName`); null for any other error.
 */
export function refusedField(error: ApiError | null): string | null {
  if (error?.code !== 'invalid_input') return null;
  const field = error.details?.field;
  return typeof field === 'string' && field !== '' ? field : null;
}

/** What to say at a text field the core refused: empty, too long, or otherwise not accepted. */
export function textProblem(value: string, maxLength: number): MessageKey {
  const text = value.trim();
  if (text === '') return 'validation.required';
  if (text.length > maxLength) return 'validation.tooLong';
  return 'validation.invalid';
}
