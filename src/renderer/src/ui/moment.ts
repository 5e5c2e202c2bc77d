import type { MessageKey } from '@shared/i18n';
import type { Language } from '@shared/roles';
import { formatInstant } from './date-time-format';

/**
 * A precinct-local moment as members type it: a date and a time in two inputs (`MomentField`),
 * both empty meaning none; the core takes it as `YYYY-MM-DDTHH:MM` in the precinct's zone.
 */
export interface MomentValue {
  date: string;
  time: string;
}

export const EMPTY_MOMENT: MomentValue = { date: '', time: '' };

/** The two inputs' values for a local `YYYY-MM-DDTHH:MM` (empty for null). */
export const momentOf = (local: string | null): MomentValue =>
  local ? { date: local.slice(0, 10), time: local.slice(11, 16) } : EMPTY_MOMENT;

/** The local `YYYY-MM-DDTHH:MM` the inputs hold, or null when both are empty. */
export const momentText = (moment: MomentValue | undefined): string | null =>
  moment && (moment.date || moment.time) ? `${moment.date}T${moment.time}` : null;

/** A moment's problem: a required one left empty, or only half entered. */
export function momentProblem(
  moment: MomentValue | undefined,
  required: boolean,
): MessageKey | null {
  const value = moment ?? EMPTY_MOMENT;
  if (!value.date && !value.time) return required ? 'validation.required' : null;
  return value.date && value.time ? null : 'infolog.momentIncomplete';
}

/** A precinct-local moment `YYYY-MM-DDTHH:MM`, written for reading (no zone shift). */
export function formatMoment(moment: string, language: Language): string {
  return formatInstant(`${moment}:00Z`, 'UTC', language);
}
