import { useEffect, useState, type FormEvent } from 'react';
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
import { CheckboxGroup } from './form-controls';

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
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();

  useEffect(() => {
    void presentObservers().then(setObservers);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found: Partial<Record<Field, string>> = {};
    const leaves = momentProblem(departed, true);
    if (leaves) found.departed = t(leaves);
    const toldProblem = momentProblem(told, true);
    if (toldProblem) found.told = t(toldProblem);
    const taken = Number(ballots);
    if (ballots.trim() === '' || !Number.isInteger(taken) || taken < 0 || taken > 10_000) {
      found.ballots = t('accommodations.problem.wholeNumber');
    }
    setProblems(found);
    if (Object.keys(found).length > 0) {
      reveal();
      return;
    }
    setBusy(true);
    const result = await callApi('recordTripDeparture', {
      tripId: trip.tripId,
      departedAt: `${departed.date}T${departed.time}`,
      observersToldAt: `${told.date}T${told.time}`,
      observerEntryIds: observerIds,
      ballotsTaken: taken,
    });
    setBusy(false);
    if (result.ok) {
      await changed({
        key: 'accommodations.notice.tripDeparted',
        params: { number: trip.number },
        tone: 'success',
      });
      return;
    }
    const field = departureField(result.error);
    if (field) {
      setProblems({ [field]: errorText(result.error) ?? '' });
      reveal();
    } else {
      setError(result.error);
    }
  }

  return (
    <Modal
      title={t('accommodations.dialog.departure', { number: trip.number })}
      onCancel={closeDialog}
    >
      <p>{t('accommodations.departureExplain')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
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
        <TextField
          label={t('accommodations.field.ballotsTaken')}
          error={problems.ballots ?? null}
          type="number"
          inputMode="numeric"
          min={0}
          max={10_000}
          step={1}
          value={ballots}
          onValueChange={setBallots}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t('accommodations.submitDeparture')}
          </button>
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
