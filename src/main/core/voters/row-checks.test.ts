import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iinCheckDigit, makeIin } from '../../../shared/voters/iin';
import type { SourceRow, VoterColumn } from './list-file';
import {
  isUnderAge,
  normaliseBirthDate,
  RowChecker,
  type CheckedRow,
  type ListLookup,
  type RowIssueCode,
} from './row-checks';

const VOTING_DAY = '2026-03-15';

function iin(birthDate: string, sex: 'male' | 'female' = 'male', serial = 1): string {
  const made = makeIin(birthDate, sex, serial) ?? makeIin(birthDate, sex, serial + 1);
  if (made === null) throw new Error('no IIN');
  return made;
}

/** A 12-digit number with a valid check digit made from any 11 digits. */
function withCheckDigit(first11: string): string {
  const check = iinCheckDigit(first11);
  if (check === null) throw new Error(`never issued: ${first11}`);
  return first11 + String(check);
}

const AHMETOV = {
  iin: iin('1985-03-15'),
  last_name: 'Ахметов',
  first_name: 'Жанболат',
  patronymic: 'Серікұлы',
  birth_date: '15.03.1985',
  address: 'г. Алматы, ул. Абая, д. 12',
  precinct: '101',
};

let nextRow = 2;
function source(
  fields: Partial<Record<VoterColumn, string>>,
  cells: { cellCount?: number; headerCount?: number; row?: number } = {},
): SourceRow {
  return {
    row: cells.row ?? nextRow++,
    cellCount: cells.cellCount ?? 7,
    headerCount: cells.headerCount ?? 7,
    fields,
  };
}

function checker(
  options: { votingDay?: string | null; list?: ListLookup | null } = {},
): RowChecker {
  return new RowChecker({
    votingDay: options.votingDay === undefined ? VOTING_DAY : options.votingDay,
    list: options.list ?? null,
  });
}

const codes = (issues: CheckedRow['errors']): RowIssueCode[] => issues.map((i) => i.code);

describe('a valid row', () => {
  it('becomes a voter with folded keys', () => {
    const checked = checker().check(source(AHMETOV, { row: 5 }));
    expect(checked.errors).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.row).toBe(5);
    expect(checked.voter).toEqual({
      iin: AHMETOV.iin,
      lastName: 'Ахметов',
      firstName: 'Жанболат',
      patronymic: 'Серікұлы',
      birthDate: '1985-03-15',
      address: 'г. Алматы, ул. Абая, д. 12',
      precinct: 101,
      keys: {
        last: 'ахметов',
        first: 'жанболат',
        patronymic: 'серикули',
        name: 'ахметов жанболат серикули',
      },
    });
  });

  it('takes an absent patronymic and precinct as null, and reads "№ 12" as a precinct', () => {
    const check = checker();
    const bare = check.check(
      source({ ...AHMETOV, patronymic: '', precinct: undefined }, { cellCount: 7 }),
    );
    expect(bare.voter?.patronymic).toBeNull();
    expect(bare.voter?.precinct).toBeNull();
    expect(bare.voter?.keys.name).toBe('ахметов жанболат');
    const numbered = checker().check(source({ ...AHMETOV, precinct: '№ 12' }));
    expect(numbered.voter?.precinct).toBe(12);
    const text = checker().check(source({ ...AHMETOV, precinct: 'двенадцать' }));
    expect(text.voter?.precinct).toBeNull();
  });

  it('accepts ISO and D.M.YYYY birth dates', () => {
    for (const birth of ['1985-03-15', '15.03.1985', '15.3.1985']) {
      const checked = checker().check(source({ ...AHMETOV, birth_date: birth }));
      expect(checked.errors).toEqual([]);
      expect(checked.voter?.birthDate).toBe('1985-03-15');
    }
  });
});

describe('errors', () => {
  it('missing_field for each empty or absent required field', () => {
    const checked = checker().check(
      source({ iin: '', last_name: '', first_name: 'Жанболат' }, { cellCount: 3 }),
    );
    expect(checked.voter).toBeNull();
    expect(checked.errors.map((e) => [e.code, e.field])).toEqual([
      ['column_count', null],
      ['missing_field', 'iin'],
      ['missing_field', 'last_name'],
      ['missing_field', 'birth_date'],
      ['missing_field', 'address'],
    ]);
  });

  it('column_count when the row has another number of cells than the header', () => {
    const checked = checker().check(source(AHMETOV, { cellCount: 8, headerCount: 7 }));
    expect(checked.errors).toEqual([
      expect.objectContaining({
        code: 'column_count',
        field: null,
        details: { expected: 7, actual: 8 },
      }),
    ]);
    expect(checked.voter).toBeNull();
  });

  it('iin_format for anything but 12 digits (or 11 that lost a zero)', () => {
    for (const written of [
      '8503153000',
      '8503153000091',
      '85031530000A',
      '850315 300009',
      '８５０３１５３０００００９',
      '-85031530000',
    ]) {
      const checked = checker().check(source({ ...AHMETOV, iin: written }));
      expect(codes(checked.errors)).toEqual(['iin_format']);
    }
  });

  it('iin_format for scientific notation, saying that digits are lost', () => {
    for (const written of ['6,12E+10', '6.12E+10', '6,12116E+10', '8.50315E+11']) {
      const checked = checker().check(source({ ...AHMETOV, iin: written }));
      expect(codes(checked.errors)).toEqual(['iin_format']);
      expect(checked.errors[0]?.message).toMatch(/scientific notation/);
    }
  });

  it('iin_checksum for a wrong check digit and for numbers never issued', () => {
    const wrong = AHMETOV.iin.slice(0, 11) + String((Number(AHMETOV.iin[11]) + 1) % 10);
    expect(codes(checker().check(source({ ...AHMETOV, iin: wrong })).errors)).toEqual([
      'iin_checksum',
    ]);
    // 85031530260: both passes give 10.
    const never = checker().check(source({ ...AHMETOV, iin: '850315302605' }));
    expect(codes(never.errors)).toEqual(['iin_checksum']);
    expect(never.errors[0]?.message).toMatch(/never issued/);
  });

  it('birth_date_invalid for non-dates, dates before 1900 and dates after voting day', () => {
    for (const written of [
      '31.02.1985',
      '1985/03/15',
      '15.03.85',
      '15-03-1985',
      '1985-3-15',
      'вчера',
      '15.03.1985 г.',
      '01.01.1899',
      '16.03.2026',
    ]) {
      const checked = checker().check(source({ ...AHMETOV, birth_date: written }));
      expect(codes(checked.errors), written).toEqual(['birth_date_invalid']);
    }
  });

  it('iin_birth_date_mismatch when digits 1-7 spell another date or century', () => {
    const otherDay = checker().check(source({ ...AHMETOV, birth_date: '16.03.1985' }));
    expect(otherDay.errors).toEqual([
      expect.objectContaining({
        code: 'iin_birth_date_mismatch',
        field: 'iin',
        details: { iinBirthDate: '1985-03-15', birthDate: '1985-03-16' },
      }),
    ]);
    const otherCentury = checker().check(
      source({ ...AHMETOV, iin: iin('1885-03-15'), birth_date: '15.03.1985' }),
    );
    expect(codes(otherCentury.errors)).toEqual(['iin_birth_date_mismatch']);
  });

  it('iin_birth_date_mismatch when the IIN spells no date at all', () => {
    for (const first11 of ['85130130000', '85031500010', '85031570000']) {
      const checked = checker().check(source({ ...AHMETOV, iin: withCheckDigit(first11) }));
      expect(checked.errors).toEqual([
        expect.objectContaining({
          code: 'iin_birth_date_mismatch',
          details: { iinBirthDate: 'none', birthDate: '1985-03-15' },
        }),
      ]);
    }
  });

  it('under_age for a voter younger than 18 on voting day', () => {
    const young = { ...AHMETOV, iin: iin('2008-03-16'), birth_date: '16.03.2008' };
    expect(codes(checker().check(source(young)).errors)).toEqual(['under_age']);
    const justEighteen = { ...AHMETOV, iin: iin('2008-03-15'), birth_date: '15.03.2008' };
    expect(checker().check(source(justEighteen)).errors).toEqual([]);
  });

  it('duplicate_iin for every later occurrence in the file; the first stays valid', () => {
    const check = checker();
    const first = check.check(source(AHMETOV, { row: 2 }));
    const second = check.check(source({ ...AHMETOV, last_name: 'Ахмедов' }, { row: 9 }));
    const third = check.check(source(AHMETOV, { row: 12 }));
    expect(first.voter).not.toBeNull();
    expect(second.errors).toEqual([
      expect.objectContaining({
        code: 'duplicate_iin',
        field: 'iin',
        details: { iin: AHMETOV.iin, firstRow: 2 },
      }),
    ]);
    expect(third.errors[0]?.details).toEqual({ iin: AHMETOV.iin, firstRow: 2 });
  });

  it('duplicate_iin for an IIN the list already has', () => {
    const list: ListLookup = {
      hasIin: (value) => value === AHMETOV.iin,
      findByNameAndBirth: () => null,
    };
    const checked = checker({ list }).check(source(AHMETOV));
    expect(checked.errors).toEqual([
      expect.objectContaining({
        code: 'duplicate_iin',
        details: { iin: AHMETOV.iin, source: 'list' },
      }),
    ]);
    expect(checked.voter).toBeNull();
  });

  it('reports several errors of one row together', () => {
    const checked = checker().check(
      source(
        { ...AHMETOV, iin: '85031530000', address: '', birth_date: '16.03.1985' },
        { cellCount: 6 },
      ),
    );
    expect(codes(checked.errors)).toEqual(['column_count', 'missing_field', 'iin_format']);
    expect(checked.errors[1]?.field).toBe('address');
  });
});

describe('checks that depend on a bad field are skipped', () => {
  it('no checksum, mismatch or duplicate after a malformed IIN', () => {
    const check = checker();
    check.check(source({ ...AHMETOV, iin: '8503153000' }));
    const again = check.check(source({ ...AHMETOV, iin: '8503153000', birth_date: '01.01.1990' }));
    expect(codes(again.errors)).toEqual(['iin_format']);
  });

  it('no mismatch, duplicate or namesake after a wrong check digit', () => {
    const check = checker();
    check.check(source(AHMETOV));
    const wrong = AHMETOV.iin.slice(0, 11) + String((Number(AHMETOV.iin[11]) + 1) % 10);
    const checked = check.check(source({ ...AHMETOV, iin: wrong, birth_date: '16.03.1985' }));
    expect(codes(checked.errors)).toEqual(['iin_checksum']);
    expect(checked.warnings).toEqual([]);
  });

  it('no mismatch, under_age or namesake after a bad birth date', () => {
    const check = checker();
    check.check(source(AHMETOV));
    const young = { ...AHMETOV, iin: iin('2010-01-01'), birth_date: '31.02.2010' };
    const checked = check.check(source(young));
    expect(codes(checked.errors)).toEqual(['birth_date_invalid']);
    expect(checked.warnings).toEqual([]);
  });

  it('no under_age without a voting day, and says so', () => {
    const check = checker({ votingDay: null });
    const young = { ...AHMETOV, iin: iin('2015-01-01'), birth_date: '01.01.2015' };
    expect(check.check(source(young)).errors).toEqual([]);
    expect(check.skippedChecks).toEqual(['under_age']);
    expect(checker().skippedChecks).toEqual([]);
  });

  it('refuses a voting day that is not YYYY-MM-DD', () => {
    expect(() => new RowChecker({ votingDay: '15.03.2026', list: null })).toThrow();
    expect(() => new RowChecker({ votingDay: '2026-02-30', list: null })).toThrow();
  });
});

describe('warnings', () => {
  it('iin_leading_zero: 11 digits whose zero-prefixed form is valid are accepted', () => {
    const checked = checker().check(
      source({ ...AHMETOV, iin: '61211600012', birth_date: '11.12.2006' }),
    );
    expect(checked.errors).toEqual([]);
    expect(checked.voter?.iin).toBe('061211600012');
    expect(checked.warnings).toEqual([
      expect.objectContaining({
        code: 'iin_leading_zero',
        field: 'iin',
        details: { iin: '061211600012', written: '61211600012' },
      }),
    ]);
    const invalid = checker().check(source({ ...AHMETOV, iin: '61211600013' }));
    expect(codes(invalid.errors)).toEqual(['iin_format']);
  });

  it('possible_duplicate across scripts: Жанболат and Zhanbolat, one birth date, two IINs', () => {
    const check = checker();
    check.check(source(AHMETOV, { row: 2 }));
    const other = iin('1985-03-15', 'male', 77);
    const latin = check.check(
      source(
        {
          ...AHMETOV,
          iin: other,
          last_name: 'Akhmetov',
          first_name: 'Zhanbolat',
          patronymic: 'Serikuly',
        },
        { row: 3 },
      ),
    );
    expect(latin.errors).toEqual([]);
    expect(latin.voter).not.toBeNull();
    expect(latin.warnings).toEqual([
      expect.objectContaining({
        code: 'possible_duplicate',
        details: { firstRow: 2, iin: AHMETOV.iin },
      }),
    ]);
    // Another birth date, or the same IIN (a duplicate_iin instead): no warning.
    const otherBirth = check.check(
      source({ ...AHMETOV, iin: iin('1985-03-16', 'male', 5), birth_date: '16.03.1985' }),
    );
    expect(otherBirth.warnings).toEqual([]);
    const same = check.check(source(AHMETOV));
    expect(codes(same.errors)).toEqual(['duplicate_iin']);
    expect(same.warnings).toEqual([]);
  });

  it('possible_duplicate against a listed voter', () => {
    const listedIin = iin('1985-03-15', 'male', 99);
    const list: ListLookup = {
      hasIin: () => false,
      findByNameAndBirth: (name, birth) =>
        name === 'ахметов жанболат серикули' && birth === '1985-03-15' ? listedIin : null,
    };
    const checked = checker({ list }).check(source({ ...AHMETOV, first_name: 'Janbolat' }));
    expect(checked.warnings).toEqual([
      expect.objectContaining({
        code: 'possible_duplicate',
        details: { iin: listedIin, source: 'list' },
      }),
    ]);
    const self: ListLookup = { hasIin: () => false, findByNameAndBirth: () => AHMETOV.iin };
    expect(checker({ list: self }).check(source(AHMETOV)).warnings).toEqual([]);
  });

  it("lossy_encoding once for each name field holding '?'", () => {
    const checked = checker().check(
      source({ ...AHMETOV, last_name: 'Сейт?али', first_name: 'Жанболат', patronymic: 'Сер?к?лы' }),
    );
    expect(checked.errors).toEqual([]);
    expect(checked.warnings.map((w) => [w.code, w.field])).toEqual([
      ['lossy_encoding', 'last_name'],
      ['lossy_encoding', 'patronymic'],
    ]);
  });
});

describe('many rows', () => {
  /** A distinct Cyrillic word for each number (no д or ж: дж folds to ж). */
  const word = (n: number): string => {
    let out = '';
    do {
      out += 'абвгезклмнопрстуфхцч'[n % 20];
      n = Math.floor(n / 20);
    } while (n > 0);
    return out;
  };

  it('finds duplicates and namesakes among 70,000 rows', () => {
    const check = checker();
    const iins: string[] = [];
    const surprises: CheckedRow[] = [];
    for (let i = 0; i < 70_000; i++) {
      // Rows come in pairs: one name and birth date, two IINs.
      const pair = i >> 1;
      const birth = `${1940 + (pair % 60)}-${String(1 + (pair % 12)).padStart(2, '0')}-${String(1 + (pair % 28)).padStart(2, '0')}`;
      const value = iin(birth, 'female', Math.floor(pair / 420) * 4 + (i & 1) * 2);
      iins.push(value);
      const checked = check.check(
        source(
          { ...AHMETOV, iin: value, last_name: `Ахмет${word(pair)}`, birth_date: birth },
          { row: i + 2 },
        ),
      );
      const namesakeOf = checked.warnings.map((w) => w.details?.firstRow);
      if (checked.errors.length > 0 || `${namesakeOf}` !== (i & 1 ? `${i + 1}` : '')) {
        surprises.push(checked);
      }
    }
    expect(surprises).toEqual([]);
    // Every IIN is still found after the tables grew.
    const missed: number[] = [];
    for (let k = 0; k < iins.length; k += 997) {
      const again = check.check(source({ ...AHMETOV, iin: iins[k] ?? '' }, { row: 80_000 + k }));
      const duplicate = again.errors.find((e) => e.code === 'duplicate_iin');
      if (duplicate?.details?.firstRow !== k + 2) missed.push(k);
    }
    expect(missed).toEqual([]);
  });
});

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
