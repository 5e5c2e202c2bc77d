/**
 * The printable trip sheet: the precinct, the trip's members and times, observers told, the
 * ballots taken and returned, and the addresses in route order with room for each voter's
 * signature. Printed through the same path as the registers (HTML to PDF by the host).
 */
import type { TripSheet, TripView } from '@shared/accommodations/accommodation-contract';
import type { Language } from '@shared/roles';
import { translatePlural } from '@shared/i18n/plural';
import { printDocumentHtml, printWords } from '@shared/print/print-kit';
import type { Translate } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { formatMoment, statusKey, tripStatusKey } from './accommodations-text';

/** Who is on the trip, by name. */
export const tripMembersText = (trip: TripView, t: Translate): string =>
  trip.members.map((member) => member.name ?? t('audit.unknownMember')).join(', ');

/** The ballots of a trip in one line: taken, then (once back) issued, unused, spoiled. */
export function ballotsText(trip: TripView, t: Translate, language: Language): string {
  if (trip.ballotsTaken === null) return t('accommodations.trip.ballotsNotYet');
  const taken = translatePlural(language, 'accommodations.trip.ballotsTaken', trip.ballotsTaken);
  if (trip.ballotsUnused === null) {
    return `${taken} ${translatePlural(language, 'accommodations.trip.issuedSoFar', trip.fulfilled)}`;
  }
  const back = t('accommodations.trip.ballotsBack', {
    fulfilled: trip.fulfilled,
    unused: trip.ballotsUnused,
    spoiled: trip.ballotsSpoiled ?? 0,
  });
  const difference = trip.discrepancy
    ? ` ${translatePlural(language, 'accommodations.trip.discrepancy', trip.discrepancy, { note: trip.discrepancyNote ?? '' })}`
    : '';
  return `${taken} ${back}${difference}`;
}

/**
 * The sheet in `language`, the one chosen for the printout (never simply the screen's), through
 * the print-document kit: landscape, so the voter's signature column has room.
 */
export function tripSheetHtml(sheet: TripSheet, language: Language): string {
  const t = printWords(language);
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
    ballotsText(trip, t, language),
    trip.returned
      ? t('accommodations.sheet.returned', { time: moment(trip.returned.local) })
      : t('accommodations.sheet.returnedBlank'),
    t('accommodations.sheet.printed', { time: moment(sheet.printedLocal) }),
  ];
  const title = t('accommodations.sheet.title', { number: trip.number });
  return printDocumentHtml({
    language,
    orientation: 'landscape',
    title,
    running: `${title} — ${lines[0]}`,
    lines,
    parts: [
      {
        columns: [
          { header: t('accommodations.sheet.col.order'), width: 8, keep: true, numeric: true },
          { header: t('accommodations.sheet.col.request'), width: 9, keep: true, numeric: true },
          { header: t('accommodations.sheet.col.voter'), width: 17 },
          { header: t('accommodations.sheet.col.address'), width: 20 },
          { header: t('accommodations.sheet.col.phone'), width: 12, keep: true },
          { header: t('accommodations.sheet.col.status'), width: 14 },
          { header: t('accommodations.sheet.col.signature'), width: 20 },
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
        emptyText: t('accommodations.route.empty'),
      },
    ],
    signers: trip.members.map((member) => ({
      role: t('print.role.member'),
      name: member.name ?? '',
    })),
  });
}
