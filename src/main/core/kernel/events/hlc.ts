/**
 * Hybrid logical clock stamps: wall-clock milliseconds and a counter, written so that text
 * order is time order (`000001764312000000.0000`). A stamp never goes backwards on one
 * device, even when the laptop's clock does.
 */
export interface HlcStamp {
  physical: number;
  counter: number;
}

export function formatHlc(stamp: HlcStamp): string {
  return `${String(stamp.physical).padStart(18, '0')}.${String(stamp.counter).padStart(4, '0')}`;
}

export function parseHlc(text: string): HlcStamp {
  const match = /^(\d{18})\.(\d{4})$/.exec(text);
  if (!match) throw new Error(`Not a hybrid logical clock stamp: ${text}`);
  return { physical: Number(match[1]), counter: Number(match[2]) };
}

/** The next stamp after `last` (if any) at wall time `now`. */
export function nextHlc(last: HlcStamp | null, now: number): HlcStamp {
  if (!last || now > last.physical) return { physical: now, counter: 0 };
  if (last.counter >= 9999) return { physical: last.physical + 1, counter: 0 };
  return { physical: last.physical, counter: last.counter + 1 };
}

/** The ISO instant of a stamp's wall-clock part. */
export function hlcToIso(text: string): string {
  return new Date(parseHlc(text).physical).toISOString();
}
