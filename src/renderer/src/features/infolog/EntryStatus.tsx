import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import { useLanguage, useT } from '../../i18n/use-t';
import { useSessionStore } from '../../app-state/session-store';
import { entryName, historyLines } from './infolog-text';

/**
 * The entry's state in words (in force, corrected, withdrawn with the reason) and, once it
 * has changed, its history: who changed what, when, why, and what it said before.
 */
export function EntryStatus({ entry, status }: { entry: InfoLogEntryView; status: string }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const lines = historyLines(entry, { t, language, timeZone });
  return (
    <>
      <span className={entry.withdrawn ? 'entry-withdrawn-status' : undefined}>{status}</span>
      {lines.length > 0 ? (
        <details className="entry-history">
          <summary aria-label={t('infolog.historyLabel', entryName(entry, t))}>
            {t('infolog.history', { count: lines.length })}
          </summary>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
