import { DomainError } from '@shared/result';
import type { Db } from '../../kernel/db/database';
import {
  centralAccess,
  initCentralStore,
  unlockCentralStore,
  type OpenedCentral,
} from './central-access';
import type { CentralAccessState } from '@shared/supervisor/supervisor-contract';
import type { CentralAccount } from './central-door';
import { restoreKeyBackup } from './key-backup';

/**
 * The central store of the app's data folder: closed until an account's passphrase opens it
 * (the store key is kept only in memory while it is open), closed again by `lock`.
 */
export class SupervisorStore {
  private opened: OpenedCentral | null = null;

  constructor(
    readonly dataDir: string,
    /**
     * Runs with the central store's key each time the store opens: the folder's own small
     * store is sealed by it (kernel/at-rest/door-keeper.ts, `sealByCentralKey`).
     */
    private readonly onOpened: (centralKey: Buffer) => Promise<void> = () => Promise.resolve(),
  ) {}

  /** The open store, or null while it is locked (or not made). */
  get(): Db | null {
    return this.opened?.db ?? null;
  }

  /** Where the store stands, read from the door file (nothing opened). */
  access(): CentralAccessState {
    return this.opened ? 'open' : centralAccess(this.dataDir);
  }

  /** The account that opened the store. */
  account(): string | null {
    return this.opened?.account.name ?? null;
  }

  /** The account that opened the store, with its role (null while locked). */
  openedBy(): CentralAccount | null {
    return this.opened?.account ?? null;
  }

  /** Makes a new folder's store from a key backup (key-backup.ts) and opens it. */
  async restore(input: Parameters<typeof restoreKeyBackup>[1], now: number): Promise<Db> {
    if (this.opened) throw new DomainError('central_store_exists', 'The central store is open');
    this.opened = await restoreKeyBackup(this.dataDir, input, now);
    return this.opened.db;
  }

  /** Makes the administrator (or opens the door a crash left without keys) and opens it. */
  async create(name: string, passphrase: string, now: number): Promise<Db> {
    if (this.opened) throw new DomainError('central_key_exists', 'The central store is open');
    this.opened = await initCentralStore(this.dataDir, name, passphrase, now);
    await this.onOpened(this.opened.key);
    return this.opened.db;
  }

  /** Opens the locked store with an account's passphrase. */
  async unlock(name: string, passphrase: string, now: number): Promise<Db> {
    this.lock();
    this.opened = await unlockCentralStore(this.dataDir, name, passphrase, now);
    await this.onOpened(this.opened.key);
    return this.opened.db;
  }

  /** Closes the store and forgets its key. */
  lock(): void {
    this.opened?.db.close();
    this.opened?.key.fill(0);
    this.opened = null;
  }

  close(): void {
    this.lock();
  }
}
