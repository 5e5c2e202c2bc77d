import { usePermission } from '../../app-state/use-permission';
import type { TripView } from '@shared/accommodations/accommodation-contract';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatMoment, statusKey, tripStatusKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';
import { ballotsText, tripMembersText } from './trip-sheet';
import { TripSheetButton } from './TripSheetButton';

/**
 * Trips with the portable box: planned, left (observers told, ballots taken), back (ballots
 * counted); each with its stops in route order and a printable sheet.
 */
export function TripsView() {
  const t = useT();
  const trips = useAccommodationsStore((state) => state.trips);
  const openDialog = useAccommodationsStore((state) => state.openDialog);
  const canRecord = usePermission('record');
  return (
    <section aria-labelledby="accommodations-trips-heading">
      <h2 id="accommodations-trips-heading">{t('accommodations.tripsTitle')}</h2>
      <p>{t('accommodations.tripsIntro')}</p>
      {canRecord ? (
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            onClick={() => void openDialog({ type: 'planTrip' })}
          >
            {t('accommodations.planTrip')}
          </button>
        </div>
      ) : null}
      {trips && trips.length === 0 ? <p>{t('accommodations.tripsEmpty')}</p> : null}
      {trips?.map((trip) => (
        <TripCard key={trip.tripId} trip={trip} canRecord={canRecord} />
      ))}
    </section>
  );
}

function TripCard({ trip, canRecord }: { trip: TripView; canRecord: boolean }) {
  const t = useT();
  const language = useLanguage();
  const openDialog = useAccommodationsStore((state) => state.openDialog);
  const moment = (local: string) => formatMoment(local, language);
  const headingId = `trip-${trip.tripId}-heading`;

  return (
    <article className="trip-card" aria-labelledby={headingId} data-testid="trip-card">
      <h3 id={headingId}>
        {t('accommodations.trip.title', {
          number: trip.number,
          status: t(tripStatusKey(trip.status)),
        })}
      </h3>
      <dl className="request-facts">
        <div className="request-fact">
          <dt>{t('accommodations.trip.members')}</dt>
          <dd>{tripMembersText(trip, t)}</dd>
        </div>
        <div className="request-fact">
          <dt>{t('accommodations.trip.planned')}</dt>
          <dd>
            {moment(trip.plannedDeparture.local)} – {moment(trip.expectedReturn.local)}
          </dd>
        </div>
        {trip.departed ? (
          <div className="request-fact">
            <dt>{t('accommodations.trip.departed')}</dt>
            <dd>{moment(trip.departed.local)}</dd>
          </div>
        ) : null}
        {trip.observersTold ? (
          <div className="request-fact">
            <dt>{t('accommodations.trip.observersTold')}</dt>
            <dd>
              {moment(trip.observersTold.local)}
              {trip.observers.length > 0
                ? ` — ${trip.observers.map((o) => o.name).join(', ')}`
                : null}
            </dd>
          </div>
        ) : null}
        <div className="request-fact">
          <dt>{t('accommodations.trip.ballots')}</dt>
          <dd>{ballotsText(trip, t, language)}</dd>
        </div>
        {trip.returned ? (
          <div className="request-fact">
            <dt>{t('accommodations.trip.returned')}</dt>
            <dd>{moment(trip.returned.local)}</dd>
          </div>
        ) : null}
        {trip.replans > 0 ? (
          <div className="request-fact">
            <dt>{t('accommodations.trip.replans')}</dt>
            <dd>{trip.replans}</dd>
          </div>
        ) : null}
        {trip.cancelReason ? (
          <div className="request-fact">
            <dt>{t('accommodations.trip.cancelReason')}</dt>
            <dd>{trip.cancelReason}</dd>
          </div>
        ) : null}
      </dl>
      <ol
        className="trip-stops"
        aria-label={t('accommodations.trip.stops', { number: trip.number })}
      >
        {trip.items.map((item) => (
          <li key={item.itemId}>
            <button
              type="button"
              className="button-link"
              onClick={() => void openDialog({ type: 'request', requestId: item.requestId })}
            >
              {t('accommodations.route.stop', {
                number: item.requestNumber,
                name: item.requesterName,
                address: item.address ?? '',
              })}
            </button>{' '}
            — {t(statusKey(item.status))}
          </li>
        ))}
      </ol>
      <div className="button-row">
        {canRecord && trip.status === 'planned' ? (
          <>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void openDialog({ type: 'departure', trip })}
            >
              {t('accommodations.recordDeparture')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void openDialog({ type: 'replanTrip', trip })}
            >
              {t('accommodations.replanTrip')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void openDialog({ type: 'cancelTrip', trip })}
            >
              {t('accommodations.cancelTrip')}
            </button>
          </>
        ) : null}
        {canRecord && trip.status === 'departed' ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => void openDialog({ type: 'return', trip })}
          >
            {t('accommodations.recordReturn')}
          </button>
        ) : null}
      </div>
      <TripSheetButton trip={trip} />
    </article>
  );
}
