import { describe, expect, it } from 'vitest';
import { clockFromEnvironment, overrideAllowed, systemClock } from './clock';

const START = { PRECINCT_DESK_CLOCK: '2027-03-19T06:59:00Z' };

describe('the clock override', () => {
  it('is honoured in development and test runs', () => {
    expect(overrideAllowed({}, false)).toBe(true);
    expect(overrideAllowed({ NODE_ENV: 'test' }, false)).toBe(true);
    const clock = clockFromEnvironment(START, { allowOverride: overrideAllowed(START, false) });
    expect(clock.overridden).toBe(true);
    expect(Math.abs(clock.now() - Date.parse(START.PRECINCT_DESK_CLOCK))).toBeLessThan(60_000);
  });

  it('is impossible in an installed app, whatever its environment says', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }, START]) {
      expect(overrideAllowed(env, true)).toBe(false);
    }
    const env = { ...START, NODE_ENV: 'development' };
    expect(clockFromEnvironment(env, { allowOverride: overrideAllowed(env, true) })).toBe(
      systemClock,
    );
  });

  it('is refused in a production build run from the project folder', () => {
    expect(overrideAllowed({ NODE_ENV: 'production' }, false)).toBe(false);
  });
});
