/**
 * When the list of who has voted is suggested: once an hour while voting goes on, by the
 * app's clock in precinct time and the voting hours the precinct was set up with. The first
 * suggestion comes at the first full hour after opening (at opening nobody has voted yet),
 * the last in the last hour before closing.
 */
export interface SuggestionClock {
  /** Precinct-local `YYYY-MM-DD` and `HH:MM`. */
  localDate: string;
  localTime: string;
}

export interface SuggestionPrecinct {
  votingDay: string;
  votingHours: { opens: string; closes: string };
}

export interface SuggestionHour {
  /** The hour this suggestion is for, `HH:00`, precinct time. */
  hour: string;
  /** When the next one comes (the next hour, or closing if that is sooner), `HH:MM`. */
  until: string;
}

const nextHour = (hour: string): string =>
  `${String(Number(hour.slice(0, 2)) + 1).padStart(2, '0')}:00`;

/** The hour the list is due for now, or null outside voting hours and in the opening hour. */
export function suggestionHour(
  clock: SuggestionClock,
  precinct: SuggestionPrecinct,
): SuggestionHour | null {
  const { opens, closes } = precinct.votingHours;
  if (clock.localDate !== precinct.votingDay) return null;
  if (clock.localTime < opens || clock.localTime >= closes) return null;
  const hour = `${clock.localTime.slice(0, 2)}:00`;
  if (hour <= opens) return null;
  const next = nextHour(hour);
  return { hour, until: next < closes ? next : closes };
}
