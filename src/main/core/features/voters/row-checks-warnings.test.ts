import { describe, expect, it } from 'vitest';
import { type ListLookup, type CheckedRow } from './row-checks';
import { AHMETOV, checker, codes, iin, source } from '../../../../../tests/support/row-checks';
import { distinctWord } from '../../../../../tests/support/words';

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
          { ...AHMETOV, iin: value, last_name: `Ахмет${distinctWord(pair)}`, birth_date: birth },
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
