import { describe, expect, it } from 'vitest';
import { FLAG, parseOptions, peekOptions, UsageError, VALUE } from './args';

const TABLE = { 'data-dir': VALUE, json: FLAG, help: { ...FLAG, short: 'h' } };

const refusal = (argv: string[]) => {
  try {
    parseOptions(argv, TABLE);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was not refused`);
};

describe('parseOptions', () => {
  it('takes options before, between and after the words, in both value forms', () => {
    const args = parseOptions(['--json', 'audit', '--data-dir', 'D', 'verify'], TABLE);
    expect(args.words).toEqual(['audit', 'verify']);
    expect(Object.fromEntries(args.options)).toEqual({ json: true, 'data-dir': 'D' });
    expect(parseOptions(['--data-dir=a=b'], TABLE).options.get('data-dir')).toBe('a=b');
    expect(parseOptions(['-h'], TABLE).options.get('help')).toBe(true);
  });

  it('refuses an option the table lacks, long or short, with or without a value', () => {
    expect(refusal(['x', '--dta-dir', 'D'])).toBe('unknown option --dta-dir');
    expect(refusal(['--dta-dir=D'])).toBe('unknown option --dta-dir');
    expect(refusal(['-x'])).toBe('unknown option -x');
  });

  it('refuses a value option without its value, and a value given to a flag', () => {
    expect(refusal(['--data-dir'])).toBe('--data-dir needs a value');
    expect(refusal(['--data-dir', '--json'])).toBe('--data-dir needs a value');
    expect(refusal(['--json=yes'])).toBe('--json takes no value');
  });
});

describe('peekOptions', () => {
  it('finds the words without refusing anything, taking values of the options it knows', () => {
    const args = peekOptions(['--data-dir', 'D', 'sync', '--bogus', 'import', '-h'], TABLE);
    expect(args.words).toEqual(['sync', 'import']);
    expect(args.options.get('help')).toBe(true);
  });
});
