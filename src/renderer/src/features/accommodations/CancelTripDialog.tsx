import { ACCOMMODATION_TEXT_LIMITS } from '@shared/accommodations/accommodation-kinds';
import type { TripView } from '@shared/accommodations/accommodation-contract';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useErrorText } from '../../app-state/use-error-text';
import { useAccommodationsStore } from './accommodations-store';

/** Cancelling a planned trip, with the reason; its addresses wait for another trip. */
export function CancelTripDialog({ trip }: { trip: TripView }) {
  const t = useT();
  const errorText = useErrorText();
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  return (
    <ReasonDialog
      title={t('accommodations.dialog.cancelTrip', { number: trip.number })}
      explanation={t('accommodations.cancelTripExplain')}
      label={t('accommodations.field.cancelReason')}
      submitLabel={t('accommodations.submitCancelTrip')}
      maxLength={ACCOMMODATION_TEXT_LIMITS.long}
      onCancel={closeDialog}
      errorText={errorText}
      onSubmit={async (reason) => {
        const result = await mutate('cancelHomeVotingTrip', { tripId: trip.tripId, reason });
        if (!result.ok) return result.error;
        await changed({
          key: 'accommodations.notice.tripCancelled',
          params: { number: trip.number },
          tone: 'success',
        });
        return null;
      }}
    />
  );
}
