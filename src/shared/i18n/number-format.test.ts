import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './number-format';

const nbsp = '\u00a0';

describe('numbers in the reader’s language', () => {
  it('groups Kazakh and Russian thousands with a space and writes a decimal comma', () => {
    expect(formatNumber(2003, 'kk')).toBe(`2${nbsp}003`);
    expect(formatNumber(2003, 'ru')).toBe(`2${nbsp}003`);
    expect(formatNumber(1234567.25, 'kk', 2)).toBe(`1${nbsp}234${nbsp}567,25`);
    expect(formatNumber(2003, 'en')).toBe('2,003');
    expect(formatNumber(0, 'kk')).toBe('0');
  });

  it('writes percentages as each language does', () => {
    expect(formatPercent(0.2, 'kk')).toBe('0,2%');
    expect(formatPercent(12.5, 'ru')).toBe(`12,5${nbsp}%`);
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(40, 'kk')).toBe('40%');
    expect(formatPercent(33.333, 'ru', 2)).toBe(`33,33${nbsp}%`);
  });

  it('writes nothing for a value that is not a number', () => {
    expect(formatNumber(Number.NaN, 'ru')).toBe('');
    expect(formatPercent(Number.POSITIVE_INFINITY, 'kk')).toBe('');
  });
});
