import { useState, type FormEvent } from 'react';
import { ACCOMMODATION_TEXT_LIMITS } from '../../../../shared/accommodations/accommodation-kinds';
import type { TripView } from '../../../../shared/accommodations/accommodation-contract';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useErrorText } from '../../app-state/use-error-text';
import { useAccommodationsStore } from './accommodations-store';
import { TextAreaField } from './form-controls';

type Field = 'returned' | 'unused' | 'spoiled' | 'note';

const wholeNumber = (text: string) => {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 10_000;
};

/**
 * The box is back: unused and spoiled ballots, checked against those taken and those issued
 * at home; a difference is recorded only with a note explaining it.
 */
export function TripReturnDialog({ trip }: { trip: TripView }) {
  const t = useT();
  const errorText = useErrorText();
  const now = useAccommodationsStore((state) => state.now);
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  const [returned, setReturned] = useState<MomentValue>(() => momentOf(now || null));
  const [unused, setUnused] = useState('');
  const [spoiled, setSpoiled] = useState('0');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found: Partial<Record<Field, string>> = {};
    const back = momentProblem(returned, true);
    if (back) found.returned = t(back);
    if (!wholeNumber(unused)) found.unused = t('accommodations.problem.wholeNumber');
    if (!wholeNumber(spoiled)) found.spoiled = t('accommodations.problem.wholeNumber');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      reveal();
      return;
    }
    setBusy(true);
    const result = await callApi('recordTripReturn', {
      tripId: trip.tripId,
      returnedAt: `${returned.date}T${returned.time}`,
      ballotsUnused: Number(unused),
      ballotsSpoiled: Number(spoiled),
      discrepancyNote: note.trim() || null,
    });
    setBusy(false);
    if (result.ok) {
      await changed({
        key: 'accommodations.notice.tripReturned',
        params: { number: trip.number },
        tone: 'success',
      });
      return;
    }
    const code = result.error.code;
    const field: Field | null =
      code === 'trip_ballots_mismatch'
        ? 'note'
        : code === 'time_in_future' ||
            code === 'invalid_local_time' ||
            code === 'trip_times_invalid'
          ? 'returned'
          : null;
    if (field) {
      setProblems({ [field]: errorText(result.error) ?? '' });
      reveal();
    } else {
      setError(result.error);
    }
  }

  return (
    <Modal
      title={t('accommodations.dialog.return', { number: trip.number })}
      onCancel={closeDialog}
    >
      <p>
        {t('accommodations.returnExplain', {
          taken: trip.ballotsTaken ?? 0,
          fulfilled: trip.fulfilled,
        })}
      </p>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <MomentField
          legend={t('accommodations.field.returnedAt')}
          error={problems.returned ?? null}
          value={returned}
          onChange={setReturned}
        />
        <TextField
          label={t('accommodations.field.ballotsUnused')}
          error={problems.unused ?? null}
          type="number"
          inputMode="numeric"
          min={0}
          max={10_000}
          step={1}
          value={unused}
          onValueChange={setUnused}
        />
        <TextField
          label={t('accommodations.field.ballotsSpoiled')}
          error={problems.spoiled ?? null}
          type="number"
          inputMode="numeric"
          min={0}
          max={10_000}
          step={1}
          value={spoiled}
          onValueChange={setSpoiled}
        />
        <TextAreaField
          label={t('accommodations.field.discrepancyNote')}
          hint={t('accommodations.field.discrepancyHint')}
          error={problems.note ?? null}
          maxLength={ACCOMMODATION_TEXT_LIMITS.long}
          value={note}
          onValueChange={setNote}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('accommodations.submitReturn')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
