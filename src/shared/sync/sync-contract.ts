/**
 * The precinct side of sync (spread into `contract` in ../api.ts): loading the central
 * commission's signed package, exporting this laptop's events to a sync file, and gathering
 * the files of the precinct's other laptops.
 */
import { z } from 'zod';
import type { ImportFileResult } from '../supervisor/supervisor-contract';
import { fileHandleSchema } from '../files/files-contract';
import { op } from '../operation';
import { PIN_PATTERN } from '../pin';
import type { Role } from '../roles';
import { TEXT_LIMITS } from '../text-limits';
import { MAX_SLOTS } from './package-content';

const empty = z.object({}).strict();

/** How a package meets this laptop: first run, a precinct set up by hand, or a newer revision. */
export type PackageLoadKind = 'first_run' | 'adopted' | 'update';

export interface PackagePreview {
  kind: PackageLoadKind;
  /** The central signing key's fingerprint, 64 hex digits (shown grouped, for the paper act). */
  centralFingerprint: string;
  packageId: string;
  revision: number;
  createdAt: string;
  /** What the signed header says: readable without the handover code. */
  election: { electionId: string; name: string };
  precinct: { precinctId: string; number: number; name: string };
  voterRows: number;
  /**
   * The precinct's device slots (in the signed header, readable without the code) ("laptop 2 of 3, sections М–Я"): `available` when the package
   * can still certify a laptop with it (the central store saw no laptop take it yet).
   */
  slots: { slot: number; label: string | null; available: boolean }[];
  /** The slot this laptop took at its first load, null before. */
  currentSlot: number | null;
  /** What the sealed body says, when the preview was given the handover code; else null. */
  contents: PackageContents | null;
}

export interface PackageContents {
  electionKind: 'election' | 'referendum';
  votingDay: string;
  region: string;
  district: string;
  address: string;
  timeZone: string;
  members: { memberId: string; fullName: string; role: Role }[];
}

/** A handover code as typed: its form is checked by the core (before any key stretching). */
const handoverCode = z.string().min(1).max(100);

export const LIST_CHANGES = [
  'added',
  'corrected',
  'removed',
  'kept_removed',
  'kept_added',
  'kept_correction',
  'kept_ballot',
] as const;
export type ListChange = (typeof LIST_CHANGES)[number];

/** One difference between the list here and a newer package's list. */
export interface ListDifference {
  change: ListChange;
  iin: string;
  name: string;
  field: string | null;
}

export interface ListDifferences {
  counts: Record<ListChange, number>;
  /** The first differences (at most 500), for the chair to read. */
  items: ListDifference[];
}

export interface PackageLoadResult {
  kind: PackageLoadKind;
  revision: number;
  votersImported: number;
  differences: ListDifferences;
  /** Members who may set the chair's PIN now (after a first-run load), else empty. */
  chairs: { memberId: string; fullName: string }[];
}

export interface PackageState {
  loaded: boolean;
  /** A package set the precinct up and the chair has no PIN yet. */
  pendingChairPin: boolean;
  electionId: string | null;
  precinctId: string | null;
  revision: number | null;
  centralFingerprint: string | null;
  chairs: { memberId: string; fullName: string }[];
}

export interface SyncExportRecord {
  exportId: string;
  exportedAt: string;
  memberName: string | null;
  fileName: string;
  path: string;
  sha256: string;
  firstSeq: number;
  lastSeq: number;
  counts: Record<string, number>;
  full: boolean;
}

export interface SyncAlarmView {
  alarmId: string;
  kind: 'fork' | 'double_ballot';
  raisedAt: string;
  /** fork: the device; double_ballot: a masked IIN (never a whole one). */
  subject: string;
  details: Record<string, string | number>;
  decidedAt: string | null;
  decidedBy: string | null;
  decision: string | null;
}

export interface PeerImportResult {
  files: ImportFileResult[];
  alarms: SyncAlarmView[];
}

export const syncOperations = {
  getPackageState: op<PackageState>()(empty),
  /** Reads and checks a package without loading it: what the chair compares and confirms. */
  previewPackage: op<PackagePreview>()(
    /**
     * `handle`: a `.pdpkg` chosen with showOpenDialog or bindOpenFile. Without `handoverCode`
     * only the signed header is read (`contents` is null).
     */
    z.object({ handle: fileHandleSchema, handoverCode: handoverCode.optional() }),
  ),
  loadPackage: op<PackageLoadResult>()(
    z.object({
      /** The handle the preview read (read handles serve again within their lifetime). */
      handle: fileHandleSchema,
      /** The code from the handover act: the package's body is sealed with it. */
      handoverCode,
      /** The fingerprint the preview showed: a file swapped since is refused. */
      centralFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      /** The device slot the chair chose for this laptop (first load; ignored for a newer one). */
      slot: z.number().int().min(1).max(MAX_SLOTS).optional(),
    }),
  ),
  /** After a first-run package load: the chair sets a PIN and receives the recovery code. */
  setPackageChairPin: op<{ recoveryCode: string }>()(
    z.object({
      memberId: z.string().min(1).max(100),
      pin: z.string().regex(PIN_PATTERN),
      clockConfirmed: z.literal(true),
      /** When the app starts on a package loaded before (its store sealed by the code). */
      handoverCode: z.string().max(64).optional(),
    }),
  ),
  exportSyncFile: op<SyncExportRecord & { eventCount: number }>()(
    /** `handle`: a `.pdsync` chosen with chooseSaveFile or bindSaveFile. */
    z.object({ handle: fileHandleSchema, full: z.boolean() }),
  ),
  listSyncExports: op<SyncExportRecord[]>()(empty),
  /** This laptop's events: all of them, and those not exported yet. */
  getSyncExportState: op<{ totalEvents: number; newEvents: number }>()(empty),
  /** `handles`: `.pdsync` files chosen with showOpenDialog or bindOpenFile. */
  importPeerFiles: op<PeerImportResult>()(
    z.object({ handles: z.array(fileHandleSchema).min(1).max(1000) }),
  ),
  listSyncAlarms: op<SyncAlarmView[]>()(empty),
  decideSyncAlarm: op<SyncAlarmView>()(
    z.object({
      alarmId: z.string().min(1).max(200),
      decision: z.string().trim().min(1).max(TEXT_LIMITS.reason),
    }),
  ),
};
