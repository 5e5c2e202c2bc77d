import { addDays, daysBetween } from './calendar-dates';
import type { ComplaintSubject } from './entry-kinds';

/**
 * How long the commission has to answer a complaint or appeal. These are settings of the
 * election: a precinct package from the central commission sets them, and until one does the
 * defaults below apply (the chair may change them).
 */
export interface ComplaintDeadlineRules {
  /** Days to answer in general. */
  standardDays: number;
  /** Days to answer a complaint about the voter list. */
  voterListDays: number;
  /**
   * Anything received this many days before voting day, or on voting day itself, is answered
   * the same day (1: voting day and the day before).
   */
  sameDayDaysBefore: number;
}

/**
 * Defaults (docs/domain.md, "Complaint deadlines"): five days; three days for the voter
 * list; the same day for anything received on voting day or the day before.
 */
export const DEFAULT_DEADLINE_RULES: ComplaintDeadlineRules = {
  standardDays: 5,
  voterListDays: 3,
  sameDayDaysBefore: 1,
};

/** Bounds the settings accept. */
export const DEADLINE_LIMITS = {
  days: { min: 1, max: 30 },
  sameDayDaysBefore: { min: 0, max: 10 },
} as const;

export const DEADLINE_RULE_NAMES = ['standard', 'voter_list', 'same_day'] as const;
export type DeadlineRuleName = (typeof DEADLINE_RULE_NAMES)[number];

export interface ComplaintDeadline {
  rule: DeadlineRuleName;
  /** Days allowed after the day of receipt (0: the same day). */
  days: number;
  /** The last precinct-local day for the answer, `YYYY-MM-DD`; the answer is due by its end. */
  dueDate: string;
}

/**
 * The answer deadline of a complaint received on the precinct-local date `receivedDate`.
 * Days are calendar days counted from the day after receipt; the answer is due by the end of
 * the last one. The same-day rule wins over the others in the days just before voting day.
 */
export function complaintDeadline(
  receivedDate: string,
  subject: ComplaintSubject,
  votingDay: string,
  rules: ComplaintDeadlineRules,
): ComplaintDeadline {
  const daysToVoting = daysBetween(receivedDate, votingDay);
  if (daysToVoting >= 0 && daysToVoting <= rules.sameDayDaysBefore) {
    return { rule: 'same_day', days: 0, dueDate: receivedDate };
  }
  const [rule, days]: [DeadlineRuleName, number] =
    subject === 'voter_list'
      ? ['voter_list', rules.voterListDays]
      : ['standard', rules.standardDays];
  return { rule, days, dueDate: addDays(receivedDate, days) };
}
