/**
 * The precinct-local date and hour of an instant, for turnout by hour. Every time zone's
 * offset is a whole number of quarter hours, so one conversion per quarter hour of UTC serves
 * every instant in it: a supervisor's import converts millions of ballot times.
 */
const QUARTER = 15 * 60_000;
const formats = new Map<string, Intl.DateTimeFormat>();
const cache = new Map<string, string>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, f);
  }
  return f;
}

/** `YYYY-MM-DD HH` in the zone. */
function localDateHour(ms: number, zone: string): string {
  const key = `${zone}|${Math.floor(ms / QUARTER)}`;
  let text = cache.get(key);
  if (text === undefined) {
    const parts = Object.fromEntries(
      format(zone)
        .formatToParts(new Date(Math.floor(ms / QUARTER) * QUARTER))
        .map((p) => [p.type, p.value]),
    );
    text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}`;
    if (cache.size > 100_000) cache.clear();
    cache.set(key, text);
  }
  return text;
}

/** The local hour (0–23) on `votingDay`, or -1 when the instant is on another local day. */
export function votingDayHour(ms: number, zone: string, votingDay: string): number {
  const text = localDateHour(ms, zone);
  return text.startsWith(votingDay) ? Number(text.slice(11, 13)) : -1;
}
