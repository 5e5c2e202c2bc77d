import { OPERATION_NAMES, type ApiHandlers } from '@shared/api';
import { OPERATION_DATA } from '@shared/operation-data';
import { DomainError } from '@shared/result';
import type { HostServices } from './boundary/host-services';
import { createContext, type CoreContext } from './context';
import { featureHandlers, SCHEMA_VERSION } from './feature-list';
import type { Clock } from './kernel/clock';
import type { Db } from './kernel/db/database';
import { WrongStoreKeyError } from './kernel/db/store-key';
import { readDoor } from './kernel/at-rest/door-file';
import { prepareStoreFolder } from './kernel/at-rest/store-door';
import { finishStoreSwap, swapInStore } from './kernel/at-rest/store-swap';
import { lockedHandlers } from './store-gate';

export interface AppCore {
  handlers: ApiHandlers;
  /** The open store (throws `store_locked` while it waits for a secret). */
  readonly db: Db;
  readonly deviceId: string;
  /** The store is open (a secret opened it, or none seals it yet). */
  readonly unlocked: boolean;
  close(): void;
}

/** Operations a closed precinct still answers: they change nothing but the session. */
function changesOnlySession(name: keyof ApiHandlers): boolean {
  return OPERATION_DATA[name].changes.every((topic) => topic === 'session');
}

/**
 * Opens a data folder and builds the API handlers every host serves: the whole app, with
 * the host's dialogs and PDF rendering plugged in. It only composes: the one context, every
 * feature's handlers over it, and the guard every operation passes first. A store sealed by
 * its members' secrets stays shut until one of them logs in (store-gate.ts).
 */
export function createAppCore(options: {
  dataDir: string;
  clock: Clock;
  host: HostServices;
  /** scrypt's cost for new wraps (kernel/at-rest/key-wrap.ts); the production cost by default. */
  wrapCost?: number;
}): AppCore {
  let ctx: CoreContext | null = null;
  let full: ApiHandlers | null = null;

  const open = (key: Buffer): ApiHandlers => {
    if (full) return full;
    const door = readDoor(options.dataDir);
    if (!door) throw new DomainError('door_missing', 'The store’s door file is missing');
    const opened = createContext({ ...options, access: { key, door } });
    const handlers: ApiHandlers = featureHandlers(opened);
    // Every operation waits for exclusive work (a list import) to finish, then ends a session
    // that has idled out (the core's half of auto-lock), before it runs; a closed precinct
    // answers only what changes nothing; the door file follows the store after each.
    full = Object.fromEntries(
      Object.entries(handlers).map(([name, handler]) => [
        name,
        async (input: unknown) => {
          await opened.idle();
          opened.sessions.expireIdle();
          if (opened.door.closed && !changesOnlySession(name as keyof ApiHandlers)) {
            throw new DomainError('precinct_closed', 'The precinct is closed: review only');
          }
          let replaced = false;
          try {
            const value = await (handler as (i: unknown) => unknown)(input);
            // A first run restored from a backup: the restored store takes the empty one's place.
            const replacement = opened.takeReplacement();
            if (replacement) {
              replaced = true;
              replaceStore(opened, replacement);
            }
            return value;
          } finally {
            if (!replaced) opened.syncDoor();
          }
        },
      ]),
    ) as ApiHandlers;
    ctx = opened;
    return full;
  };

  const replaceStore = (current: CoreContext, key: Buffer): void => {
    current.close();
    full = null;
    ctx = null;
    swapInStore(options.dataDir);
    open(key);
  };

  finishStoreSwap(options.dataDir);
  const state = prepareStoreFolder(options.dataDir, SCHEMA_VERSION);
  if (state.kind === 'open') {
    try {
      open(state.key);
    } catch (error) {
      // A seal the store took before its door dropped the old key: its secrets (or, in a
      // supervisor folder, the central store's key) open it.
      const sealing = state.door.sealing ?? state.door.supervisor_wrap;
      if (!(error instanceof WrongStoreKeyError && sealing)) throw error;
    }
  }
  const locked = lockedHandlers({ ...options, unlock: open });
  const handlers = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      (input: unknown) => {
        if (full) return (full[name] as (i: unknown) => unknown)(input);
        const handler = locked[name];
        if (!handler) throw new DomainError('store_locked', 'Log in first: the store is locked');
        return (handler as (i: unknown) => unknown)(input);
      },
    ]),
  ) as ApiHandlers;

  const opened = (): CoreContext => {
    if (!ctx) throw new DomainError('store_locked', 'The store is locked');
    return ctx;
  };
  return {
    handlers,
    get db() {
      return opened().db;
    },
    get deviceId() {
      return opened().deviceId;
    },
    get unlocked() {
      return ctx !== null;
    },
    close: () => ctx?.close(),
  };
}
