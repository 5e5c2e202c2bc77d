import { DomainError } from '@shared/result';
import {
  centralCan,
  centralPermissionsOf,
  type CentralPermission,
  type CentralRole,
} from '@shared/supervisor/central-roles';
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
 * The UI locks on its own timer and reports input at most every 30 seconds; the core's lock is
 * the backstop, so it waits this much longer (as members' sessions do).
 */
export const CENTRAL_IDLE_GRACE_MS = 60_000;

/** The account logged in to the open store. */
export interface CentralSession {
  id: string;
  name: string;
  role: CentralRole;
  mustChange: boolean;
  lastActivity: number;
}

/**
 * The central store of the app's data folder: closed until an account's passphrase opens it
 * (the store key is kept only in memory while it is open), closed again by `lock`, or by the
 * core when the account has been idle past the auto-lock time.
 */
export class SupervisorStore {
  private opened: OpenedCentral | null = null;
  private session: CentralSession | null = null;

  constructor(
    readonly dataDir: string,
    /**
     * Runs with the central store's key each time the store opens: the folder's own small
     * store is sealed by it (kernel/at-rest/door-keeper.ts, `sealByCentralKey`).
     */
    private readonly onOpened: (centralKey: Buffer) => Promise<void> = () => Promise.resolve(),
    private readonly autoLockMinutes: () => number = () => 10,
  ) {}

  /** The open store, or null while it is locked (or not made). */
  get(): Db | null {
    return this.opened?.db ?? null;
  }

  /** The open store's key (for re-wrapping it for an account), or null. */
  key(): Buffer | null {
    return this.opened?.key ?? null;
  }

  /** Where the store stands, read from the door file (nothing opened). */
  access(): CentralAccessState {
    return this.opened ? 'open' : centralAccess(this.dataDir);
  }

  /** The account that opened the store. */
  account(): string | null {
    return this.session?.name ?? null;
  }

  /** The logged-in account, while the store is open. */
  current(): CentralSession | null {
    return this.session;
  }

  /** Minutes without input after which the store locks itself. */
  idleMinutes(): number {
    return this.autoLockMinutes();
  }

  /** What the logged-in account's role allows. */
  permissions(): CentralPermission[] {
    return this.session ? centralPermissionsOf(this.session.role) : [];
  }

  /** The account that opened the store, with its role (null while locked). */
  openedBy(): CentralAccount | null {
    return this.opened?.account ?? null;
  }

  /** Makes a new folder's store from a key backup (key-backup.ts) and opens it. */
  async restore(input: Parameters<typeof restoreKeyBackup>[1], now: number): Promise<Db> {
    if (this.opened) throw new DomainError('central_store_exists', 'The central store is open');
    const opened = await restoreKeyBackup(this.dataDir, input, now);
    this.open(opened, now);
    await this.onOpened(opened.key);
    return opened.db;
  }

  /** Makes the administrator (or opens the door a crash left without keys) and opens it. */
  async create(name: string, passphrase: string, now: number): Promise<OpenedCentral> {
    if (this.opened) throw new DomainError('central_key_exists', 'The central store is open');
    const opened = await initCentralStore(this.dataDir, name, passphrase, now);
    this.open(opened, now);
    await this.onOpened(opened.key);
    return opened;
  }

  /** Opens the locked store with an account's passphrase. */
  async unlock(name: string, passphrase: string, now: number): Promise<OpenedCentral> {
    this.lock();
    const opened = await unlockCentralStore(this.dataDir, name, passphrase, now);
    this.open(opened, now);
    await this.onOpened(opened.key);
    return opened;
  }

  private open(opened: OpenedCentral, now: number): void {
    this.opened = opened;
    this.session = sessionOf(opened.account, now);
  }

  /** The logged-in account's door entry changed (its role, its passphrase). */
  update(account: CentralAccount): void {
    if (this.session && this.session.id === account.id) {
      if (!account.active) {
        this.lock();
        return;
      }
      this.session = { ...this.session, role: account.role, mustChange: account.must_change };
    }
  }

  /** Closes the store and forgets its key. */
  lock(): void {
    this.opened?.db.close();
    this.opened?.key.fill(0);
    this.opened = null;
    this.session = null;
  }

  /** Locks the store when its account has been idle past the auto-lock time (unless `busy`). */
  expireIdle(now: number, busy: boolean): void {
    if (!this.session || busy) return;
    if (now - this.session.lastActivity > this.autoLockMinutes() * 60_000 + CENTRAL_IDLE_GRACE_MS) {
      this.lock();
    }
  }

  /**
   * The logged-in account for an operation: it must have chosen its own passphrase (unless
   * `initialOk`) and, when a permission is named, hold it (`not_permitted`). Counts as activity.
   */
  require(now: number, permission: CentralPermission | null, initialOk = false): CentralSession {
    const session = this.session;
    if (!session) throw new DomainError('central_locked', 'The central store is locked');
    if (session.mustChange && !initialOk) {
      throw new DomainError(
        'passphrase_change_required',
        'The account must replace its initial passphrase first',
      );
    }
    if (permission && !centralCan(session.role, permission)) {
      throw new DomainError('not_permitted', `The role ${session.role} may not do this`, {
        permission,
      });
    }
    session.lastActivity = now;
    return session;
  }

  close(): void {
    this.lock();
  }
}

function sessionOf(account: CentralAccount, now: number): CentralSession {
  return {
    id: account.id,
    name: account.name,
    role: account.role,
    mustChange: account.must_change,
    lastActivity: now,
  };
}
