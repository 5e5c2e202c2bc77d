import type { TripView } from '@shared/accommodations/accommodation-contract';
import { callApi } from '../../api/precinct-client';
import type { Language } from '@shared/roles';
import { useT } from '../../i18n/use-t';
import { SavePdfButton } from '../../ui/SavePdfButton';
import { useSessionStore } from '../../app-state/session-store';
import { usePrecinctFileName } from '../../ui/print-heading';
import { tripSheetHtml } from './trip-sheet';

/**
 * Prints a trip's sheet to PDF where the member chooses: the sheet is read fresh from the core
 * when the button is pressed, and a refusal to read it is said like any other error.
 */
export function TripSheetButton({ trip }: { trip: TripView }) {
  const t = useT();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const fileName = `${usePrecinctFileName(`trip-${trip.number}`)}.pdf`;

  const makeHtml = async (language: Language) => {
    const sheet = await callApi('getHomeVotingTripSheet', { tripId: trip.tripId });
    return sheet.ok ? tripSheetHtml(sheet.value, language) : sheet.error;
  };

  return (
    <SavePdfButton
      label={t('accommodations.printSheet', { number: trip.number })}
      defaultName={fileName}
      nativeDialogs={nativeDialogs}
      makeHtml={makeHtml}
    />
  );
}
