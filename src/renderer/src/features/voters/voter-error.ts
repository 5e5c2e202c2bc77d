import { useCallback } from 'react';
import { translate } from '@shared/i18n';
import type { ApiError } from '@shared/result';
import type { Language } from '@shared/roles';
import { describeError } from '../../i18n/describe-error';
import { useLanguage } from '../../i18n/use-t';
import { formatCalendarDate, formatInstant } from '../../ui/date-time-format';
import { useSessionStore } from '../../app-state/session-store';

/**
 * The user's text for a voter-list error: instants (`at`, `closesAt`) in precinct-local date
 * and time and calendar dates in words before they fill the translation, so a refused second
 * ballot says when and by whom the first was issued.
 */
export function describeVoterError(
  error: ApiError,
  language: Language,
  timeZone: string | undefined,
): string {
  const details: Record<string, string | number> = { ...error.details };
  for (const key of ['at', 'closesAt'] as const) {
    const value = details[key];
    if (typeof value === 'string') details[key] = formatInstant(value, timeZone, language);
  }
  if (typeof details.votingDay === 'string') {
    details.votingDay = formatCalendarDate(details.votingDay, language);
  }
  // A ballot issued by a member this laptop does not know (merged from another one).
  if (error.code === 'ballot_already_issued' && !details.by) {
    details.by = translate(language, 'audit.unknownMember');
  }
  return describeError({ ...error, details }, language, timeZone);
}

/** describeVoterError bound to the screen language and the precinct's time zone. */
export function useVoterErrorText(): (error: ApiError | null | undefined) => string | null {
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  return useCallback(
    (error) => (error ? describeVoterError(error, language, timeZone) : null),
    [language, timeZone],
  );
}
