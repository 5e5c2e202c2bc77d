import { useCallback } from 'react';
import type { MessageKey } from '@shared/i18n';
import { printWords } from '@shared/print/print-kit';
import type { Language } from '@shared/roles';
import { callApi } from '../api/precinct-client';
import { useSessionStore } from '../app-state/session-store';
import type { Translate } from '../i18n/use-t';
import { formatMoment } from './moment';

/**
 * The lines a printed or exported register starts with, in the document's language: the
 * precinct and the election, then who made the file and when, by the core's clock in precinct
 * time (`generated` says it, with `time` and `name`).
 */
export function usePrintHeadingLines(): (
  generated: MessageKey,
  language: Language,
) => Promise<string[]> {
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const memberName = useSessionStore((state) => state.appState?.session?.fullName ?? '');
  return useCallback(
    async (generated, language) => {
      const t = printWords(language);
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
    [precinct, memberName],
  );
}

/** A file's name (without extension) that says which precinct it is of, once one is set up. */
export function usePrecinctFileName(stem: string): string {
  const number = useSessionStore((state) => state.appState?.precinct?.precinctNumber);
  return number ? `${stem}-precinct-${number}` : stem;
}

/**
 * What an export's content is built with, for the language of the file (the screen's for a
 * CSV, the one chosen for a printout): its words, the precinct's time zone, and the lines its
 * heading starts with.
 */
export function useExportTools(): (language: Language) => {
  t: Translate;
  language: Language;
  timeZone: string | undefined;
  headingLines: (generated: MessageKey) => Promise<string[]>;
} {
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const headingLines = usePrintHeadingLines();
  return useCallback(
    (language: Language) => ({
      t: printWords(language),
      language,
      timeZone,
      headingLines: (generated: MessageKey) => headingLines(generated, language),
    }),
    [timeZone, headingLines],
  );
}
