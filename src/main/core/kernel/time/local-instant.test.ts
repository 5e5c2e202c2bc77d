import { describe, expect, it } from 'vitest';
import { instantOfLocal, instantOfRuleTime } from './local-instant';
import { localDateTime } from './local-time';

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

describe('local wall time to instant', () => {
  it('reads a wall time in the precinct zone, whatever the computer’s zone', () => {
    expect(iso(instantOfLocal('2027-03-19', '07:00', 'Asia/Almaty'))).toBe(
      '2027-03-19T02:00:00.000Z',
    );
    expect(iso(instantOfLocal('2027-03-19', '00:30', 'Asia/Tokyo'))).toBe(
      '2027-03-18T15:30:00.000Z',
    );
    expect(iso(instantOfLocal('2027-03-19', '20:00', 'America/New_York'))).toBe(
      '2027-03-20T00:00:00.000Z',
    );
  });

  it('is the inverse of localDateTime', () => {
    for (const zone of ['Asia/Almaty', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
      const instant = instantOfLocal('2027-10-31', '12:45', zone) as number;
      expect(localDateTime(instant, zone)).toEqual({ date: '2027-10-31', time: '12:45' });
    }
  });

  it('has no instant for a time skipped when clocks go forward, the earlier of a repeated one', () => {
    // New York springs forward at 02:00 on 14 March 2027 and falls back at 02:00 on 7 November.
    expect(instantOfLocal('2027-03-14', '02:30', 'America/New_York')).toBeNull();
    expect(iso(instantOfLocal('2027-03-14', '03:00', 'America/New_York'))).toBe(
      '2027-03-14T07:00:00.000Z',
    );
    expect(iso(instantOfLocal('2027-11-07', '01:30', 'America/New_York'))).toBe(
      '2027-11-07T05:30:00.000Z',
    );
  });

  it('gives a rule time skipped by a clock change the instant just after the jump', () => {
    // 02:30 never happens in New York on 14 March 2027: read with the winter offset, 03:30 EDT.
    expect(iso(instantOfRuleTime('2027-03-14', '02:30', 'America/New_York'))).toBe(
      '2027-03-14T07:30:00.000Z',
    );
    expect(instantOfRuleTime('2027-03-19', '10:00', 'Asia/Almaty')).toBe(
      instantOfLocal('2027-03-19', '10:00', 'Asia/Almaty'),
    );
  });
});
