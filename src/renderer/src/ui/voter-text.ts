/** How a voter is named and identified on screen. */
import type { Language } from '@shared/roles';
import { formatNumber } from '@shared/i18n/number-format';
import { formatCalendarDate } from './date-time-format';

interface Named {
  lastName: string;
  firstName: string;
  patronymic: string | null;
}

/** Surname, name and patronymic, as the list orders them. */
export function voterFullName(voter: Named): string {
  return [voter.lastName, voter.firstName, voter.patronymic].filter(Boolean).join(' ');
}

/**
 * An IIN with its middle hidden (0612••••0012): enough to tell namesakes apart or match an
 * ID document, without spreading the whole number where it is not needed.
 */
export function maskIin(iin: string): string {
  return /^\d{12}$/.test(iin) ? `${iin.slice(0, 4)}••••${iin.slice(8)}` : '••••';
}

/**
 * A count in the screen language's digits grouping (3 000, 3,000), built the same on every
 * host (`@shared/i18n/number-format`): the host's locale data writes Kazakh counts as 3,000.
 */
export function formatCount(count: number, language: Language): string {
  return formatNumber(count, language);
}

const birthDates = new Map<string, string>();

/**
 * A birth date in words, remembered per language: a search result list formats thousands of
 * them, and building a date formatter for each is what would make scrolling slow.
 */
export function formatBirthDate(date: string, language: Language): string {
  const key = `${language}|${date}`;
  let text = birthDates.get(key);
  if (text === undefined) {
    text = formatCalendarDate(date, language);
    birthDates.set(key, text);
  }
  return text;
}
