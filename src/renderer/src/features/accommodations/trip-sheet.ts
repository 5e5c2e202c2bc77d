/**
 * The printable trip sheet: the precinct, the trip's members and times, observers told, the
 * ballots taken and returned, and the addresses in route order with room for each voter's
 * signature. Printed through the same path as the registers (HTML to PDF by the host).
 */
import type { TripSheet, TripView } from '@shared/accommodations/accommodation-contract';
import type { Language } from '@shared/roles';
import type { Translate } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { printDocumentHtml } from '../../ui/print-document';
import type { PlainTable } from '../../ui/plain-table';
import { formatMoment, statusKey, tripStatusKey } from './accommodations-text';

/** Who is on the trip, by name. */
export const tripMembersText = (trip: TripView, t: Translate): string =>
  trip.members.map((member) => member.name ?? t('audit.unknownMember')).join(', ');

/** The ballots of a trip in one line: taken, then (once back) issued, unused, spoiled. */
export function ballotsText(trip: TripView, t: Translate): string {
  if (trip.ballotsTaken === null) return t('accommodations.trip.ballotsNotYet');
  const taken = t('accommodations.trip.ballotsTaken', { count: trip.ballotsTaken });
  if (trip.ballotsUnused === null) {
    return `${taken} ${t('accommodations.trip.issuedSoFar', { count: trip.fulfilled })}`;
  }
  const back = t('accommodations.trip.ballotsBack', {
    fulfilled: trip.fulfilled,
    unused: trip.ballotsUnused,
    spoiled: trip.ballotsSpoiled ?? 0,
  });
  const difference = trip.discrepancy
    ? ` ${t('accommodations.trip.discrepancy', { count: trip.discrepancy, note: trip.discrepancyNote ?? '' })}`
    : '';
  return `${taken} ${back}${difference}`;
}

export function tripSheetHtml(sheet: TripSheet, t: Translate, language: Language): string {
  const { trip } = sheet;
  const moment = (local: string) => formatMoment(local, language);
  const lines = [
    t('common.precinct', { number: sheet.precinctNumber, name: sheet.precinctName }),
    sheet.precinctAddress,
    `${sheet.electionName}, ${formatCalendarDate(sheet.votingDay, language)}`,
    t('accommodations.sheet.status', { status: t(tripStatusKey(trip.status)) }),
    t('accommodations.sheet.members', { members: tripMembersText(trip, t) }),
    t('accommodations.sheet.planned', {
      departure: moment(trip.plannedDeparture.local),
      return: moment(trip.expectedReturn.local),
    }),
    trip.departed
      ? t('accommodations.sheet.departed', { time: moment(trip.departed.local) })
      : t('accommodations.sheet.departedBlank'),
    trip.observersTold
      ? t('accommodations.sheet.observersTold', {
          time: moment(trip.observersTold.local),
          observers: trip.observers.map((o) => `${o.name} (${o.organisation})`).join(', ') || '—',
        })
      : t('accommodations.sheet.observersBlank'),
    ballotsText(trip, t),
    trip.returned
      ? t('accommodations.sheet.returned', { time: moment(trip.returned.local) })
      : t('accommodations.sheet.returnedBlank'),
    t('accommodations.sheet.printed', { time: moment(sheet.printedLocal) }),
  ];
  const table: PlainTable = {
    headers: [
      t('accommodations.sheet.col.order'),
      t('accommodations.sheet.col.request'),
      t('accommodations.sheet.col.voter'),
      t('accommodations.sheet.col.address'),
      t('accommodations.sheet.col.phone'),
      t('accommodations.sheet.col.status'),
      t('accommodations.sheet.col.signature'),
    ],
    rows: trip.items.map((item) => [
      String(item.routeOrder),
      String(item.requestNumber),
      item.requesterName,
      item.address ?? '',
      item.contactPhone ?? '',
      t(statusKey(item.status)),
      '',
    ]),
  };
  return printDocumentHtml(
    {
      title: t('accommodations.sheet.title', { number: trip.number }),
      lines,
      emptyText: t('accommodations.route.empty'),
      signatures: trip.members.map((member) =>
        t('accommodations.sheet.memberSignature', { name: member.name ?? '' }),
      ),
    },
    table,
    language,
  );
}
