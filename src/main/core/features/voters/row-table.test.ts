import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CSV_HEADER, sampleVoters, voterCsvLine } from '../../../bench/sample-voters';
import { checkListFile } from './list-check';
import { RowChecker } from './row-checks';
import { nameBirthHash, RESERVE_MAX_KEYS, RowTable } from './row-table';

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

describe('sizing the duplicate tables for the file', () => {
  it('reserves room once, keeps every key, and never reserves past a million-row list', () => {
    const table = new RowTable(true);
    table.reserve(300_000);
    const reserved = table.slots;
    expect(reserved).toBe(1 << 20);
    for (let i = 0; i < 300_000; i++) expect(table.addIfAbsent(i * 31 + 7, i + 2, i)).toBeNull();
    expect(table.slots).toBe(reserved);
    expect(table.addIfAbsent(12_345 * 31 + 7, 5)).toEqual({ row: 12_347, value: 12_345 });
    // An estimate made from a crafted file's first rows cannot take more.
    const capped = new RowTable(false);
    capped.reserve(50_000_000);
    expect(capped.slots).toBe(RESERVE_MAX_KEYS * 2);
  });

  it("estimates a text list's rows from its first MiBs", async () => {
    const rows = 60_000;
    const path = join(mkdtempSync(join(tmpdir(), 'row-sizing-')), 'list.csv');
    writeFileSync(path, [CSV_HEADER, ...[...sampleVoters(rows)].map(voterCsvLine)].join('\n'));
    const checker = new RowChecker({ votingDay: null, list: null });
    const estimates: number[] = [];
    const expectRows = checker.expectRows.bind(checker);
    checker.expectRows = (n) => {
      estimates.push(n);
      expectRows(n);
    };
    const outcome = await checkListFile({ path }, checker);
    expect(outcome.rows).toBe(rows);
    expect(estimates).toHaveLength(1);
    expect(estimates[0]).toBeGreaterThan(rows * 0.9);
    expect(estimates[0]).toBeLessThanOrEqual(rows * 1.02);
  });
});
