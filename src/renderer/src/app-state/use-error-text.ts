import { useCallback } from 'react';
import type { ApiError } from '@shared/result';
import { describeError } from '../i18n/describe-error';
import { useLanguage } from '../i18n/use-t';
import { useSessionStore } from './session-store';

/** Translates API errors for the current language, with times in the precinct's zone. */
export function useErrorText(): (error: ApiError | null | undefined) => string | null {
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  return useCallback(
    (error) => (error ? describeError(error, language, timeZone) : null),
    [language, timeZone],
  );
}
