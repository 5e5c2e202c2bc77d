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
 * more number), in one Float64Array: key, row and value side by side, one cache line a probe.
 * A million IINs in a Map<number, number> take ~45 MB and a Map to {row, iin} objects ~100 MB
 * (numbers above 2^31 are boxed); at a million keys these take 32 MiB (key, row) and 48 MiB
 * (key, row, value), and nothing for the garbage collector to trace.
 */
export class RowTable {
  private readonly stride: number;
  private slots: Float64Array; // row 0 marks a free slot (data rows start at 2)
  private count = 0;

  constructor(withValue: boolean) {
    this.stride = withValue ? 3 : 2;
    this.slots = new Float64Array(this.stride << 16);
  }

  /** Index of key's slot, or of the free slot where it would go. */
  private find(key: number): number {
    const mask = this.slots.length / this.stride - 1;
    const high = (key / 0x100000000) | 0;
    let slot = mix32((key >>> 0) ^ Math.imul(high, 0x27d4eb2d)) & mask;
    for (;;) {
      const at = slot * this.stride;
      if (this.slots[at + 1] === 0 || this.slots[at] === key) return at;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Stores key → (row, value) unless the key is present. Returns the row already stored and
   * its value (0 without values), or null when the key was new.
   */
  addIfAbsent(key: number, row: number, value = 0): { row: number; value: number } | null {
    let at = this.find(key);
    const existing = this.slots[at + 1] as number;
    if (existing !== 0) {
      return { row: existing, value: this.stride === 3 ? (this.slots[at + 2] as number) : 0 };
    }
    if ((this.count + 1) * 2 * this.stride > this.slots.length) {
      this.grow();
      at = this.find(key);
    }
    this.slots[at] = key;
    this.slots[at + 1] = row;
    if (this.stride === 3) this.slots[at + 2] = value;
    this.count++;
    return null;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (let at = 0; at < old.length; at += this.stride) {
      if (old[at + 1] === 0) continue;
      const to = this.find(old[at] as number);
      for (let k = 0; k < this.stride; k++) this.slots[to + k] = old[at + k] as number;
    }
  }
}
