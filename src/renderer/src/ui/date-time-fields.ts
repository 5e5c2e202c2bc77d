/**
 * What the date and time fields need besides the components: the locale each app language's
 * fields are laid out in, and the conversions between the fields' values and the strings the
 * forms and the contract hold (`YYYY-MM-DD`, `HH:MM`).
 */
import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';
import type { Language } from '@shared/roles';

/**
 * The locale the fields are laid out in, per app language: day first, 24-hour, in every
 * language. Kazakh fields take their order from Russian in Kazakhstan (`ru-KZ`: DD.MM.YYYY,
 * 24-hour), because hosts without Kazakh date data (Chromium's ICU) lay `kk` out as
 * YYYY-MM-DD; their placeholders are Kazakh all the same (`FIELD_PLACEHOLDERS`). English uses
 * the British order (DD/MM/YYYY, 24-hour) rather than the host's American one.
 */
export const FIELD_LOCALES: Record<Language, string> = { kk: 'ru-KZ', ru: 'ru-RU', en: 'en-GB' };

/** What an empty day, month and year segment shows, in the screen language. */
export const FIELD_PLACEHOLDERS: Record<Language, Record<'day' | 'month' | 'year', string>> = {
  kk: { day: 'кк', month: 'аа', year: 'жжжж' },
  ru: { day: 'дд', month: 'мм', year: 'гггг' },
  en: { day: 'dd', month: 'mm', year: 'yyyy' },
};

/** A `YYYY-MM-DD` as the field's value; null for empty or not a real date. */
export function toCalendarDate(value: string | undefined): CalendarDate | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    const date = parseDate(value);
    return date.toString() === value ? date : null;
  } catch {
    return null;
  }
}

/** A `HH:MM` as the field's value; null for empty or not a time of day. */
export function toTime(value: string | undefined): Time | null {
  if (!value || !/^\d{2}:\d{2}$/.test(value)) return null;
  try {
    return parseTime(value);
  } catch {
    return null;
  }
}

/** The field's value as `YYYY-MM-DD`, or '' while it is empty or partly typed. */
export const dateText = (date: CalendarDate | null): string => (date ? date.toString() : '');

/** The field's value as `HH:MM`, or '' while it is empty or partly typed. */
export const timeText = (time: Time | null): string => (time ? time.toString().slice(0, 5) : '');
