import { LANGUAGE_TAGS } from '../../../shared/i18n';
import type { Language } from '../../../shared/roles';

/** True when the runtime knows this IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function formatter(
  language: Language,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const zone = timeZone && isKnownTimeZone(timeZone) ? timeZone : undefined;
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { ...options, timeZone: zone });
}

/** An ISO instant as date and time in the given zone (the precinct's, where known). */
export function formatInstant(
  iso: string,
  timeZone: string | undefined,
  language: Language,
  withSeconds = false,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, timeZone, {
    dateStyle: 'medium',
    timeStyle: withSeconds ? 'medium' : 'short',
  }).format(date);
}

/** A calendar date `YYYY-MM-DD` in words, with no time zone shift. */
export function formatCalendarDate(date: string, language: Language): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return formatter(language, 'UTC', { dateStyle: 'long' }).format(parsed);
}

/** Only the date of an instant in a zone, in words. */
export function formatDateIn(date: Date, timeZone: string | undefined, language: Language): string {
  return formatter(language, timeZone, { dateStyle: 'long' }).format(date);
}

/** Only the time (hours and minutes) of an instant in a zone. */
export function formatTimeIn(date: Date, timeZone: string | undefined, language: Language): string {
  return formatter(language, timeZone, { timeStyle: 'short', hourCycle: 'h23' }).format(date);
}
