import type { ApiHandlers } from '../../shared/api';
import type { HostServices } from './boundary/host-services';
import { createContext } from './context';
import { featureHandlers } from './feature-list';
import type { Clock } from './kernel/clock';
import type { Db } from './kernel/db/database';

export interface AppCore {
  handlers: ApiHandlers;
  db: Db;
  deviceId: string;
  close(): void;
}

/**
 * Opens a data folder and builds the API handlers every host serves: the whole app, with
 * the host's dialogs and PDF rendering plugged in. It only composes: the one context, every
 * feature's handlers over it, and the guard every operation passes first.
 */
export function createAppCore(options: {
  dataDir: string;
  clock: Clock;
  host: HostServices;
}): AppCore {
  const ctx = createContext(options);
  const handlers: ApiHandlers = featureHandlers(ctx);

  // Every operation waits for exclusive work (a list import) to finish, then ends a session
  // that has idled out (the core's half of auto-lock), before it runs.
  const guarded = Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      async (input: unknown) => {
        await ctx.idle();
        ctx.sessions.expireIdle();
        return (handler as (i: unknown) => unknown)(input);
      },
    ]),
  ) as ApiHandlers;

  return {
    handlers: guarded,
    db: ctx.db,
    deviceId: ctx.deviceId,
    close: () => ctx.close(),
  };
}
