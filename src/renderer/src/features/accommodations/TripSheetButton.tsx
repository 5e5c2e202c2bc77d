import type { TripView } from '../../../../shared/accommodations/accommodation-contract';
import { callApi } from '../../api/precinct-client';
import { useLanguage, useT } from '../../i18n/use-t';
import { BusyButton } from '../../ui/BusyButton';
import { saveHtmlAsPdf } from '../../ui/save-file';
import { useSessionStore } from '../../app-state/session-store';
import { SaveStatus, useFileSave } from '../../ui/use-file-save';
import { tripSheetHtml } from './trip-sheet';

/**
 * Prints a trip's sheet to PDF where the member chooses: the sheet is read fresh from the core
 * when the button is pressed, and a refusal to read it is said like any other error.
 */
export function TripSheetButton({ trip }: { trip: TripView }) {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const precinctNumber = useSessionStore((state) => state.appState?.precinct?.precinctNumber);
  const { run, busy, ...status } = useFileSave();
  const fileName = `trip-${trip.number}${precinctNumber ? `-precinct-${precinctNumber}` : ''}.pdf`;

  const save = () =>
    run(async (onWriting) => {
      const sheet = await callApi('getHomeVotingTripSheet', { tripId: trip.tripId });
      if (!sheet.ok) return sheet.error;
      const html = tripSheetHtml(sheet.value, t, language);
      return saveHtmlAsPdf(nativeDialogs, fileName, html, onWriting);
    });

  return (
    <div className="save-pdf">
      <BusyButton
        type="button"
        className="button-secondary"
        busy={busy}
        onClick={() => void save()}
      >
        {t('accommodations.printSheet', { number: trip.number })}
      </BusyButton>
      <SaveStatus {...status} />
    </div>
  );
}
