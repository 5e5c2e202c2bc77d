import { useEffect, useState } from 'react';
import { ACCOMMODATION_TEXT_LIMITS } from '@shared/accommodations/accommodation-kinds';
import type { TripView } from '@shared/accommodations/accommodation-contract';
import type { ApiError, Result } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useErrorText } from '../../app-state/use-error-text';
import { ALL_REQUESTS, useAccommodationsStore } from './accommodations-store';
import { CheckboxGroup } from '../../ui/form-fields';
import { RouteOrder, type RouteStop } from './RouteOrder';

type Field = 'members' | 'departure' | 'return' | 'route' | 'reason';

/** The core's refusals of a plan, by the part of the form they are about. */
const CODE_FIELDS: Partial<Record<ApiError['code'], Field>> = {
  trip_members_required: 'members',
  trip_member_busy: 'members',
  member_not_found: 'members',
  member_inactive: 'members',
  trip_times_invalid: 'departure',
  invalid_local_time: 'departure',
  trip_items_invalid: 'route',
};

const local = (moment: MomentValue) => `${moment.date}T${moment.time}`;

/** Home-voting requests waiting for a trip, oldest first. */
async function waitingStops(): Promise<RouteStop[]> {
  const result = await callApi('listAccommodationRequests', {
    kind: 'home_voting',
    status: 'received',
    order: 'oldest',
    limit: ALL_REQUESTS,
    offset: 0,
  });
  if (!result.ok) return [];
  return result.value.rows.flatMap((row) =>
    row.items
      .filter((item) => item.kind === 'home_voting' && item.status === 'received')
      .map((item) => ({
        itemId: item.itemId,
        number: row.number,
        name: row.requesterName,
        address: row.address ?? '',
      })),
  );
}

/** A planned trip's addresses, in its route order. */
const stopsOf = (trip: TripView): RouteStop[] =>
  trip.items.map((item) => ({
    itemId: item.itemId,
    number: item.requestNumber,
    name: item.requesterName,
    address: item.address ?? '',
  }));

/**
 * Planning a trip with the portable box: at least two members, when it leaves and is back,
 * and the addresses in route order (reordered with the keyboard). With a planned trip, the same
 * form changes its plan, with a reason; addresses left out wait for another trip.
 */
export function TripPlanDialog({ trip }: { trip?: TripView }) {
  const t = useT();
  const errorText = useErrorText();
  const now = useAccommodationsStore((state) => state.now);
  const members = useAccommodationsStore((state) => state.members);
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  const [waiting, setWaiting] = useState<RouteStop[] | null>(null);
  const [memberIds, setMemberIds] = useState<string[]>(
    () => trip?.members.map((member) => member.id) ?? [],
  );
  const [departure, setDeparture] = useState<MomentValue>(() =>
    momentOf(trip?.plannedDeparture.local ?? (now || null)),
  );
  const [expectedReturn, setExpectedReturn] = useState<MomentValue>(() =>
    trip ? momentOf(trip.expectedReturn.local) : { date: now.slice(0, 10), time: '' },
  );
  const [route, setRoute] = useState<RouteStop[]>(() => (trip ? stopsOf(trip) : []));
  const [reason, setReason] = useState('');
  const { submit, dialog, problems, passes, showAt } = useFormDialog<Field>(errorText);

  useEffect(() => {
    // A trip being changed offers its own addresses too, so any of them can be left out.
    void waitingStops().then((stops) => setWaiting([...(trip ? stopsOf(trip) : []), ...stops]));
  }, [trip]);

  /** Ticked stops join the end of the route; unticked ones leave it. */
  function chooseStops(chosen: string[]) {
    const kept = route.filter((stop) => chosen.includes(stop.itemId));
    const added = (waiting ?? []).filter(
      (stop) => chosen.includes(stop.itemId) && !kept.some((each) => each.itemId === stop.itemId),
    );
    setRoute([...kept, ...added]);
  }

  async function send() {
    const found: Partial<Record<Field, string>> = {};
    if (memberIds.length < 2) found.members = t('errors.trip_members_required');
    const leaves = momentProblem(departure, true);
    if (leaves) found.departure = t(leaves);
    const back = momentProblem(expectedReturn, true);
    if (back) found.return = t(back);
    if (route.length === 0) found.route = t('accommodations.problem.chooseStop');
    if (trip && !reason.trim()) found.reason = t('validation.required');
    if (!passes(found)) return;
    const plan = {
      memberIds,
      plannedDeparture: local(departure),
      expectedReturn: local(expectedReturn),
      itemIds: route.map((stop) => stop.itemId),
    };
    const done = await submit(
      (): Promise<Result<TripView>> =>
        trip
          ? mutate('replanHomeVotingTrip', { tripId: trip.tripId, ...plan, reason: reason.trim() })
          : mutate('planHomeVotingTrip', plan),
      (refused) => {
        const field = CODE_FIELDS[refused.code];
        return showAt(field, errorText(refused));
      },
    );
    if (done) {
      await changed({
        key: trip ? 'accommodations.notice.tripReplanned' : 'accommodations.notice.tripPlanned',
        params: { number: done.value.number },
        tone: 'success',
      });
    }
  }

  return (
    <FormDialog
      title={
        trip
          ? t('accommodations.dialog.replanTrip', { number: trip.number })
          : t('accommodations.dialog.planTrip')
      }
      onCancel={closeDialog}
      explanation={t('accommodations.planExplain')}
      submitLabel={trip ? t('accommodations.submitReplan') : t('accommodations.submitPlan')}
      onSubmit={send}
      {...dialog}
    >
      <CheckboxGroup
        legend={t('accommodations.field.tripMembers')}
        hint={t('accommodations.field.tripMembersHint')}
        error={problems.members ?? null}
        options={members.map((member) => ({ value: member.id, label: member.fullName }))}
        chosen={memberIds}
        onChange={setMemberIds}
      />
      <MomentField
        legend={t('accommodations.field.plannedDeparture')}
        error={problems.departure ?? null}
        value={departure}
        onChange={setDeparture}
      />
      <MomentField
        legend={t('accommodations.field.expectedReturn')}
        error={problems.return ?? null}
        value={expectedReturn}
        onChange={setExpectedReturn}
      />
      {waiting === null ? <p>{t('common.loading')}</p> : null}
      {waiting && waiting.length === 0 ? (
        <p className="message message-info">{t('accommodations.route.noneWaiting')}</p>
      ) : null}
      {waiting && waiting.length > 0 ? (
        <CheckboxGroup
          legend={t('accommodations.field.tripStops')}
          hint={t('accommodations.field.tripStopsHint')}
          error={problems.route ?? null}
          options={waiting.map((stop) => ({
            value: stop.itemId,
            label: t('accommodations.route.stop', {
              number: stop.number,
              name: stop.name,
              address: stop.address,
            }),
          }))}
          chosen={route.map((stop) => stop.itemId)}
          onChange={chooseStops}
        />
      ) : null}
      <section aria-labelledby="trip-route-heading">
        <h3 id="trip-route-heading">{t('accommodations.route.heading')}</h3>
        <RouteOrder stops={route} onReorder={setRoute} />
      </section>
      {trip ? (
        <TextField
          label={t('accommodations.field.replanReason')}
          error={problems.reason ?? null}
          autoComplete="off"
          className="input-wide"
          maxLength={ACCOMMODATION_TEXT_LIMITS.long}
          value={reason}
          onValueChange={setReason}
        />
      ) : null}
    </FormDialog>
  );
}
