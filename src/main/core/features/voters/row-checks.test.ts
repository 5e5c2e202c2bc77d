import { describe, expect, it } from 'vitest';
import { RowChecker, type ListLookup } from './row-checks';
import {
  AHMETOV,
  checker,
  codes,
  iin,
  source,
  withCheckDigit,
} from '../../../../../tests/support/row-checks';

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
