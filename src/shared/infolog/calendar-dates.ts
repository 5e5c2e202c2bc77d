/**
 * Arithmetic on calendar dates written `YYYY-MM-DD`, with no time zone: a precinct-local
 * date stays the same date whatever zone the computer is in.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcMidnight(date: string): number | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2027-02-30 over into March; a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  if (back.getUTCDate() !== day) return null;
  return time;
}

/** True for a real calendar date such as 2028-02-29 (and false for 2027-02-29). */
export function isCalendarDate(date: string): boolean {
  return toUtcMidnight(date) !== null;
}

/** The date `days` days after `date` (before it, when negative). */
export function addDays(date: string, days: number): string {
  const time = toUtcMidnight(date);
  if (time === null) throw new Error(`Not a calendar date: ${date}`);
  return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toUtcMidnight(from);
  const b = toUtcMidnight(to);
  if (a === null || b === null) throw new Error(`Not calendar dates: ${from}, ${to}`);
  return Math.round((b - a) / DAY_MS);
}
