/**
 * From a precinct-local wall time to the instant it names: the inverse of localDateTime
 * (./local-time.ts). Needed wherever a member types a date and time, which are always the
 * precinct's, whatever zone the laptop is set to.
 */

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant of the wall time `date` (`YYYY-MM-DD`) `time` (`HH:MM`) in an IANA zone. Null
 * when that wall time never happens there (skipped when clocks go forward); when it happens
 * twice (clocks go back), the earlier.
 */
export function instantOfLocal(date: string, time: string, timeZone: string): number | null {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // The offsets in force a day either side cover any single change of offset.
  const candidates = new Set([
    offsetAt(wall - 24 * HOUR_MS, timeZone),
    offsetAt(wall, timeZone),
    offsetAt(wall + 24 * HOUR_MS, timeZone),
  ]);
  const instants = [...candidates]
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  return instants.length > 0 ? Math.min(...instants) : null;
}

/**
 * The instant of a wall time that the rules need to exist (a reporting hour, a deadline): as
 * instantOfLocal, and for a wall time a clock change skipped, the same wall time read with the
 * offset in force before the change, which falls just after the jump.
 */
export function instantOfRuleTime(date: string, time: string, timeZone: string): number {
  const exact = instantOfLocal(date, time, timeZone);
  if (exact !== null) return exact;
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  return wall - offsetAt(wall - 24 * HOUR_MS, timeZone);
}

/** The instant of a local moment `YYYY-MM-DDTHH:MM` (see instantOfLocal). */
export function instantOfLocalMoment(moment: string, timeZone: string): number | null {
  return instantOfLocal(moment.slice(0, 10), moment.slice(11, 16), timeZone);
}
