/**
 * The one context every feature's handlers are built from: the kernel's parts, the services
 * more than one feature uses, and the guards every operation goes through.
 */
import type { Language } from '@shared/roles';
import { LANGUAGES } from '@shared/roles';
import type { HostServices } from './boundary/host-services';
import type { EventLog } from './events';
import {
  createEventLog,
  EVENT_REGISTRY,
  openStore,
  rebuildProjections,
  SCHEMA_VERSION,
  storeDevice,
} from './feature-list';
import type { Clock } from './kernel/clock';
import type { Db } from './kernel/db/database';
import type { EventRegistry } from './kernel/events/registry';
import { recordedFolderMode } from './kernel/folder-mode';
import type { DoorFile } from './kernel/at-rest/door-file';
import { DoorKeeper } from './kernel/at-rest/door-keeper';
import { prepareStoreFolder } from './kernel/at-rest/store-door';
import { DomainError } from '@shared/result';
import { localPrefs, type LocalPrefs } from './kernel/prefs';
import {
  applyDoorLockouts,
  AuthService,
  MembersService,
  SessionGuard,
  SessionKeeper,
} from './features/members';
import { PrecinctService } from './features/precinct';
import { settleFolderMode } from './features/supervisor';
import { FileHandles } from './features/files';
import { centralEncryptionKey, chairPinPending } from './features/sync';

/** Kazakh, the state language, until someone picks another. */
const DEFAULT_LANGUAGE: Language = 'kk';
/** How long files may be chosen and written without a login, right after setup or a recovery. */
const FILE_GRANT_MS = 15 * 60_000;

/** How a store is opened: its key, and its door as read before (kernel/at-rest). */
export interface StoreAccess {
  key: Buffer;
  door: DoorFile;
}

/** A folder's store opened as it stands: refused (`store_locked`) when it waits for a secret. */
export function storeAccessOf(dataDir: string): StoreAccess {
  const state = prepareStoreFolder(dataDir, SCHEMA_VERSION);
  if (state.kind === 'locked') {
    throw new DomainError('store_locked', 'The store is locked: a secret opens it');
  }
  return state;
}

export interface CoreContext {
  readonly dataDir: string;
  readonly db: Db;
  /** The store's door file: its wraps, names and lockouts (kernel/at-rest). */
  readonly door: DoorKeeper;
  /** Brings the door file in step with the store (after every operation). */
  syncDoor(): void;
  readonly log: EventLog;
  readonly clock: Clock;
  readonly host: HostServices;
  readonly deviceId: string;
  /** Every event type's declaration, from the features. */
  readonly registry: EventRegistry;
  readonly prefs: LocalPrefs;
  readonly precinct: PrecinctService;
  readonly members: MembersService;
  readonly auth: AuthService;
  readonly sessions: SessionGuard;
  /** The files members chose, behind the handles the renderer holds (features/files). */
  readonly fileHandles: FileHandles;
  /**
   * What this data folder is, as recorded once (kernel/folder-mode.ts): supervisor mode, or a
   * precinct's laptop (also while nothing has decided it: the first run's choice).
   */
  mode(): 'precinct' | 'supervisor';
  /** Set up and ready for logins (a precinct a package set up waits for its chair's PIN). */
  isSetUp(): boolean;
  /** The language of screens before login: the last one chosen on this laptop. */
  deviceLanguage(): Language;
  /** The language of whoever is at the laptop. */
  language(): Language;
  /** Who may choose and write files now (see `requireFileAccess` below); throws otherwise. */
  requireFileAccess(use: 'read' | 'write'): void;
  /** Lets files be written for a while without a login (after setup, or a PIN recovery). */
  grantFileAccess(): void;
  /** Ends that grant (a member logged in). */
  endFileGrant(): void;
  /** Runs work that holds the write transaction across awaits alone; see app-core. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Waits for exclusive work to finish (every operation does, before it starts). */
  idle(): Promise<void>;
  /** The voter list changed outside the voter screens: caches over it start again. */
  listChanged(): void;
  onListChanged(listener: () => void): void;
  /** A sync file was exported (a backup follows it). */
  exported(): void;
  onExported(listener: () => void): void;
  /** Empties every read table and replays the log to refill them. */
  rebuildProjections(): number;
  /** Work to do when the core closes. */
  onClose(close: () => void): void;
  /**
   * Asks for this store to be closed and the store restored beside it (kernel/at-rest/
   * store-swap.ts) to be opened in its place with `key`, once the asking operation has answered.
   */
  replaceStore(key: Buffer): void;
  /** The key of the replacement asked for, if any; taken once. */
  takeReplacement(): Buffer | null;
  close(): void;
}

export function createContext(options: {
  dataDir: string;
  clock: Clock;
  host: HostServices;
  /** The store's key and door; by default the folder's store as it stands, unless locked. */
  access?: StoreAccess;
  /** scrypt's cost (log2 N) for new wraps; the production cost by default. */
  wrapCost?: number;
}): CoreContext {
  const { dataDir, clock, host } = options;
  const access = options.access ?? storeAccessOf(dataDir);
  const db = openStore(dataDir, access.key);
  const door = new DoorKeeper(dataDir, db, access.key, access.door, options.wrapCost);
  const device = storeDevice(db, clock);
  settleFolderMode(db, dataDir, new Date(clock.now()).toISOString());
  const log = createEventLog(db, device.deviceId, clock);
  const prefs = localPrefs(db);
  const precinct = new PrecinctService(db, log, clock);
  const members = new MembersService(db, log, clock, door);
  const keeper = new SessionKeeper(clock, () => precinct.settings().autoLockMinutes);
  const auth = new AuthService(
    db,
    log,
    clock,
    members,
    keeper,
    () => precinct.get()?.precinctNumber ?? null,
    door,
  );
  // Wrong PINs the door counted while the store was shut join the store's counts.
  applyDoorLockouts(db, log, access.door.lockouts, door.takePendingLockouts());

  const asLanguage = (value: string | undefined): Language | undefined =>
    LANGUAGES.find((l) => l === value);
  const deviceLanguage = (): Language =>
    asLanguage(prefs.get('device.language')) ?? DEFAULT_LANGUAGE;
  const sessions = new SessionGuard(keeper, auth, members, (memberId) => ({
    language: asLanguage(prefs.get(`member.${memberId}.language`)) ?? deviceLanguage(),
    autoLockMinutes: precinct.settings().autoLockMinutes,
  }));

  let fileGrantUntil = 0;
  let exclusiveWork: Promise<unknown> | null = null;
  const listeners: (() => void)[] = [];
  const exportListeners: (() => void)[] = [];
  const closers: (() => void)[] = [];
  let replacement: Buffer | null = null;
  const supervisorMode = () => recordedFolderMode(db) === 'supervisor';

  const syncDoor = () => {
    const recorded = recordedFolderMode(db);
    door.update({
      mode: recorded === 'supervisor' ? 'supervisor' : precinct.isSetUp() ? 'precinct' : 'new',
      precinct: (precinct.get() as unknown as Record<string, unknown> | null) ?? null,
      deviceLanguage: prefs.get('device.language') ?? null,
      ...members.doorFacts(),
      centralKey: centralEncryptionKey(db),
    });
  };
  // A language chosen on the login screen while the store was shut stands in the door.
  const doorLanguage = access.door.device_language;
  if (doorLanguage && prefs.get('device.language') !== doorLanguage) {
    prefs.set('device.language', doorLanguage);
  }
  syncDoor();

  const ctx: CoreContext = {
    dataDir,
    db,
    door,
    syncDoor,
    log,
    clock,
    host,
    deviceId: device.deviceId,
    registry: EVENT_REGISTRY,
    prefs,
    precinct,
    members,
    auth,
    sessions,
    // Handles belong to the session that chose them (null under the grant after setup).
    fileHandles: new FileHandles(clock, () => sessions.current()),
    mode: () => (supervisorMode() ? 'supervisor' : 'precinct'),
    isSetUp: () => precinct.isSetUp() && !chairPinPending(db),
    deviceLanguage,
    language() {
      const session = sessions.current();
      return session ? sessions.info(session).language : deviceLanguage();
    },
    /**
     * Files may be chosen and written by a logged-in member, under the grant, or in supervisor
     * mode (which has no member login: its folder's files are the supervisor's to choose) —
     * only a folder recorded as supervisor mode's that holds no precinct, so a precinct's
     * folder always needs its login. Before anyone can log in (first run, or a package loaded
     * and no chair PIN yet) the package file is chosen with the same pickers: choosing and
     * listing only, no writing.
     */
    requireFileAccess(use) {
      if (supervisorMode() && !precinct.isSetUp()) return;
      const session = sessions.current();
      if (session && !session.mustChangePin) return;
      if (clock.now() < fileGrantUntil) return;
      if (use === 'read' && (!precinct.isSetUp() || chairPinPending(db))) return;
      sessions.require();
    },
    grantFileAccess() {
      fileGrantUntil = clock.now() + FILE_GRANT_MS;
    },
    endFileGrant() {
      fileGrantUntil = 0;
    },
    // Work that holds the write transaction across awaits (a list import) runs alone: every
    // other operation waits for it, so nothing else can slip into its transaction.
    async exclusive(work) {
      while (exclusiveWork) await exclusiveWork.catch(() => undefined);
      const running = work();
      exclusiveWork = running;
      try {
        return await running;
      } finally {
        exclusiveWork = null;
      }
    },
    async idle() {
      while (exclusiveWork) await exclusiveWork.catch(() => undefined);
    },
    listChanged() {
      for (const listener of listeners) listener();
    },
    onListChanged(listener) {
      listeners.push(listener);
    },
    exported() {
      for (const listener of exportListeners) listener();
    },
    onExported(listener) {
      exportListeners.push(listener);
    },
    rebuildProjections: () => rebuildProjections(db),
    onClose(close) {
      closers.push(close);
    },
    replaceStore(key) {
      replacement = key;
    },
    takeReplacement() {
      const taken = replacement;
      replacement = null;
      return taken;
    },
    close() {
      for (const close of closers) close();
      // The door names what the store holds now (work done outside the app's operations too).
      if (db.open) {
        try {
          syncDoor();
        } catch {
          // A store closed mid-failure keeps the door as it was; the next opening updates it.
        }
      }
      db.close();
    },
  };
  return ctx;
}
