/**
 * A supervisor folder before its central store is open: the folder's own small store is
 * sealed by the central store's key (kernel/at-rest/door-keeper.ts, `sealByCentralKey`), so
 * nothing of it is opened until a supervisor's passphrase opened the central store's door.
 * The supervisor screens' operations before that are answered here from the two door files;
 * unlocking opens the central door, the small store with the key it seals, then the full app
 * takes the operation over (and opens the central store itself).
 */
import type { ApiHandlers } from '@shared/api';
import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import { DomainError } from '@shared/result';
import { centralAccess } from './features/supervisor/central-access';
import { unlockDoor } from './features/supervisor/central-door';
import type { Clock } from './kernel/clock';
import type { DoorFile } from './kernel/at-rest/door-file';
import { supervisorStoreKey } from './kernel/at-rest/door-keeper';

type AccountInput = { account: string; passphrase: string };

/** The supervisor operations a sealed supervisor folder answers (see above). */
export function supervisorGateHandlers(options: {
  dataDir: string;
  clock: Clock;
  door: () => DoorFile;
  unlock(key: Buffer): ApiHandlers;
}): Pick<ApiHandlers, 'getSupervisorState' | 'unlockCentralStore' | 'initCentralStore'> {
  const { dataDir, clock } = options;
  const locked = (): SupervisorState => ({
    initialized: false,
    access: options.door().mode === 'supervisor' ? centralAccess(dataDir) : 'new',
    account: null,
    accountId: null,
    role: null,
    permissions: [],
    mustChangePassphrase: false,
    autoLockMinutes: 10,
    fingerprint: null,
    precincts: 0,
    devices: 0,
    openAlarms: 0,
    heldFiles: 0,
  });
  /** The full app, its small store opened with the key the central store's key unseals. */
  const open = async ({ account, passphrase }: AccountInput): Promise<ApiHandlers> => {
    const door = options.door();
    if (door.mode !== 'supervisor' || door.supervisor_wrap === null) {
      throw new DomainError('store_locked', 'The store is locked: a secret opens it');
    }
    // A wrong passphrase or a lockout is refused and counted by the central door itself.
    const { key: centralKey } = await unlockDoor(dataDir, account, passphrase, clock.now());
    try {
      const key = supervisorStoreKey(door, centralKey);
      if (!key) {
        throw new DomainError('door_mismatch', 'The store is not the one the door file seals');
      }
      return options.unlock(key);
    } finally {
      centralKey.fill(0);
    }
  };
  return {
    getSupervisorState: () => Promise.resolve(locked()),
    unlockCentralStore: async (input) => (await open(input)).unlockCentralStore(input),
    // A door a crash left without central keys: `initCentralStore` opens it and makes them.
    initCentralStore: async (input) => (await open(input)).initCentralStore(input),
  };
}
