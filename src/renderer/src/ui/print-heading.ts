import { useCallback } from 'react';
import type { MessageKey } from '@shared/i18n';
import { callApi } from '../api/precinct-client';
import { useSessionStore } from '../app-state/session-store';
import { useLanguage, useT } from '../i18n/use-t';
import { formatMoment } from './moment';

/**
 * The lines a printed or exported register starts with: the precinct and the election, then
 * who made the file and when, by the core's clock in precinct time (`generated` says it, with
 * `time` and `name`).
 */
export function usePrintHeadingLines(): (generated: MessageKey) => Promise<string[]> {
  const t = useT();
  const language = useLanguage();
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const memberName = useSessionStore((state) => state.appState?.session?.fullName ?? '');
  return useCallback(
    async (generated) => {
      const clock = await callApi('getClockStatus', {});
      const printed = clock.ok
        ? formatMoment(`${clock.value.localDate}T${clock.value.localTime}`, language)
        : '';
      return [
        ...(precinct
          ? [
              t('common.precinct', {
                number: precinct.precinctNumber,
                name: precinct.precinctName,
              }),
              precinct.electionName,
            ]
          : []),
        t(generated, { time: printed, name: memberName }),
      ];
    },
    [t, language, precinct, memberName],
  );
}

/** A file's name (without extension) that says which precinct it is of, once one is set up. */
export function usePrecinctFileName(stem: string): string {
  const number = useSessionStore((state) => state.appState?.precinct?.precinctNumber);
  return number ? `${stem}-precinct-${number}` : stem;
}

/**
 * What an export's content is built with: the words and language of the screen, the
 * precinct's time zone, and the lines its heading starts with.
 */
export function useExportTools() {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const headingLines = usePrintHeadingLines();
  return { t, language, timeZone, headingLines };
}
