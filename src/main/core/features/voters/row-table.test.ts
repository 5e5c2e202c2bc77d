import { describe, expect, it } from 'vitest';
import { nameBirthHash, RowTable } from './row-table';

describe('RowTable', () => {
  it('finds every key again across its growths, with its row and value', () => {
    const table = new RowTable(true);
    const key = (i: number) => nameBirthHash(`Сатпаева ${i}`, '1985-01-01');
    for (let i = 0; i < 200_000; i++) expect(table.addIfAbsent(key(i), i + 2, i * 3)).toBeNull();
    for (let i = 0; i < 200_000; i += 997) {
      expect(table.addIfAbsent(key(i), 999_999, 1)).toEqual({ row: i + 2, value: i * 3 });
    }
  });

  it('keeps IINs (12 digits) apart and answers a repeat with the first row', () => {
    const table = new RowTable(false);
    const iin = (i: number) => 850_101_300_000 + i * 7919;
    for (let i = 0; i < 100_000; i++) expect(table.addIfAbsent(iin(i), i + 2)).toBeNull();
    expect(table.addIfAbsent(iin(54_321), 7)).toEqual({ row: 54_323, value: 0 });
    expect(table.addIfAbsent(iin(100_000), 7)).toBeNull();
  });
});
