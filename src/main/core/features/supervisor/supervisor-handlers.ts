import type { ApiHandlers } from '@shared/api';
import type {
  supervisorOperations,
  Alarm,
  DeviceView,
  ImportRun,
  SupervisorState,
} from '@shared/supervisor/supervisor-contract';
import type { resultsOperations } from '@shared/supervisor/results-contract';
import type { precinctListOperations } from '@shared/supervisor/precinct-list-contract';
import type { returnedLaptopOperations } from '@shared/supervisor/returned-laptop-contract';
import type { ChainCheck } from '../../kernel/feature';
import { importReturnedLaptop, openReturnedLaptop } from './returned-laptop';
import { precinctProtocols, results } from './results-views';
import { precinctPage } from './precinct-list';
import { devicePage } from './device-list';
import { raiseSilentPrecincts } from './protocol-checks';
import { DomainError } from '@shared/result';
import type { Clock } from '../../kernel/clock';
import type { Db } from '../../kernel/db/database';
import { writeDurably } from '../../kernel/durable-file';
import { ANY_ENDING, checkTarget, UTF8_BOM, type FileHandles } from '../files';
import { LIST_FILE_EXTENSIONS } from '../voters';
import { DEFAULT_MAX_FILE_BYTES } from '../../airgap/container';
import { PACKAGE_FILE_EXTENSION } from '../../airgap/file-endings';
import { centralCsv } from './supervisor-csv';
import { makeCentralKeys, readCentralKeys, requireCentralKeys } from './central-keys';
import type { SupervisorStore } from './store-handle';
import {
  alarm,
  dashboard,
  devices,
  listAlarms,
  listImports,
  precinctDetail,
} from './supervisor-views';
import type { ImportContext } from './import-file';
import { importInTurns, newRun, releaseSlotHold, syncFilesIn } from './import-run';
import { slotDevices } from './slots';
import { settleClaim } from './device-claims';
import { checkPackageInputs, createPackage } from './package-maker';
import { acceptVoid } from './device-authority';
import { durably } from './supervisor-db';
import type { CentralOperationName } from '@shared/supervisor/central-operations';
import type { keyBackupOperations } from '@shared/supervisor/key-backup-contract';
import { accountsHandlers } from './accounts-handlers';
import { guardCentral } from './central-guard';
import { recordImportRun, recordSupervisorAct, type ActingAccount } from './supervisor-log';

type CentralOperation =
  | keyof typeof supervisorOperations
  | keyof typeof resultsOperations
  | keyof typeof precinctListOperations
  | keyof typeof returnedLaptopOperations;

/** Finished runs are kept for their progress to be read; the oldest go first. */
const KEPT_RUNS = 20;

/** Where supervisor mode stands (nothing of the store read while it is locked). */
export function state(store: SupervisorStore | null): SupervisorState {
  const db = store?.get() ?? null;
  const keys = db ? readCentralKeys(db) : null;
  const access = store?.access() ?? 'new';
  const session = store?.current() ?? null;
  const who = {
    account: session?.name ?? null,
    accountId: session?.id ?? null,
    role: session?.role ?? null,
    permissions: session && !session.mustChange ? (store?.permissions() ?? []) : [],
    mustChangePassphrase: session?.mustChange ?? false,
    autoLockMinutes: store?.idleMinutes() ?? 10,
  };
  if (!db || !keys) {
    return {
      initialized: false,
      access,
      ...who,
      fingerprint: null,
      precincts: 0,
      devices: 0,
      openAlarms: 0,
      heldFiles: 0,
    };
  }
  const n = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
  return {
    initialized: true,
    access,
    ...who,
    fingerprint: keys.fingerprint,
    precincts: n('SELECT count(*) AS n FROM precincts'),
    devices: n('SELECT count(*) AS n FROM devices'),
    openAlarms: n('SELECT count(*) AS n FROM alarms WHERE decided_at IS NULL'),
    heldFiles: n('SELECT count(*) AS n FROM held_files'),
  };
}

/** Supervisor mode's operations, over the central store of src/main/core/features/supervisor. */
export function supervisorHandlers(options: {
  store: SupervisorStore;
  clock: Clock;
  /**
   * Records this folder as supervisor mode's, for good; refuses (`precinct_folder`) a folder
   * recorded as a precinct's or holding a set-up precinct.
   */
  claimSupervisorFolder: () => void;
  /** Whether this folder is recorded as supervisor mode's. */
  isSupervisorFolder: () => boolean;
  /**
   * The files chosen by handle (features/files): sync files, folders, specs and lists are read
   * through them, packages and CSVs written through one.
   */
  fileHandles: Pick<FileHandles, 'take' | 'resolveAll'>;
  /** The features' checks of a precinct's log, run on a returned laptop's (none by default). */
  chainChecks?: readonly ChainCheck[];
  /** The key backup's operations (key-backup-handlers.ts), guarded with the rest. */
  keyBackup: Pick<ApiHandlers, keyof typeof keyBackupOperations>;
}): Pick<ApiHandlers, CentralOperationName> {
  const { store, clock } = options;
  const runs = new Map<string, ImportRun>();
  const busy = () => [...runs.values()].some((run) => !run.finished);
  return guardCentral(
    {
      ...centralHandlers(options, runs),
      ...accountsHandlers({ store, clock }),
      ...options.keyBackup,
    },
    store,
    clock,
    busy,
  );
}

function centralHandlers(
  options: Parameters<typeof supervisorHandlers>[0],
  runs: Map<string, ImportRun>,
): Pick<ApiHandlers, CentralOperation> {
  const { store, clock } = options;
  const now = () => new Date(clock.now()).toISOString();

  /** A precinct's folder has no central store, whatever file lies there (`precinct_folder`). */
  function requireSupervisorFolder(): void {
    if (!options.isSupervisorFolder()) {
      throw new DomainError('precinct_folder', 'This data folder belongs to a precinct');
    }
  }

  const chainChecks = options.chainChecks ?? [];
  /** The folder behind a folder handle (never a path from the page). */
  function laptopFolder(handle: string): string {
    const [folder] = options.fileHandles.resolveAll([handle], {
      purposes: ['folder'],
      extensions: ANY_ENDING,
    });
    if (!folder) throw new DomainError('file_handle_invalid', 'No such folder handle');
    return folder.path;
  }

  function importContext(db: Db): ImportContext {
    return { db, keys: requireCentralKeys(db), maxBytes: DEFAULT_MAX_FILE_BYTES, now };
  }

  /** The logged-in account, for the acts it records. */
  function acting(): ActingAccount {
    const session = store.current();
    if (!session) throw new DomainError('central_locked', 'The central store is locked');
    return { id: session.id, name: session.name };
  }

  function central(): Db {
    requireSupervisorFolder();
    const db = store.get();
    if (!db && store.access() === 'locked') {
      throw new DomainError('central_locked', 'The central store is locked');
    }
    if (!db || !readCentralKeys(db)) {
      throw new DomainError('central_not_initialized', 'Supervisor mode is not started here');
    }
    return db;
  }

  /**
   * The paths behind a package's spec and list handles. Read handles stay usable within their
   * lifetime: the list checked when chosen is read again, through the same handles, when the
   * package is made (and checked again then: the file may have changed in between).
   */
  function packageInputs(specHandle: string, votersHandle: string) {
    return {
      specPath: options.fileHandles.take(specHandle, 'read', ['.json']).path,
      votersPath: options.fileHandles.take(votersHandle, 'read', LIST_FILE_EXTENSIONS).path,
    };
  }

  return {
    getSupervisorState: () => state(options.isSupervisorFolder() ? store : null),
    startSupervisorMode: () => {
      // Decided before the central store exists: a precinct set up meanwhile is refused.
      options.claimSupervisorFolder();
      return state(store);
    },
    initCentralStore: async ({ account, passphrase }) => {
      requireSupervisorFolder();
      if (store.access() === 'open') {
        throw new DomainError('central_key_exists', 'This folder already holds a central key');
      }
      const opened = await store.create(account, passphrase, clock.now());
      // A store of an earlier version keeps its keys; a new one (or a door a crash left
      // without keys) gets them now.
      const { db, converted } = opened;
      const record = ({ fingerprint }: { fingerprint: string }) =>
        recordSupervisorAct(
          db,
          acting(),
          { type: 'store.initialized', details: { fingerprint, encrypted_in_place: converted } },
          now(),
        );
      if (!readCentralKeys(db)) makeCentralKeys(db, now(), record);
      else if (converted) durably(db, () => record(requireCentralKeys(db)));
      return state(store);
    },
    unlockCentralStore: async ({ account, passphrase }) => {
      requireSupervisorFolder();
      const opened = await store.unlock(account, passphrase, clock.now());
      if (readCentralKeys(opened.db)) {
        const details = opened.cleared;
        durably(opened.db, () =>
          recordSupervisorAct(opened.db, acting(), { type: 'session.opened', details }, now()),
        );
      }
      return state(store);
    },
    lockCentralStore: () => {
      if ([...runs.values()].some((run) => !run.finished)) {
        throw new DomainError('central_busy', 'An import is running; lock when it has finished');
      }
      store.lock();
      return state(options.isSupervisorFolder() ? store : null);
    },
    importSyncFiles: ({ handles }) => {
      const db = central();
      // Any file: its kind is told by reading it (a folder's files likewise), reported per file.
      const chosen = options.fileHandles.resolveAll(handles, {
        purposes: ['read', 'folder'],
        extensions: ANY_ENDING,
      });
      const ctx = importContext(db);
      const { files, leftOut } = syncFilesIn(
        chosen.map((file) => ({ path: file.path, folder: file.purpose === 'folder' })),
      );
      const run = newRun(files.length, leftOut);
      runs.set(run.runId, run);
      for (const old of runs.keys()) if (runs.size > KEPT_RUNS) runs.delete(old);
      const by = acting();
      void importInTurns(ctx, run, files, () => recordImportRun(db, by, run, now()));
      return { ...run, files: [...run.files] };
    },
    getImportProgress: ({ runId }) => {
      const run = runs.get(runId);
      if (!run) throw new DomainError('import_run_not_found', `No import run ${runId}`);
      return { ...run, files: [...run.files] };
    },
    listImports: (query) => listImports(central(), query),
    getDashboard: ({ region }) => dashboard(central(), region),
    listPrecincts: (query) => precinctPage(central(), query),
    getPrecinctDetail: ({ precinctId }) => precinctDetail(central(), precinctId),
    getResults: (query) => {
      const db = central();
      // A precinct silent after the close is an alarm from the moment its grace period ends.
      db.transaction(() => raiseSilentPrecincts(db, now()))();
      return results(db, query);
    },
    getPrecinctProtocols: ({ precinctId }) => precinctProtocols(central(), precinctId),
    listAlarms: ({ openOnly }) => listAlarms(central(), openOnly),
    decideAlarm: (input) => decideAlarm(importContext(central()), input, now(), acting()),
    listDevices: ({ precinctId }) => devices(central(), precinctId),
    listDevicePage: (query) => devicePage(central(), query),
    revokeDevice: ({ deviceId, reason }) =>
      revokeDevice(central(), { deviceId, reason }, now(), acting()),
    checkPackageInputs: ({ specHandle, votersHandle }) => {
      central();
      return checkPackageInputs(packageInputs(specHandle, votersHandle));
    },
    createPackage: async ({ specHandle, votersHandle, outHandle }) => {
      const db = central();
      const { specPath, votersPath } = packageInputs(specHandle, votersHandle);
      // A precinct package is always a `.pdpkg`: the precinct's loader lists only those.
      const { path: outPath, replace } = options.fileHandles.take(outHandle, 'write', [
        PACKAGE_FILE_EXTENSION,
      ]);
      await checkTarget(outPath, replace, [PACKAGE_FILE_EXTENSION]);
      return createPackage(db, { specPath, votersPath, outPath }, now(), acting());
    },
    // A returned laptop's folder, by folder handle: read only (returned-laptop.ts).
    openReturnedLaptop: ({ handle }) => {
      const keys = requireCentralKeys(central());
      const laptop = openReturnedLaptop(laptopFolder(handle), keys, chainChecks);
      laptop.close();
      return laptop.summary;
    },
    importReturnedLaptop: ({ handle }) =>
      importReturnedLaptop(laptopFolder(handle), importContext(central()), chainChecks, clock),
    saveCentralCsv: async ({ report, handle }) => {
      const db = central();
      const { path, replace } = options.fileHandles.take(handle, 'write', ['.csv']);
      await checkTarget(path, replace, ['.csv']);
      const bytes = Buffer.from(UTF8_BOM + centralCsv(db, report), 'utf8');
      await writeDurably(path, bytes);
      return { path, bytes: bytes.byteLength };
    },
  };
}

/**
 * Records a supervisor’s decision on an alarm (the app’s decision dialog),
 * committed with synchronous = FULL: a decision is nowhere else. An event not allowed may be
 * accepted void; a slot used by two devices lets the files held for it go in (a device revoked
 * meanwhile has them refused); a device id claimed by a second key goes to the claimer when the
 * holder was revoked (the holder retired under another id), else the claimer's files are
 * dropped.
 */
export function decideAlarm(
  ctx: ImportContext,
  input: { alarmId: string; decision: string; voidEvent?: boolean | undefined },
  at: string,
  by: ActingAccount,
): Alarm {
  const { db } = ctx;
  const { alarmId, decision, voidEvent } = input;
  durably(db, () => {
    const decided = alarm(db, alarmId);
    if (decided.decidedAt !== null) {
      throw new DomainError('alarm_decided', 'A decision is already recorded');
    }
    db.prepare(
      'UPDATE alarms SET decided_at = ?, decided_by = ?, decision = ? WHERE alarm_id = ? AND decided_at IS NULL',
    ).run(at, by.name, decision, alarmId);
    if (voidEvent) acceptVoid(db, alarmId);
    const details = { alarm_id: alarmId, kind: decided.kind, decision, void_event: !!voidEvent };
    recordSupervisorAct(db, by, { type: 'alarm.decided', details }, at);
  });
  const decided = alarm(db, alarmId);
  if (decided.kind === 'slot_reused') releaseSlotHold(ctx, slotDevices(db, alarmId));
  if (decided.kind === 'device_id_claimed') {
    const freed = durably(db, () => settleClaim(db, alarmId));
    if (freed !== null) releaseSlotHold(ctx, [freed]);
  }
  return decided;
}

/**
 * Revokes a device (the app's "Revoke…" and `device revoke` on the command line): files
 * reaching beyond the head it has now are refused from here on. Checked and written in one
 * transaction committed with synchronous = FULL: a revocation is nowhere else.
 */
export function revokeDevice(
  db: Db,
  input: { deviceId: string; reason: string },
  at: string,
  by: ActingAccount,
): DeviceView {
  const { deviceId, reason } = input;
  return durably(db, () => {
    const device = devices(db).find((d) => d.deviceId === deviceId);
    if (!device) throw new DomainError('device_not_found', `No device ${deviceId}`);
    if (device.revokedAt) throw new DomainError('device_revoked', 'The device is already revoked');
    db.prepare(
      `UPDATE devices SET revoked_at = ?, revoked_by = ?, revoked_reason = ?, revoked_head_seq = head_seq
       WHERE device_id = ?`,
    ).run(at, by.name, reason, deviceId);
    const details = { device_id: deviceId, precinct_id: device.precinctId, reason };
    recordSupervisorAct(db, by, { type: 'device.revoked', details }, at);
    return devices(db).find((d) => d.deviceId === deviceId) as DeviceView;
  });
}
