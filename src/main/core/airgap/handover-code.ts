import { randomInt } from 'node:crypto';

/**
 * The handover code a package is sealed with (docs/sync-format.md, "The handover code"):
 * five groups of five characters of Crockford's base-32 alphabet, `7KQ2M-…`. In each group
 * the first four characters are random (20 in all: 100 bits) and the fifth is the group's
 * check character, so a mistyped character is found before any key stretching, and the
 * group it is in can be named.
 *
 * The check character of group g (0-based) with values v0..v3 is
 * (1·v0 + 3·v1 + 5·v2 + 7·v3 + g + 1) mod 32: the weights are odd, so any one wrong
 * character changes it, and the group's place is in it, so groups typed in the wrong order
 * are caught too.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_GROUPS = 5;
const DATA_PER_GROUP = 4;
const WEIGHTS = [1, 3, 5, 7] as const;
/** Random bits in a code. */
export const CODE_BITS = CODE_GROUPS * DATA_PER_GROUP * 5;

/**
 * What a person may type for a character: lower case, the letters Crockford reads as digits
 * (I and L as 1, O as 0), and the Cyrillic letters that look like Latin ones (a Kazakh or
 * Russian keyboard layout left on).
 */
const READ_AS: Record<string, string> = {
  I: '1',
  L: '1',
  O: '0',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: '0',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

export type CodeProblem =
  { problem: 'handover_code_malformed' } | { problem: 'handover_code_typo'; group: number };

function checkValue(values: readonly number[], group: number): number {
  let sum = group + 1;
  values.forEach((v, i) => (sum += (WEIGHTS[i] as number) * v));
  return sum % 32;
}

/** A fresh handover code, grouped for display: `XXXXC-XXXXC-XXXXC-XXXXC-XXXXC`. */
export function newHandoverCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < CODE_GROUPS; g++) {
    const values = Array.from({ length: DATA_PER_GROUP }, () => randomInt(32));
    groups.push([...values, checkValue(values, g)].map((v) => CODE_ALPHABET[v]).join(''));
  }
  return groups.join('-');
}

/**
 * Reads a typed code: spaces and hyphens anywhere, case and look-alike letters forgiven.
 * Answers the 20 random characters (what the key is stretched from), or what is wrong: not
 * 25 characters of the alphabet (`handover_code_malformed`), or a group whose check
 * character does not match (`handover_code_typo`, group numbered from 1).
 */
export function parseHandoverCode(typed: string): { secret: string } | CodeProblem {
  const chars = [...typed.toUpperCase().replace(/[\s\-‐-―]/g, '')].map((c) => READ_AS[c] ?? c);
  const size = CODE_GROUPS * (DATA_PER_GROUP + 1);
  if (chars.length !== size) return { problem: 'handover_code_malformed' };
  const values = chars.map((c) => CODE_ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { problem: 'handover_code_malformed' };
  let secret = '';
  for (let g = 0; g < CODE_GROUPS; g++) {
    const group = values.slice(g * (DATA_PER_GROUP + 1), (g + 1) * (DATA_PER_GROUP + 1));
    const data = group.slice(0, DATA_PER_GROUP);
    if (checkValue(data, g) !== group[DATA_PER_GROUP]) {
      return { problem: 'handover_code_typo', group: g + 1 };
    }
    secret += data.map((v) => CODE_ALPHABET[v]).join('');
  }
  return { secret };
}
