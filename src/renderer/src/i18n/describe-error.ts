import { translate } from '@shared/i18n';
import { translatePlural } from '@shared/i18n/plural';
import type { ApiError } from '@shared/result';
import { SPEC_PROBLEMS, type SpecProblem } from '@shared/supervisor/supervisor-errors';
import type { Language } from '@shared/roles';
import { formatInstant } from '../ui/date-time-format';
import { errorKey } from './message-keys';

/**
 * The user's text for an error: the translation of its code (never the core's English
 * `message`), plus the details worth knowing, such as attempts left or a lockout's end.
 */
export function describeError(error: ApiError, language: Language, timeZone?: string): string {
  const details = error.details ?? {};
  const until = typeof details.until === 'string' ? details.until : undefined;
  const params: Record<string, string | number> = { ...details };
  if (until) params.until = formatInstant(until, timeZone, language);
  if (error.code === 'spec_invalid') params.problem = specProblemText(details, language);
  if (error.code === 'voter_list_errors') {
    const counted = listErrorCounts(details, language);
    params.rows = counted.rows;
    params.errors = counted.errors;
  }
  if (error.code === 'lost_letters_unconfirmed') {
    const count = typeof details.count === 'number' ? details.count : 0;
    params.names = translatePlural(language, 'voters.import.lostNames', count);
  }
  const parts = [translate(language, errorKey(error.code), params)];
  if (error.code === 'wrong_pin' && typeof details.attemptsLeft === 'number') {
    parts.push(translatePlural(language, 'login.attemptsLeft', details.attemptsLeft));
  }
  if (error.code === 'locked_out' && until) {
    parts.push(translate(language, 'login.lockedUntil', { until: params.until ?? until }));
  }
  return parts.join(' ');
}

const isSpecProblem = (reason: unknown): reason is SpecProblem =>
  SPEC_PROBLEMS.some((known) => known === reason);

/** A specification's problem as a sentence naming the field, never the validator's text. */
function specProblemText(details: Record<string, string | number>, language: Language): string {
  const reason = isSpecProblem(details.reason) ? details.reason : 'invalid';
  return translate(language, `spec.problem.${reason}`, {
    field: '',
    key: '',
    max: '',
    line: '',
    ...details,
  });
}

/**
 * A list's rows with errors and its errors in all, each in its plural form ("2 строки с
 * ошибками", "всего 5 ошибок"), as the package check and the `voter_list_errors` refusal say.
 */
export function listErrorCounts(
  details: Record<string, string | number>,
  language: Language,
): { rows: string; errors: string } {
  const number = (value: string | number | undefined) => (typeof value === 'number' ? value : 0);
  return {
    rows: translatePlural(language, 'packages.errorRows', number(details.rows)),
    errors: translatePlural(language, 'packages.errorsInAll', number(details.errors)),
  };
}
