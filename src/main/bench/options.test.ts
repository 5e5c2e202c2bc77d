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
      national: false,
      scale: 1,
      seed: 1,
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
      national: false,
      scale: 1,
      seed: 1,
    });
    expect(parseBenchOptions(['--sync-only', '--encrypted-store'])).toMatchObject({
      encryptedStore: true,
    });
    expect(parseBenchOptions(['--bombs'])).toMatchObject({ bombs: true });
    expect(parseBenchOptions(['--list-only'])).toMatchObject({ listOnly: true });
    expect(parseBenchOptions(['--packages'])).toMatchObject({ packages: true });
    expect(parseBenchOptions(['--national', '--scale', '0.1', '--seed=7', '--json'])).toMatchObject(
      { national: true, scale: 0.1, seed: 7, json: true },
    );
    expect(parseBenchOptions(['--national', '--scale=1'])).toMatchObject({ scale: 1, seed: 1 });
  });

  it('takes a scale above 0 and at most 1, and --scale and --seed only with --national', () => {
    for (const scale of ['0', '1.5', '-0.1', 'a', '0.1x', '1e-1', '']) {
      expect(() => parseBenchOptions(['--national', `--scale=${scale}`])).toThrow(
        new UsageError('--scale takes a number above 0 and at most 1'),
      );
    }
    expect(() => parseBenchOptions(['--national', '--seed', '0'])).toThrow(
      new UsageError('--seed takes a whole number'),
    );
    expect(() => parseBenchOptions(['--scale', '0.1'])).toThrow(
      new UsageError('--scale and --seed go with --national'),
    );
    expect(() => parseBenchOptions(['--seed', '3'])).toThrow(
      new UsageError('--scale and --seed go with --national'),
    );
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
