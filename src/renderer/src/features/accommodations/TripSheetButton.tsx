import { useState } from 'react';
import type { TripView } from '../../../../shared/accommodations/accommodation-contract';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { saveHtmlAsPdf } from '../../ui/save-file';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { tripSheetHtml } from './trip-sheet';

/**
 * Prints a trip's sheet to PDF where the member chooses: the sheet is read fresh from the core
 * when the button is pressed, and a refusal to read it is said like any other error.
 */
export function TripSheetButton({ trip }: { trip: TripView }) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const precinctNumber = useSessionStore((state) => state.appState?.precinct?.precinctNumber);
  const [busy, setBusy] = useState(false);
  const [writing, setWriting] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const fileName = `trip-${trip.number}${precinctNumber ? `-precinct-${precinctNumber}` : ''}.pdf`;

  async function save() {
    // aria-disabled rather than disabled: a disabled button would lose focus while saving.
    if (busy) return;
    setBusy(true);
    setError(null);
    setSavedPath(null);
    try {
      const sheet = await callApi('getHomeVotingTripSheet', { tripId: trip.tripId });
      if (!sheet.ok) {
        setError(sheet.error);
        return;
      }
      const html = tripSheetHtml(sheet.value, t, language);
      const outcome = await saveHtmlAsPdf(nativeDialogs, fileName, html, setWriting);
      if (outcome.saved) setSavedPath(outcome.path);
      else setError(outcome.error);
    } finally {
      setBusy(false);
      setWriting(false);
    }
  }

  return (
    <div className="save-pdf">
      <button
        type="button"
        className="button-secondary"
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        onClick={() => void save()}
      >
        {t('accommodations.printSheet', { number: trip.number })}
      </button>
      {/* Always on the page, so screen readers hear each change of its text. */}
      <div role="status">
        {writing ? <p className="message message-info">{t('common.saving')}</p> : null}
        {savedPath && !writing ? (
          <p className="message message-success">{t('print.savedTo', { path: savedPath })}</p>
        ) : null}
      </div>
      <ErrorAlert message={errorText(error)} />
    </div>
  );
}
