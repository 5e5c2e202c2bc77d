/**
 * Supervisor mode (spread into `contract` in ../api.ts): the central commission's side of
 * sync, in a data folder of its own (its store is `central.db`; see supervisor-folder.ts).
 * Every operation but the store's state and its door needs a logged-in account whose role
 * allows it (central-operations.ts); an alarm decided or a device revoked is kept with the
 * account's name, and recorded in the supervisor log.
 */
import { z } from 'zod';
import { fileHandleSchema } from '../files/files-contract';
import { op } from '../operation';
import { TEXT_LIMITS } from '../text-limits';
import type { CentralPermission, CentralRole } from './central-roles';
import { IMPORT_STATUSES, type ImportStatus, type RejectCode } from './import-outcomes';

const empty = z.object({}).strict();
const id = z.string().min(1).max(100);
const trimmed = (max: number) => z.string().trim().min(1).max(max);

export { IMPORT_STATUSES, REJECT_CODES } from './import-outcomes';
export type { ImportStatus, RejectCode } from './import-outcomes';

export const CENTRAL_CSV_REPORTS = [
  'turnout',
  'requests',
  'infolog',
  'conflicts',
  'results',
] as const;
export type CentralCsvReport = (typeof CENTRAL_CSV_REPORTS)[number];

/** The largest dropped file the main process keeps (bytes). */
export const STAGED_FILE_MAX_BYTES = 32 * 1024 * 1024;

export const ALARM_KINDS = [
  'fork',
  'double_ballot',
  'two_lists',
  'unauthorized_event',
  /** Two devices certified by one slot of a precinct: both are held until it is decided. */
  'slot_reused',
  /** Ballots from a device the chair's list sections never name (a precinct of several laptops). */
  'unattested_device',
  /** Two certified devices, with two keys, show one device id: the later one's files are held. */
  'device_id_claimed',
  /** A precinct's protocol fails a control relation with no written explanation. */
  'protocol_unexplained',
  /** A precinct's protocol fails a control relation, each failure explained: to be reviewed. */
  'protocol_explained',
  /** A protocol's ballots issued at the station differ from the ballot events the precinct sent. */
  'protocol_events_mismatch',
  /** A precinct signed more than one version of its protocol. */
  'protocol_versions',
  /** A precinct silent after the close: voting hours over, the grace period passed, no protocol. */
  'protocol_missing',
] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

// ---- result shapes -------------------------------------------------------------------------

/**
 * Where the central store stands: `new` (no administrator yet), `previous` (a plain store of
 * an earlier version, encrypted when its administrator is made), `locked` (the passphrase is
 * needed), `open` (unlocked by `account`).
 */
export const CENTRAL_ACCESS_STATES = ['new', 'previous', 'locked', 'open'] as const;
export type CentralAccessState = (typeof CENTRAL_ACCESS_STATES)[number];

/** What making the administrator or unlocking takes: the account's name and passphrase. */
const accountInput = z
  .object({
    account: trimmed(TEXT_LIMITS.name),
    passphrase: z.string().min(1).max(1024),
  })
  .strict();

export interface SupervisorState {
  /** False until the central key is made and the store is open. */
  initialized: boolean;
  access: CentralAccessState;
  /** The account that unlocked the store, while it is open. */
  account: string | null;
  /** That account's id, role and what its role allows, while the store is open. */
  accountId: string | null;
  role: CentralRole | null;
  permissions: CentralPermission[];
  /** The account logged in with an initial passphrase: it chooses its own before anything else. */
  mustChangePassphrase: boolean;
  /** Minutes without input after which the store locks itself. */
  autoLockMinutes: number;
  /** The central signing key's fingerprint, 64 hex digits (shown grouped). */
  fingerprint: string | null;
  precincts: number;
  devices: number;
  openAlarms: number;
  heldFiles: number;
}

export interface ImportFileResult {
  file: string;
  status: ImportStatus;
  code: RejectCode | null;
  device: string | null;
  precinctId: string | null;
  firstSeq: number | null;
  lastSeq: number | null;
  newEvents: number;
  /** A held file waits for these seqs of its device. */
  waitingFor: { from: number; to: number } | null;
  /** The first event that was not allowed, for a file refused as `unauthorized_event`. */
  refusedEvent?: { seq: number; type: string };
}

export interface ImportRun {
  runId: string;
  /** Files found (folders are walked). */
  total: number;
  done: number;
  accepted: number;
  alreadyImported: number;
  held: number;
  rejected: number;
  newEvents: number;
  finished: boolean;
  /** Results so far, in the order the files were read. */
  files: ImportFileResult[];
  /**
   * Files found in a chosen folder that are not sync files (`.pdsync`): left out, not read, and
   * listed here so the screen says what was left.
   */
  leftOut: string[];
}

export interface PrecinctSummary {
  precinctId: string;
  number: number;
  name: string;
  region: string;
  district: string;
  /** Newest accepted sync file of any of its devices (ISO), null when silent. */
  lastSyncAt: string | null;
  devices: number;
  voters: number;
  ballots: number;
  requests: number;
  logEntries: number;
  listCorrections: number;
  openAlarms: number;
}

export interface TurnoutCell {
  precinctId: string;
  region: string;
  /** Precinct-local hour of voting day, 0–23: ballots issued before its end. */
  hour: number;
  ballots: number;
}

export interface RegionTurnoutCell {
  region: string;
  /** Precinct-local hour of voting day, 0–23: ballots issued before its end. */
  hour: number;
  ballots: number;
}

/**
 * The overview, per region: the precincts themselves are read a page at a time
 * (`listPrecincts`, precinct-list-contract.ts).
 */
export interface Dashboard {
  precinctsKnown: number;
  reporting: number;
  silent: number;
  regions: string[];
  /** Voters on the lists of each region's precincts (in the region asked for, or all). */
  regionVoters: { region: string; voters: number }[];
  /** Cumulative ballots by precinct-local hour, per region. */
  turnout: RegionTurnoutCell[];
  requests: { kind: string; status: string; count: number }[];
  infolog: { kind: string; count: number }[];
  conflicts: Alarm[];
}

export interface DeviceView {
  deviceId: string;
  precinctId: string;
  /** The device slot whose certificate it showed. */
  slot: number | null;
  enrolledAt: string;
  lastSyncAt: string | null;
  headSeq: number;
  revokedAt: string | null;
  revokedBy: string | null;
  revokedReason: string | null;
  /**
   * The laptop this one was restored from (its backup's device and that device's last event in
   * it), as the laptop's own `backup.restored` says; null for a laptop set up from a package.
   */
  restoredFrom: { deviceId: string; lastSeq: number } | null;
}

export interface Alarm {
  alarmId: string;
  kind: AlarmKind;
  raisedAt: string;
  /** fork: the device; double_ballot / two_lists: a masked IIN (never a whole one). */
  subject: string;
  precinctIds: string[];
  details: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decision: string | null;
}

/** One device slot of a precinct: which devices showed its certificate (more than one: an alarm). */
export interface SlotView {
  slot: number;
  label: string | null;
  deviceIds: string[];
}

export interface PrecinctDetail {
  summary: PrecinctSummary;
  devices: DeviceView[];
  slots: SlotView[];
  turnout: TurnoutCell[];
  requests: { kind: string; status: string; count: number }[];
  infolog: { kind: string; count: number }[];
  imports: ImportFileResult[];
  alarms: Alarm[];
}

export interface PackageCreated {
  path: string;
  packageId: string;
  precinctId: string;
  revision: number;
  voterRows: number;
  /** The file's SHA-256, for the handover act. */
  sha256: string;
  /** The central key's fingerprint (64 hex digits), for the handover act. */
  centralFingerprint: string;
  /** What the election's and the precinct's names are, for the handover act. */
  electionName: string;
  precinctNumber: number;
  precinctName: string;
  /**
   * The code the package is sealed with: answered once, kept nowhere. It goes on the
   * handover act, which travels apart from the package.
   */
  handoverCode: string;
}

/**
 * A package's spec and list checked before the save dialog is offered: the list's rows, the
 * rows holding an error and the errors in all (one row may hold several), as `voters check`
 * counts them. A spec that cannot be used is refused (`spec_invalid`) instead.
 */
export interface PackageInputsCheck {
  rows: number;
  errorRows: number;
  errors: number;
  warnings: number;
}

// ---- the operations ------------------------------------------------------------------------

export const supervisorOperations = {
  getSupervisorState: op<SupervisorState>()(empty),
  /**
   * First run only: this data folder becomes the central commission's, for good; its
   * administrator is made next (`initCentralStore`).
   */
  startSupervisorMode: op<SupervisorState>()(empty),
  /**
   * Makes the administrator (a passphrase of 12+ characters wraps the store's key) and the
   * central key, and opens the store; a plain store of an earlier version is encrypted in place.
   */
  initCentralStore: op<SupervisorState>()(accountInput),
  /** Opens the locked store with an account's passphrase (`wrong_passphrase` counts). */
  unlockCentralStore: op<SupervisorState>()(accountInput),
  /** Closes the store: nothing of it can be read until a passphrase opens it again. */
  lockCentralStore: op<SupervisorState>()(empty),
  /**
   * Starts importing files and whole folders, by read and folder handles (the main process
   * lists a folder itself); `getImportProgress` reports as it goes.
   */
  importSyncFiles: op<ImportRun>()(
    z.object({ handles: z.array(fileHandleSchema).min(1).max(10_000) }),
  ),
  getImportProgress: op<ImportRun>()(z.object({ runId: id })),
  /** Earlier imports, newest first. */
  listImports: op<{ total: number; files: (ImportFileResult & { importedAt: string })[] }>()(
    z.object({
      status: z.enum(IMPORT_STATUSES).optional(),
      limit: z.number().int().min(1).max(1000),
      offset: z.number().int().min(0),
    }),
  ),
  getDashboard: op<Dashboard>()(z.object({ region: z.string().max(200).optional() })),
  getPrecinctDetail: op<PrecinctDetail>()(z.object({ precinctId: id })),
  listAlarms: op<Alarm[]>()(z.object({ openOnly: z.boolean() })),
  decideAlarm: op<Alarm>()(
    z.object({
      alarmId: id,
      decision: trimmed(TEXT_LIMITS.reason),
      /**
       * For an event not allowed: accept its file with that event kept void (in the chain,
       * shown, never counted), so the laptop's later files go in; the file is imported again.
       */
      voidEvent: z.boolean().optional(),
    }),
  ),
  listDevices: op<DeviceView[]>()(z.object({ precinctId: id.optional() })),
  revokeDevice: op<DeviceView>()(
    z.object({
      deviceId: id,
      reason: trimmed(TEXT_LIMITS.reason),
    }),
  ),
  /**
   * Checks a package's spec and voter list before asking where to save it: the same reading
   * and checks as `createPackage`, nothing written. The handles are read handles, usable again
   * by `createPackage` within their lifetime.
   */
  checkPackageInputs: op<PackageInputsCheck>()(
    /** `specHandle`: a `.json`; `votersHandle`: a `.csv`, `.txt` or `.xlsx`, as for createPackage. */
    z.object({ specHandle: fileHandleSchema, votersHandle: fileHandleSchema }),
  ),
  /** Makes a precinct's package from a spec (docs/precinct-spec.md) and its voter list. */
  createPackage: op<PackageCreated>()(
    /**
     * `specHandle`: a `.json` and `votersHandle`: a `.csv`, `.txt` or `.xlsx`, both chosen with
     * showOpenDialog or bindOpenFile; `outHandle`: a `.pdpkg` chosen with chooseSaveFile or
     * bindSaveFile.
     */
    z.object({
      specHandle: fileHandleSchema,
      votersHandle: fileHandleSchema,
      outHandle: fileHandleSchema,
    }),
  ),
  /** Writes one of the consolidated figures as CSV (semicolons, UTF-8 with BOM). */
  saveCentralCsv: op<{ path: string; bytes: number }>()(
    /** `handle`: a `.csv` chosen with chooseSaveFile or bindSaveFile. */
    z.object({ report: z.enum(CENTRAL_CSV_REPORTS), handle: fileHandleSchema }),
  ),
};

/**
 * Kept apart from `supervisorOperations` (whose handlers are the central store's): the host-side
 * staging of dropped files, handled in src/main/core/features/supervisor/staging.ts.
 */
export const stagingOperations = {
  /**
   * Keeps the bytes of a file dropped on the import area in the data folder and answers a
   * read handle for it (every host: the page never names a path), with the name to show.
   */
  stageDroppedFile: op<{ handle: string; name: string }>()(
    z.object({
      name: z.string().min(1).max(255),
      base64: z
        .string()
        .min(1)
        .max(Math.ceil(STAGED_FILE_MAX_BYTES / 3) * 4),
    }),
  ),
};
