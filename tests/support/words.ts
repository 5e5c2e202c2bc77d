/**
 * A distinct Cyrillic word for each number, for tests that need many different names (no д or
 * ж among its letters: дж folds to ж, so two words would fold alike).
 */
export function distinctWord(n: number): string {
  let out = '';
  do {
    out += 'абвгезклмнопрстуфхцч'[n % 20];
    n = Math.floor(n / 20);
  } while (n > 0);
  return out;
}
