import { useId, useState, type FormEvent } from 'react';
import { ACCOMMODATION_TEXT_LIMITS } from '../../../../shared/accommodations/accommodation-kinds';
import type { TripView } from '../../../../shared/accommodations/accommodation-contract';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../session/use-error-text';
import { useAccommodationsStore } from './accommodations-store';

/** Cancelling a planned trip, with the reason; its addresses wait for another trip. */
export function CancelTripDialog({ trip }: { trip: TripView }) {
  const t = useT();
  const errorText = useErrorText();
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  const explanationId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (!reason.trim()) {
      setProblem(t('validation.required'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await callApi('cancelHomeVotingTrip', {
      tripId: trip.tripId,
      reason: reason.trim(),
    });
    setBusy(false);
    if (result.ok) {
      await changed({
        key: 'accommodations.notice.tripCancelled',
        params: { number: trip.number },
        tone: 'success',
      });
    } else {
      setError(result.error);
    }
  }

  return (
    <Modal
      title={t('accommodations.dialog.cancelTrip', { number: trip.number })}
      role="alertdialog"
      describedBy={explanationId}
      onCancel={closeDialog}
    >
      <p id={explanationId}>{t('accommodations.cancelTripExplain')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('accommodations.field.cancelReason')}
          error={problem}
          announceError
          autoComplete="off"
          className="input-wide"
          maxLength={ACCOMMODATION_TEXT_LIMITS.long}
          value={reason}
          onValueChange={setReason}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('accommodations.submitCancelTrip')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
