/**
 * Compact numeric tables for the row checks: a million rows of duplicate detection in tens of
 * MB instead of hundreds (see RowChecker).
 */

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A 52-bit hash of a folded name and a birth date: two 32-bit FNV-1a-style hashes finalised
 * with murmur3's mixer, 32 + 20 bits, so it is exact in a double and keys a numeric table.
 */
export function nameBirthHash(name: string, birthDate: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ 0xffff, 0x01000193); // a separator no name contains
  for (let i = 0; i < birthDate.length; i++) {
    const c = birthDate.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return mix32(h1) * 0x100000 + (mix32(h2) >>> 12);
}

/**
 * An open-addressing table from a whole number below 2^53 to a row number (and, if asked, one
 * more number): the keys in a Float64Array, the rows in a Uint32Array (row 0 marks a free slot;
 * data rows start at 2) and the values in a Float64Array beside them. A million IINs in a
 * Map<number, number> take ~45 MB and a Map to {row, iin} objects ~100 MB (numbers above 2^31
 * are boxed); at a million keys these take 24 MiB (key, row) and 40 MiB (key, row, value), and
 * nothing for the garbage collector to trace. While the table grows, the old arrays and the new
 * ones live side by side, so a smaller slot is also a lower peak.
 */
/** The most keys RowTable.reserve sizes a table for: 2^20 keys, 2^21 slots. */
export const RESERVE_MAX_KEYS = 1 << 20;

export class RowTable {
  private keys: Float64Array;
  private rows: Uint32Array;
  private values: Float64Array | null;
  private count = 0;

  constructor(withValue: boolean) {
    const slots = 1 << 16;
    this.keys = new Float64Array(slots);
    this.rows = new Uint32Array(slots);
    this.values = withValue ? new Float64Array(slots) : null;
  }

  /** How many keys the table has room for now. */
  get slots(): number {
    return this.keys.length;
  }

  /** Index of key's slot, or of the free slot where it would go. */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    const high = (key / 0x100000000) | 0;
    let slot = mix32((key >>> 0) ^ Math.imul(high, 0x27d4eb2d)) & mask;
    for (;;) {
      if (this.rows[slot] === 0 || this.keys[slot] === key) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Stores key → (row, value) unless the key is present. Returns the row already stored and
   * its value (0 without values), or null when the key was new.
   */
  addIfAbsent(key: number, row: number, value = 0): { row: number; value: number } | null {
    let at = this.find(key);
    const existing = this.rows[at] as number;
    if (existing !== 0)
      return { row: existing, value: this.values ? (this.values[at] as number) : 0 };
    if ((this.count + 1) * 2 > this.keys.length) {
      this.grow();
      at = this.find(key);
    }
    this.keys[at] = key;
    this.rows[at] = row;
    if (this.values) this.values[at] = value;
    this.count++;
    return null;
  }

  /**
   * Sizes the table for `count` keys now (at most RESERVE_MAX_KEYS: an estimate cannot make it
   * take more memory than a million-row list needs). Growing a large table holds its old arrays
   * beside the new ones, tens of MiB at a million rows; sized early, the old ones are small.
   */
  reserve(count: number): void {
    let slots = this.keys.length;
    while (Math.min(count, RESERVE_MAX_KEYS) * 2 > slots) slots *= 2;
    if (slots > this.keys.length) this.rehash(slots);
  }

  private grow(): void {
    this.rehash(this.keys.length * 2);
  }

  private rehash(slots: number): void {
    const { keys, rows, values } = this;
    this.keys = new Float64Array(slots);
    this.rows = new Uint32Array(slots);
    this.values = values ? new Float64Array(slots) : null;
    for (let at = 0; at < keys.length; at++) {
      if (rows[at] === 0) continue;
      const to = this.find(keys[at] as number);
      this.keys[to] = keys[at] as number;
      this.rows[to] = rows[at] as number;
      if (this.values && values) this.values[to] = values[at] as number;
    }
  }
}
