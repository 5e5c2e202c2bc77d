/**
 * Tolerant matching of folded name tokens (see fold.ts): a bounded edit distance and the kinds
 * of match a search ranks, exact before prefix before a letter or two off.
 */

/** Reused rows for editDistanceWithin (names are short; grown when needed). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * The optimal-string-alignment (restricted Damerau) distance between a and b when it is at most
 * `max`, else null. Only a band of width 2·max+1 around the diagonal is computed, and the
 * computation stops as soon as every cell of a row exceeds max.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (max < 0) return null;
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return null;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (rowA.length <= lb) {
    rowA = new Int32Array(lb + 1);
    rowB = new Int32Array(lb + 1);
    rowC = new Int32Array(lb + 1);
  }
  const big = max + 1;
  // prevPrev = row i-2, prev = row i-1, cur = row i; cells outside the band hold `big`.
  let prevPrev = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    cur[0] = i <= max ? i : big;
    if (from > 1) cur[from - 1] = big;
    const ca = a.charCodeAt(i - 1);
    let rowMin = cur[0] as number;
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      if (d > big) d = big;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < lb) cur[to + 1] = big;
    if (rowMin > max) return null;
    const spare = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = spare;
  }
  const distance = prev[lb] as number;
  return distance <= max ? distance : null;
}

/** Edits tolerated for a typed token of this length: 0 up to 3 letters, 1 up to 6, else 2. */
export function toleranceFor(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

export type TokenMatch = 'exact' | 'prefix' | 'fuzzy';

/**
 * How a typed token matches a listed one, both already folded: the same, a prefix of it, or
 * within toleranceFor(query length) edits of the whole token or (for 4+ letters typed, a
 * partly typed name with a typo) of its beginning.
 */
export function matchToken(query: string, candidate: string): TokenMatch | null {
  if (query === candidate) return 'exact';
  if (query.length === 0) return null;
  if (candidate.startsWith(query)) return 'prefix';
  const tolerance = toleranceFor(query.length);
  if (tolerance === 0) return null;
  if (editDistanceWithin(query, candidate, tolerance) !== null) return 'fuzzy';
  if (
    query.length >= 4 &&
    candidate.length > query.length &&
    editDistanceWithin(query, candidate.slice(0, query.length), tolerance) !== null
  ) {
    return 'fuzzy';
  }
  return null;
}
