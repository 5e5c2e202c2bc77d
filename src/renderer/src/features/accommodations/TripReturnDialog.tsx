import { useState } from 'react';
import {
  ACCOMMODATION_COUNT_MAX,
  ACCOMMODATION_TEXT_LIMITS,
} from '@shared/accommodations/accommodation-kinds';
import type { TripView } from '@shared/accommodations/accommodation-contract';
import type { ErrorCode } from '@shared/result';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { WholeNumberField } from '../../ui/TextField';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useErrorText } from '../../app-state/use-error-text';
import { useAccommodationsStore } from './accommodations-store';
import { TextAreaField } from '../../ui/form-fields';

type Field = 'returned' | 'unused' | 'spoiled' | 'note';

const wholeNumber = (text: string) => {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 10_000;
};

/** The field a refusal concerns, if any. */
function returnField(code: ErrorCode): Field | null {
  if (code === 'trip_ballots_mismatch') return 'note';
  return code === 'time_in_future' || code === 'invalid_local_time' || code === 'trip_times_invalid'
    ? 'returned'
    : null;
}

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
  const { submit, dialog, problems, passes, showAt } = useFormDialog<Field>(errorText);

  async function send() {
    const found: Partial<Record<Field, string>> = {};
    const back = momentProblem(returned, true);
    if (back) found.returned = t(back);
    if (!wholeNumber(unused)) found.unused = t('accommodations.problem.wholeNumber');
    if (!wholeNumber(spoiled)) found.spoiled = t('accommodations.problem.wholeNumber');
    if (!passes(found)) return;
    const done = await submit(
      () =>
        mutate('recordTripReturn', {
          tripId: trip.tripId,
          returnedAt: `${returned.date}T${returned.time}`,
          ballotsUnused: Number(unused),
          ballotsSpoiled: Number(spoiled),
          discrepancyNote: note.trim() || null,
        }),
      (refused) => {
        const field = returnField(refused.code);
        return showAt(field, errorText(refused));
      },
    );
    if (done) {
      await changed({
        key: 'accommodations.notice.tripReturned',
        params: { number: trip.number },
        tone: 'success',
      });
    }
  }

  return (
    <FormDialog
      title={t('accommodations.dialog.return', { number: trip.number })}
      onCancel={closeDialog}
      explanation={t('accommodations.returnExplain', {
        taken: trip.ballotsTaken ?? 0,
        fulfilled: trip.fulfilled,
      })}
      submitLabel={t('accommodations.submitReturn')}
      onSubmit={send}
      {...dialog}
    >
      <MomentField
        legend={t('accommodations.field.returnedAt')}
        error={problems.returned ?? null}
        value={returned}
        onChange={setReturned}
      />
      <WholeNumberField
        label={t('accommodations.field.ballotsUnused')}
        error={problems.unused ?? null}
        min={0}
        max={ACCOMMODATION_COUNT_MAX}
        value={unused}
        onValueChange={setUnused}
      />
      <WholeNumberField
        label={t('accommodations.field.ballotsSpoiled')}
        error={problems.spoiled ?? null}
        min={0}
        max={ACCOMMODATION_COUNT_MAX}
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
    </FormDialog>
  );
}
