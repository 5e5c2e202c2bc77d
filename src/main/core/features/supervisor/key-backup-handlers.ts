import type { ApiHandlers } from '@shared/api';
import type { keyBackupOperations } from '@shared/supervisor/key-backup-contract';
import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { readRegularFile } from '../../airgap/container';
import { checkTarget, type FileHandles } from '../files';
import { readCentralKeys } from './central-keys';
import { checkNewPassphrase } from './central-door';
import {
  makeKeyBackup,
  readKeyBackup,
  requireAdministrator,
  requireNoCentralStore,
} from './key-backup';
import { KEY_BACKUP_EXTENSION, MAX_KEY_BACKUP_BYTES } from './key-backup-file';
import type { SupervisorStore } from './store-handle';

/**
 * The key backup's operations: the administrator's "Key backup" screen, and a new supervisor
 * folder's first run made from a backup ("Restore from a key backup").
 */
export function keyBackupHandlers(options: {
  store: SupervisorStore;
  clock: Clock;
  isSupervisorFolder: () => boolean;
  fileHandles: Pick<FileHandles, 'take'>;
  /** The state the screens read once the store is open (supervisor-handlers.ts). */
  state: () => SupervisorState;
}): Pick<ApiHandlers, keyof typeof keyBackupOperations> {
  const { store, clock } = options;

  function requireSupervisorFolder(): void {
    if (!options.isSupervisorFolder()) {
      throw new DomainError('precinct_folder', 'This data folder belongs to a precinct');
    }
  }

  /** The open store whose central keys exist, opened by an administrator. */
  function administered(): Db {
    requireSupervisorFolder();
    const db = store.get();
    if (!db && store.access() === 'locked') {
      throw new DomainError('central_locked', 'The central store is locked');
    }
    if (!db || !readCentralKeys(db)) {
      throw new DomainError('central_not_initialized', 'Supervisor mode is not started here');
    }
    requireAdministrator(store.openedBy());
    return db;
  }

  return {
    makeKeyBackup: async ({ outHandle, passphrase }) => {
      const db = administered();
      const { path, replace } = options.fileHandles.take(outHandle, 'write', [
        KEY_BACKUP_EXTENSION,
      ]);
      await checkTarget(path, replace, [KEY_BACKUP_EXTENSION]);
      const by = store.openedBy();
      if (!by) throw new DomainError('central_locked', 'The central store is locked');
      return makeKeyBackup(db, path, passphrase, new Date(clock.now()).toISOString(), {
        id: by.id,
        name: by.name,
      });
    },
    restoreKeyBackup: async ({ inHandle, backupPassphrase, account, passphrase }) => {
      requireSupervisorFolder();
      const { path } = options.fileHandles.take(inHandle, 'read', [KEY_BACKUP_EXTENSION]);
      // A folder holding a store is refused before the file is read.
      if (store.access() !== 'new') {
        throw new DomainError('central_store_exists', 'This folder holds a central store already');
      }
      requireNoCentralStore(store.dataDir);
      const bytes = readRegularFile(path, MAX_KEY_BACKUP_BYTES);
      if (bytes === 'too_large') {
        throw new DomainError('key_backup_too_large', 'The file is larger than any key backup');
      }
      if (bytes === 'malformed') {
        throw new DomainError('not_a_key_backup', 'The file is not a key backup');
      }
      checkNewPassphrase(passphrase);
      const registry = await readKeyBackup(bytes, backupPassphrase);
      await store.restore({ registry, account, passphrase }, clock.now());
      return options.state();
    },
  };
}
