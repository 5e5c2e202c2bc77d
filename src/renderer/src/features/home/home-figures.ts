/**
 * What the voting-day home works out from the core's answers: the next fixed reporting hour,
 * the complaints due today, the trips out, the alarms left to decide, the last export.
 */
import type { TripView } from '@shared/accommodations/accommodation-contract';
import type { InfoLogEntryView } from '@shared/infolog/infolog-contract';
import type { SyncAlarmView, SyncExportRecord } from '@shared/sync/sync-contract';
import { TURNOUT_HOURS, type TurnoutFigure } from '@shared/voters/voter-api';

export type ReportHour = (typeof TURNOUT_HOURS)[number];

/**
 * The next fixed-hour turnout report from the precinct-local date and time: the first hour
 * before voting day, the next one not passed on voting day, none after.
 */
export function nextReport(
  localDate: string,
  localTime: string,
  votingDay: string,
): { kind: 'before' | 'next'; time: ReportHour } | { kind: 'done' } {
  const first = TURNOUT_HOURS[0];
  if (localDate < votingDay) return { kind: 'before', time: first };
  if (localDate > votingDay) return { kind: 'done' };
  const next = TURNOUT_HOURS.find((hour) => hour > localTime);
  return next ? { kind: 'next', time: next } : { kind: 'done' };
}

/** The last reporting hour the precinct clock has passed, with its figures. */
export function lastReached(figures: readonly TurnoutFigure[]): TurnoutFigure | null {
  return figures.filter((figure) => figure.reached).at(-1) ?? null;
}

/** Open complaints whose answer is due by the end of `today` (precinct-local). */
export function complaintsDueOn(entries: readonly InfoLogEntryView[], today: string): number {
  return entries.filter(
    (entry) =>
      !entry.withdrawn &&
      entry.complaint?.status === 'open' &&
      entry.complaint.deadline.dueDate === today,
  ).length;
}

/** Trips that have left and not come back. */
export const tripsOut = (trips: readonly TripView[]): number =>
  trips.filter((trip) => trip.status === 'departed').length;

/** Alarms nobody has decided yet. */
export const openAlarms = (alarms: readonly SyncAlarmView[]): number =>
  alarms.filter((alarm) => alarm.decidedAt === null).length;

/** The newest export of this laptop, or null. */
export function latestExport(exports: readonly SyncExportRecord[]): SyncExportRecord | null {
  let latest: SyncExportRecord | null = null;
  for (const record of exports) {
    if (!latest || record.exportedAt > latest.exportedAt) latest = record;
  }
  return latest;
}
