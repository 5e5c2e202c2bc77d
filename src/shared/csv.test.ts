import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes what needs quoting and keeps spreadsheets from running formulas', () => {
    expect(csvCell('Сұрау')).toBe('Сұрау');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(toCsv(['No.', 'Kind'], [[1, 'Inquiry']])).toBe('No.;Kind\r\n1;Inquiry\r\n');
  });
});
