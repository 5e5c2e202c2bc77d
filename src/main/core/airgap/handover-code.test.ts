import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_BITS, newHandoverCode, parseHandoverCode } from './handover-code';

describe('handover code', () => {
  it('has at least 100 random bits in five checked groups', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(100);
    const codes = new Set(Array.from({ length: 200 }, () => newHandoverCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
      expect(parseHandoverCode(code)).toEqual({
        secret: code
          .split('-')
          .map((g) => g.slice(0, 4))
          .join(''),
      });
    }
  });

  it('catches every single wrong character, naming its group', () => {
    const code = newHandoverCode();
    const chars = [...code];
    chars.forEach((char, at) => {
      if (char === '-') return;
      for (const other of CODE_ALPHABET) {
        if (other === char) continue;
        const typed = [...chars];
        typed[at] = other;
        expect(parseHandoverCode(typed.join(''))).toEqual({
          problem: 'handover_code_typo',
          group: Math.floor(at / 6) + 1,
        });
      }
    });
  });

  it('catches groups typed in the wrong order', () => {
    const groups = newHandoverCode().split('-');
    const swapped = [groups[1], groups[0], ...groups.slice(2)].join('-');
    expect(parseHandoverCode(swapped)).toMatchObject({ problem: 'handover_code_typo' });
  });

  it('forgives case, spacing, look-alike letters and a Cyrillic layout', () => {
    const code = newHandoverCode();
    const { secret } = parseHandoverCode(code) as { secret: string };
    const cyrillic = code.replace(/A/g, 'а').replace(/0/g, 'О').replace(/1/g, 'l');
    expect(parseHandoverCode(` ${cyrillic.toLowerCase().replace(/-/g, '  ')} `)).toEqual({
      secret,
    });
  });

  it('calls anything else malformed', () => {
    for (const typed of ['', 'ABCD', `${newHandoverCode()}-X`, 'UUUUU-UUUUU-UUUUU-UUUUU-UUUUU']) {
      expect(parseHandoverCode(typed)).toEqual({ problem: 'handover_code_malformed' });
    }
  });
});
