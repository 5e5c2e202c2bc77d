import { ViewNav } from '../../ui/SectionNav';
import { usePermission } from '../../app-state/use-permission';
import { useEffect } from 'react';
import { useRefreshOn } from '../../api/queries';
import type { MessageKey } from '@shared/i18n';
import { assertNever } from '@shared/result';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorText } from '../../app-state/use-error-text';
import '../../styles/accommodations.css';
import {
  ACCOMMODATION_VIEWS,
  useAccommodationsStore,
  type AccommodationView,
} from './accommodations-store';
import { CancelTripDialog } from './CancelTripDialog';
import { cutoffText } from './CutoffSettings';
import { EquipmentDialog } from './EquipmentDialog';
import { EquipmentView } from './EquipmentView';
import { RegisterView } from './RegisterView';
import { RequestDetailDialog } from './RequestDetailDialog';
import { RequestDialog } from './RequestDialog';
import { SummaryView } from './SummaryView';
import { TripDepartureDialog } from './TripDepartureDialog';
import { TripPlanDialog } from './TripPlanDialog';
import { TripReturnDialog } from './TripReturnDialog';
import { TripsView } from './TripsView';

const VIEW_LABELS: Record<AccommodationView, MessageKey> = {
  register: 'accommodations.view.register',
  trips: 'accommodations.view.trips',
  equipment: 'accommodations.view.equipment',
  summary: 'accommodations.view.summary',
};

/**
 * Accessibility accommodation requests: record them as received, follow each to its outcome,
 * plan home-voting trips with the portable box, keep the station's equipment checklist, and
 * keep the official register with its summary.
 */
export function AccommodationsScreen() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const canRecord = usePermission('record');
  const open = useAccommodationsStore((state) => state.open);
  const load = useAccommodationsStore((state) => state.load);
  useRefreshOn(['accommodations'], load);
  const view = useAccommodationsStore((state) => state.view);
  const setView = useAccommodationsStore((state) => state.setView);
  const settings = useAccommodationsStore((state) => state.settings);
  const loadError = useAccommodationsStore((state) => state.loadError);
  const notice = useAccommodationsStore((state) => state.notice);
  const openDialog = useAccommodationsStore((state) => state.openDialog);

  useEffect(() => {
    void open();
  }, [open]);

  return (
    <section className="section accommodations">
      <PageHeading focusOnMount>{t('accommodations.title')}</PageHeading>
      <p>{t('accommodations.intro')}</p>
      {settings ? (
        <p
          className={settings.passed ? 'message message-warning' : 'message message-info'}
          data-testid="cutoff-status"
        >
          {cutoffText(settings, t, language)}
        </p>
      ) : null}
      {/* Always on the page, so screen readers hear each result. */}
      <div role="status" className="accommodations-notice">
        {notice ? (
          <p className={`message message-${notice.tone}`}>{t(notice.key, notice.params)}</p>
        ) : null}
      </div>
      <ErrorAlert message={errorText(loadError)} />
      {canRecord ? (
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            onClick={() => void openDialog({ type: 'record' })}
          >
            {t('accommodations.newRequest')}
          </button>
        </div>
      ) : null}
      <ViewNav
        label={t('accommodations.views')}
        options={ACCOMMODATION_VIEWS}
        labels={VIEW_LABELS}
        current={view}
        onChoose={setView}
      />
      <ViewContent view={view} />
      <Dialog />
    </section>
  );
}

function ViewContent({ view }: { view: AccommodationView }) {
  switch (view) {
    case 'register':
      return <RegisterView />;
    case 'trips':
      return <TripsView />;
    case 'equipment':
      return <EquipmentView />;
    case 'summary':
      return <SummaryView />;
    default:
      return assertNever(view);
  }
}

/** The open dialog, if any; each starts afresh (keyed) for what it is about. */
function Dialog() {
  const dialog = useAccommodationsStore((state) => state.dialog);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'record':
      return <RequestDialog />;
    case 'request':
      return <RequestDetailDialog key={dialog.requestId} requestId={dialog.requestId} />;
    case 'planTrip':
      return <TripPlanDialog />;
    case 'replanTrip':
      return <TripPlanDialog key={dialog.trip.tripId} trip={dialog.trip} />;
    case 'departure':
      return <TripDepartureDialog key={dialog.trip.tripId} trip={dialog.trip} />;
    case 'return':
      return <TripReturnDialog key={dialog.trip.tripId} trip={dialog.trip} />;
    case 'cancelTrip':
      return <CancelTripDialog key={dialog.trip.tripId} trip={dialog.trip} />;
    case 'equipment':
      return <EquipmentDialog key={dialog.item.equipment} item={dialog.item} />;
    default:
      return assertNever(dialog);
  }
}
