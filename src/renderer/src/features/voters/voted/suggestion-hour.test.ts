import { describe, expect, it } from 'vitest';
import { suggestionHour } from './suggestion-hour';

const precinct = { votingDay: '2027-03-19', votingHours: { opens: '07:00', closes: '20:00' } };
const at = (localTime: string, localDate = '2027-03-19') =>
  suggestionHour({ localDate, localTime }, precinct);

describe('when the list of who has voted is suggested', () => {
  it('once an hour from the first full hour after opening until closing', () => {
    expect(at('07:00')).toBeNull();
    expect(at('07:59')).toBeNull();
    expect(at('08:00')).toEqual({ hour: '08:00', until: '09:00' });
    expect(at('12:30')).toEqual({ hour: '12:00', until: '13:00' });
    expect(at('19:59')).toEqual({ hour: '19:00', until: '20:00' });
    expect(at('20:00')).toBeNull();
    expect(at('06:59')).toBeNull();
  });

  it('only on voting day', () => {
    expect(at('12:30', '2027-03-18')).toBeNull();
    expect(at('12:30', '2027-03-20')).toBeNull();
  });

  it('follows the precinct’s own hours: a late opening, a closing within the hour', () => {
    const odd = { votingDay: '2027-03-19', votingHours: { opens: '08:30', closes: '19:45' } };
    const when = (localTime: string) => suggestionHour({ localDate: '2027-03-19', localTime }, odd);
    expect(when('08:45')).toBeNull();
    expect(when('09:00')).toEqual({ hour: '09:00', until: '10:00' });
    expect(when('19:10')).toEqual({ hour: '19:00', until: '19:45' });
    expect(when('19:45')).toBeNull();
  });
});
