/**
 * The one clock every rule of the core reads. An offline laptop's clock can be wrong, so the
 * app shows it for the chair to confirm; in development and test runs PRECINCT_DESK_CLOCK (an
 * ISO instant) sets where the clock starts, and it then runs forward in real time.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** True when the time comes from PRECINCT_DESK_CLOCK rather than the system. */
  readonly overridden: boolean;
}

export const systemClock: Clock = { now: () => Date.now(), overridden: false };

/** A clock that starts at `startIso` and runs forward from the moment it is made. */
export function clockStartingAt(startIso: string, realNow: () => number = Date.now): Clock {
  const start = Date.parse(startIso);
  if (Number.isNaN(start)) throw new Error(`PRECINCT_DESK_CLOCK is not an ISO time: ${startIso}`);
  const origin = realNow();
  return { now: () => start + (realNow() - origin), overridden: true };
}

/**
 * The clock for a process: the override when one is given and allowed (never in a packaged
 * or production build), else the system clock.
 */
export function clockFromEnvironment(
  env: NodeJS.ProcessEnv,
  options: { allowOverride: boolean },
): Clock {
  const override = env.PRECINCT_DESK_CLOCK;
  if (override && options.allowOverride) return clockStartingAt(override);
  return systemClock;
}

/**
 * Whether this process may honour PRECINCT_DESK_CLOCK: development and test runs only. Never
 * in an installed app (`packaged`: Electron's app.isPackaged), whatever its environment says,
 * so nobody can start a commission laptop at another time than its own clock's.
 */
export function overrideAllowed(env: NodeJS.ProcessEnv, packaged: boolean): boolean {
  return !packaged && env.NODE_ENV !== 'production';
}
