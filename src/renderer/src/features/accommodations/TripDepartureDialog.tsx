import { useEffect, useState } from 'react';
import type { TripView } from '@shared/accommodations/accommodation-contract';
import { ACCOMMODATION_COUNT_MAX } from '@shared/accommodations/accommodation-kinds';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { WholeNumberField } from '../../ui/TextField';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useErrorText } from '../../app-state/use-error-text';
import { useAccommodationsStore } from './accommodations-store';
import { CheckboxGroup } from '../../ui/form-fields';

type Field = 'departed' | 'told' | 'ballots' | 'observers';

interface Observer {
  entryId: string;
  label: string;
}

/** Observers registered as present in the information log, who may be told and go along. */
async function presentObservers(): Promise<Observer[]> {
  const result = await callApi('listInfoLog', {
    kind: 'observer',
    presentOnly: true,
    includeWithdrawn: false,
    order: 'oldest',
    limit: 100,
    offset: 0,
  });
  if (!result.ok) return [];
  return result.value.entries.flatMap((entry) =>
    entry.details.kind === 'observer'
      ? [
          {
            entryId: entry.id,
            label: `${entry.details.observerName} (${entry.details.organisation})`,
          },
        ]
      : [],
  );
}

/** The part of the form a refusal is about: the observers, when they were told, or when it left. */
function departureField(error: ApiError): Field | null {
  switch (error.code) {
    case 'observer_entry_invalid':
      return 'observers';
    case 'trip_times_invalid':
    case 'time_in_future':
    case 'invalid_local_time':
      return error.details?.field === 'observersToldAt' ? 'told' : 'departed';
    default:
      return null;
  }
}

/** The box leaves: when, when the observers were told (and who goes along), ballots taken. */
export function TripDepartureDialog({ trip }: { trip: TripView }) {
  const t = useT();
  const errorText = useErrorText();
  const now = useAccommodationsStore((state) => state.now);
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  const [departed, setDeparted] = useState<MomentValue>(() => momentOf(now || null));
  const [told, setTold] = useState<MomentValue>(() => momentOf(now || null));
  const [observers, setObservers] = useState<Observer[]>([]);
  const [observerIds, setObserverIds] = useState<string[]>([]);
  const [ballots, setBallots] = useState(String(trip.items.length));
  const { submit, dialog, problems, passes, showAt } = useFormDialog<Field>(errorText);

  useEffect(() => {
    void presentObservers().then(setObservers);
  }, []);

  async function send() {
    const found: Partial<Record<Field, string>> = {};
    const leaves = momentProblem(departed, true);
    if (leaves) found.departed = t(leaves);
    const toldProblem = momentProblem(told, true);
    if (toldProblem) found.told = t(toldProblem);
    const taken = Number(ballots);
    if (ballots.trim() === '' || !Number.isInteger(taken) || taken < 0 || taken > 10_000) {
      found.ballots = t('accommodations.problem.wholeNumber');
    }
    if (!passes(found)) return;
    const done = await submit(
      () =>
        mutate('recordTripDeparture', {
          tripId: trip.tripId,
          departedAt: `${departed.date}T${departed.time}`,
          observersToldAt: `${told.date}T${told.time}`,
          observerEntryIds: observerIds,
          ballotsTaken: taken,
        }),
      (refused) => showAt(departureField(refused), errorText(refused)),
    );
    if (done) {
      await changed({
        key: 'accommodations.notice.tripDeparted',
        params: { number: trip.number },
        tone: 'success',
      });
    }
  }

  return (
    <FormDialog
      title={t('accommodations.dialog.departure', { number: trip.number })}
      onCancel={closeDialog}
      explanation={t('accommodations.departureExplain')}
      submitLabel={t('accommodations.submitDeparture')}
      onSubmit={send}
      {...dialog}
    >
      <MomentField
        legend={t('accommodations.field.departedAt')}
        error={problems.departed ?? null}
        value={departed}
        onChange={setDeparted}
      />
      <MomentField
        legend={t('accommodations.field.observersToldAt')}
        error={problems.told ?? null}
        value={told}
        onChange={setTold}
      />
      {observers.length > 0 ? (
        <CheckboxGroup
          legend={t('accommodations.field.observers')}
          hint={t('accommodations.field.observersHint')}
          error={problems.observers ?? null}
          options={observers.map((o) => ({ value: o.entryId, label: o.label }))}
          chosen={observerIds}
          onChange={setObserverIds}
        />
      ) : (
        <p className="field-hint">{t('accommodations.noObserversPresent')}</p>
      )}
      <WholeNumberField
        label={t('accommodations.field.ballotsTaken')}
        error={problems.ballots ?? null}
        min={0}
        max={ACCOMMODATION_COUNT_MAX}
        value={ballots}
        onValueChange={setBallots}
      />
    </FormDialog>
  );
}
