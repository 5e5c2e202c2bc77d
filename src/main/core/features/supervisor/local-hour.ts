/**
 * The precinct-local hour of voting day of an instant, for turnout by hour. A supervisor's
 * import converts millions of ballot times, so each precinct's voting day is worked out once:
 * when its UTC offset is the same at both ends of the day (no clock change that day), the
 * hour is arithmetic; on a day with a clock change each instant goes through Intl.
 */
const HOUR = 3_600_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, f);
  }
  return f;
}

/** `YYYY-MM-DD HH:MM` in the zone. */
function localText(ms: number, zone: string): string {
  const parts = Object.fromEntries(
    format(zone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(ms: number, zone: string): number {
  const text = localText(ms, zone);
  const asUtc = Date.parse(`${text.slice(0, 10)}T${text.slice(11)}:00Z`);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

interface Day {
  /** UTC instant of local midnight, when the offset holds all day; null on a clock-change day. */
  start: number | null;
}
const days = new Map<string, Day>();

function dayOf(zone: string, votingDay: string): Day {
  const key = `${zone}|${votingDay}`;
  let day = days.get(key);
  if (!day) {
    const midnightUtc = Date.parse(`${votingDay}T00:00:00Z`);
    const early = offsetAt(midnightUtc - 14 * HOUR, zone);
    const late = offsetAt(midnightUtc + 38 * HOUR, zone);
    day = { start: early === late ? midnightUtc - early : null };
    days.set(key, day);
  }
  return day;
}

/** The local hour (0–23) on `votingDay`, or -1 when the instant is on another local day. */
export function votingDayHour(ms: number, zone: string, votingDay: string): number {
  const { start } = dayOf(zone, votingDay);
  if (start !== null) {
    const hour = Math.floor((ms - start) / HOUR);
    return hour >= 0 && hour < 24 ? hour : -1;
  }
  const text = localText(ms, zone);
  return text.startsWith(votingDay) ? Number(text.slice(11, 13)) : -1;
}
