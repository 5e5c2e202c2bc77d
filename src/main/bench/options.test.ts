import { describe, expect, it } from 'vitest';
import { UsageError } from '../cli/args';
import { parseBenchOptions } from './options';

describe('parseBenchOptions', () => {
  it('gives the defaults, and reads each option in both value forms', () => {
    expect(parseBenchOptions([])).toEqual({
      json: false,
      voters: 1_000_000,
      listOnly: false,
      syncOnly: false,
      syncFiles: 1000,
      encryptedStore: false,
      bombs: false,
      packages: false,
    });
    expect(
      parseBenchOptions(['--sync-only', '--json', '--voters', '5000', '--sync-files=20']),
    ).toEqual({
      json: true,
      voters: 5000,
      listOnly: false,
      syncOnly: true,
      syncFiles: 20,
      encryptedStore: false,
      bombs: false,
      packages: false,
    });
    expect(parseBenchOptions(['--sync-only', '--encrypted-store'])).toMatchObject({
      encryptedStore: true,
    });
    expect(parseBenchOptions(['--bombs'])).toMatchObject({ bombs: true });
    expect(parseBenchOptions(['--list-only'])).toMatchObject({ listOnly: true });
    expect(parseBenchOptions(['--packages'])).toMatchObject({ packages: true });
  });

  it('refuses what it does not know instead of running the whole bench', () => {
    expect(() => parseBenchOptions(['--anything'])).toThrow(
      new UsageError('unknown option --anything'),
    );
    expect(() => parseBenchOptions(['--json', 'extra'])).toThrow(
      new UsageError('unexpected "extra"'),
    );
  });

  it('refuses a missing value and a count that is not a whole number', () => {
    expect(() => parseBenchOptions(['--voters'])).toThrow(new UsageError('--voters needs a value'));
    expect(() => parseBenchOptions(['--sync-files', '--json'])).toThrow(
      new UsageError('--sync-files needs a value'),
    );
    expect(() => parseBenchOptions(['--voters', '1.5'])).toThrow(
      new UsageError('--voters takes a whole number'),
    );
  });
});
