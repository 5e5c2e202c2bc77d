import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate } from './calendar-dates';
import { complaintDeadline, DEFAULT_DEADLINE_RULES } from './complaint-deadline';

const VOTING_DAY = '2027-03-19';

describe('calendar dates', () => {
  it('knows real dates and counts days across months and leap years', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('27-03-01')).toBe(false);
    expect(addDays('2027-02-26', 5)).toBe('2027-03-03');
    expect(addDays('2028-02-26', 5)).toBe('2028-03-02');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2027-03-17', VOTING_DAY)).toBe(2);
    expect(daysBetween(VOTING_DAY, '2027-03-18')).toBe(-1);
  });
});

describe('complaint deadlines', () => {
  const rules = DEFAULT_DEADLINE_RULES;

  it('gives five days, counted from the day after receipt', () => {
    expect(complaintDeadline('2027-03-01', 'campaigning', VOTING_DAY, rules)).toEqual({
      rule: 'standard',
      days: 5,
      dueDate: '2027-03-06',
    });
  });

  it('gives three days for the voter list', () => {
    expect(complaintDeadline('2027-03-01', 'voter_list', VOTING_DAY, rules)).toEqual({
      rule: 'voter_list',
      days: 3,
      dueDate: '2027-03-04',
    });
  });

  it('answers the same day on voting day and the day before, whatever the subject', () => {
    for (const date of ['2027-03-18', VOTING_DAY]) {
      for (const subject of ['voter_list', 'member_conduct'] as const) {
        expect(complaintDeadline(date, subject, VOTING_DAY, rules)).toEqual({
          rule: 'same_day',
          days: 0,
          dueDate: date,
        });
      }
    }
    // Two days before voting day the ordinary rules still apply.
    expect(complaintDeadline('2027-03-17', 'voter_list', VOTING_DAY, rules).rule).toBe(
      'voter_list',
    );
    // After voting day too (appeals about the count, for example).
    expect(complaintDeadline('2027-03-20', 'voting_procedure', VOTING_DAY, rules)).toEqual({
      rule: 'standard',
      days: 5,
      dueDate: '2027-03-25',
    });
  });

  it('follows rules set for the election instead of the defaults', () => {
    const set = { standardDays: 10, voterListDays: 2, sameDayDaysBefore: 0 };
    expect(complaintDeadline('2027-03-18', 'other', VOTING_DAY, set)).toEqual({
      rule: 'standard',
      days: 10,
      dueDate: '2027-03-28',
    });
    expect(complaintDeadline(VOTING_DAY, 'other', VOTING_DAY, set).rule).toBe('same_day');
    expect(complaintDeadline('2027-03-10', 'voter_list', VOTING_DAY, set).dueDate).toBe(
      '2027-03-12',
    );
  });
});
