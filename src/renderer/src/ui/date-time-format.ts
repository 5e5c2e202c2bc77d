import { LANGUAGE_TAGS } from '@shared/i18n';
import type { Language } from '@shared/roles';

/** True when the runtime knows this IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const knownZone = (timeZone: string | undefined): string | undefined =>
  timeZone && isKnownTimeZone(timeZone) ? timeZone : undefined;

interface Shown {
  date: boolean;
  time: boolean;
  seconds?: boolean;
}

/**
 * Kazakh: Chromium's ICU data (Electron's too) has no Kazakh month names and falls back to
 * forms like "2026 M11 28", so Kazakh screens use the numeric DD.MM.YYYY and 24-hour time
 * that are the norm in Kazakhstan, built from parts rather than from locale data.
 */
function formatNumeric(date: Date, timeZone: string | undefined, shown: Shown): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: knownZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('day')}.${part('month')}.${part('year')}`;
  const time = `${part('hour')}:${part('minute')}${shown.seconds ? `:${part('second')}` : ''}`;
  if (shown.date && shown.time) return `${day}, ${time}`;
  return shown.date ? day : time;
}

function format(
  date: Date,
  timeZone: string | undefined,
  language: Language,
  shown: Shown,
  options: Intl.DateTimeFormatOptions,
): string {
  if (Number.isNaN(date.getTime())) return '';
  if (language === 'kk') return formatNumeric(date, timeZone, shown);
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], {
    ...options,
    timeZone: knownZone(timeZone),
  }).format(date);
}

/** An ISO instant as date and time in the given zone (the precinct's, where known). */
export function formatInstant(
  iso: string,
  timeZone: string | undefined,
  language: Language,
  withSeconds = false,
): string {
  const shown = { date: true, time: true, seconds: withSeconds };
  return (
    format(new Date(iso), timeZone, language, shown, {
      dateStyle: 'medium',
      timeStyle: withSeconds ? 'medium' : 'short',
      // Kazakhstan reads the 24-hour clock, whatever the screen language.
      hourCycle: 'h23',
    }) || iso
  );
}

/** A calendar date `YYYY-MM-DD` in words, with no time zone shift. */
export function formatCalendarDate(date: string, language: Language): string {
  const shown = { date: true, time: false };
  return (
    format(new Date(`${date}T00:00:00Z`), 'UTC', language, shown, { dateStyle: 'long' }) || date
  );
}

/** Only the date of an instant in a zone. */
export function formatDateIn(date: Date, timeZone: string | undefined, language: Language): string {
  return format(date, timeZone, language, { date: true, time: false }, { dateStyle: 'long' });
}

/** Only the time (hours and minutes) of an instant in a zone. */
export function formatTimeIn(date: Date, timeZone: string | undefined, language: Language): string {
  const shown = { date: false, time: true };
  return format(date, timeZone, language, shown, { timeStyle: 'short', hourCycle: 'h23' });
}

/**
 * A time zone as its offset from UTC at an instant ("UTC+5", "UTC+1", "UTC−3:30"), so a time
 * shown beside precinct-local figures says which clock it is on. Built from the offset, not
 * from the host's zone names, which differ between hosts and languages.
 */
export function zoneLabel(timeZone: string | undefined, at: Date = new Date()): string {
  // No zone named: the one this computer's clock is on (supervisor mode's own).
  const zone = knownZone(timeZone) ?? new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone;
  if (Number.isNaN(at.getTime())) return 'UTC';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  const utc = Math.floor(at.getTime() / 60_000) * 60_000;
  const minutes = Math.round((local - utc) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '\u2212';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
