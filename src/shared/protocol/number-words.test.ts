import fc from 'fast-check';
import { expect, test } from 'vitest';
import { kazakhWords, MAX_IN_WORDS, russianWords } from './number-words';

test.each([
  [0, 'нөл'],
  [1, 'бір'],
  [10, 'он'],
  [11, 'он бір'],
  [40, 'қырық'],
  [99, 'тоқсан тоғыз'],
  [100, 'бір жүз'],
  [215, 'екі жүз он бес'],
  [1000, 'бір мың'],
  [1990, 'бір мың тоғыз жүз тоқсан'],
  [20_006, 'жиырма мың алты'],
  [345_678, 'үш жүз қырық бес мың алты жүз жетпіс сегіз'],
  [1_000_000, 'бір миллион'],
  [2_500_001, 'екі миллион бес жүз мың бір'],
  [10_000_000, 'он миллион'],
])('Kazakh: %i is "%s"', (n, words) => {
  expect(kazakhWords(n)).toBe(words);
});

test.each([
  [0, 'ноль'],
  [1, 'один'],
  [2, 'два'],
  [11, 'одиннадцать'],
  [14, 'четырнадцать'],
  [21, 'двадцать один'],
  [100, 'сто'],
  [342, 'триста сорок два'],
  [1000, 'одна тысяча'],
  [2000, 'две тысячи'],
  [5000, 'пять тысяч'],
  [11_000, 'одиннадцать тысяч'],
  [21_001, 'двадцать одна тысяча один'],
  [112_000, 'сто двенадцать тысяч'],
  [1_000_000, 'один миллион'],
  [3_000_000, 'три миллиона'],
  [2_002_002, 'два миллиона две тысячи два'],
  [10_000_000, 'десять миллионов'],
])('Russian: %i is "%s"', (n, words) => {
  expect(russianWords(n)).toBe(words);
});

test('outside 0 to 10 000 000, or not whole, is refused', () => {
  for (const bad of [-1, 10_000_001, 1.5, Number.NaN]) {
    expect(() => kazakhWords(bad)).toThrow(RangeError);
    expect(() => russianWords(bad)).toThrow(RangeError);
  }
});

test('different numbers read differently, with no doubled or empty words', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: MAX_IN_WORDS }),
      fc.integer({ min: 0, max: MAX_IN_WORDS }),
      (a, b) => {
        for (const words of [kazakhWords, russianWords]) {
          expect(words(a)).not.toMatch(/^\s|\s$|\s\s/);
          if (a !== b) expect(words(a)).not.toBe(words(b));
        }
      },
    ),
    { numRuns: 300 },
  );
});
