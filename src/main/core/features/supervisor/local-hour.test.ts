import { describe, expect, it } from 'vitest';
import { votingDayHour } from './local-hour';

describe('precinct-local hour of voting day', () => {
  it('in Almaty (UTC+5), at the day edges, and on another day', () => {
    expect(votingDayHour(Date.parse('2027-03-19T02:30:00Z'), 'Asia/Almaty', '2027-03-19')).toBe(7);
    expect(votingDayHour(Date.parse('2027-03-18T19:00:00Z'), 'Asia/Almaty', '2027-03-19')).toBe(0);
    expect(votingDayHour(Date.parse('2027-03-18T18:59:59Z'), 'Asia/Almaty', '2027-03-19')).toBe(-1);
    expect(votingDayHour(Date.parse('2027-03-19T19:00:00Z'), 'Asia/Almaty', '2027-03-19')).toBe(-1);
  });

  it('in a half-hour zone and across a clock change abroad', () => {
    expect(votingDayHour(Date.parse('2027-03-19T04:00:00Z'), 'Asia/Kolkata', '2027-03-19')).toBe(9);
    // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on 28 March 2027.
    expect(votingDayHour(Date.parse('2027-03-28T00:30:00Z'), 'Europe/Berlin', '2027-03-28')).toBe(
      1,
    );
    expect(votingDayHour(Date.parse('2027-03-28T01:30:00Z'), 'Europe/Berlin', '2027-03-28')).toBe(
      3,
    );
    expect(votingDayHour(Date.parse('2027-03-28T21:30:00Z'), 'Europe/Berlin', '2027-03-28')).toBe(
      23,
    );
  });
});
