import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnderAge, normaliseBirthDate } from './birth-dates';

describe('normaliseBirthDate and isUnderAge', () => {
  it('normalises the two accepted forms and refuses the rest', () => {
    expect(normaliseBirthDate('1985-03-15')).toBe('1985-03-15');
    expect(normaliseBirthDate(' 5.3.1985 ')).toBe('1985-03-05');
    expect(normaliseBirthDate('29.02.2000')).toBe('2000-02-29');
    for (const text of ['29.02.1900', '1985-02-30', '32.01.1985', '15.13.1985', '5.3.85', '']) {
      expect(normaliseBirthDate(text)).toBeNull();
    }
    expect(normaliseBirthDate('1985.03.15')).toBeNull();
    expect(normaliseBirthDate('015.03.1985')).toBeNull();
  });

  it('comes of age on the 18th birthday', () => {
    expect(isUnderAge('2008-03-15', '2026-03-14')).toBe(true);
    expect(isUnderAge('2008-03-15', '2026-03-15')).toBe(false);
  });

  it('someone born on 29 February comes of age on 1 March in a year without 29 February', () => {
    // 18 years after a leap year is never a leap year, so this is the only case there is.
    expect(isUnderAge('2008-02-29', '2026-02-28')).toBe(true);
    expect(isUnderAge('2008-02-29', '2026-03-01')).toBe(false);
    expect(isUnderAge('2004-02-29', '2022-02-28')).toBe(true);
    expect(isUnderAge('2000-02-29', '2018-03-01')).toBe(false);
    expect(isUnderAge('2006-02-28', '2024-02-28')).toBe(false);
    expect(isUnderAge('2012-02-29', '2030-02-28')).toBe(true);
    expect(isUnderAge('2012-02-29', '2030-03-01')).toBe(false);
  });

  it('agrees with counting birthdays, for any pair of dates', () => {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    /** The 18th birthday, moved to 1 March when 29 February does not exist that year. */
    const eighteenth = (birth: string) => {
      const year = Number(birth.slice(0, 4)) + 18;
      const monthDay = birth.slice(5) === '02-29' && !leap(year) ? '03-01' : birth.slice(5);
      return `${year}-${monthDay}`;
    };
    const day = (from: string, to: string) =>
      fc
        .date({
          min: new Date(`${from}T00:00:00Z`),
          max: new Date(`${to}T00:00:00Z`),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    const births = fc.oneof(
      day('1990-01-01', '2012-12-31'),
      fc.constantFrom('2000-02-29', '2004-02-29', '2008-02-29', '1996-02-29'),
    );
    const votingDays = fc.oneof(
      day('2010-01-01', '2030-12-31'),
      fc.constantFrom(
        '2018-02-28',
        '2018-03-01',
        '2022-02-28',
        '2022-03-01',
        '2026-02-28',
        '2026-03-01',
        '2024-02-29',
      ),
    );
    fc.assert(
      fc.property(births, votingDays, (birth, votingDay) => {
        return isUnderAge(birth, votingDay) === votingDay < eighteenth(birth);
      }),
      { numRuns: 5000 },
    );
  });
});
