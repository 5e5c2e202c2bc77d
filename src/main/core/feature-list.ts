/**
 * The one list that ties the features to the kernel: their tables, their event types and
 * their operations. Order matters twice: migration parts of one schema version run in this
 * order, and so do the projections of one event (its owner's first).
 */
import type { ChainReport } from '@shared/api';
import type { EventType } from '@shared/event-types';
import type { CoreContext } from './context';
import type { EventLog } from './events';
import type { Clock } from './kernel/clock';
import { ensureDeviceIdentity, type DeviceIdentity } from './kernel/device-identity';
import { accommodationsFeature } from './features/accommodations';
import { auditFeature } from './features/audit';
import { backupFeature } from './features/backup';
import { filesFeature } from './features/files';
import { infologFeature } from './features/infolog';
import { membersFeature } from './features/members';
import { precinctFeature } from './features/precinct';
import { protocolFeature } from './features/protocol';
import { supervisorFeature } from './features/supervisor';
import { syncFeature } from './features/sync';
import { votersFeature } from './features/voters';
import { openDatabase, type Db } from './kernel/db/database';
import { openKeyOf } from './kernel/at-rest/store-door';
import { latestVersion } from './kernel/db/migrations';
import { verifyChain as verifyKernelChain } from './kernel/events/chain-verify';
import {
  EventLog as KernelEventLog,
  rebuildProjections as rebuildKernelProjections,
} from './kernel/events/event-log';
import { buildRegistry } from './kernel/events/registry';
import type { FeatureDescriptor } from './kernel/feature';
import { kernelFeature } from './kernel/kernel-feature';

export const FEATURES = [
  kernelFeature,
  precinctFeature,
  membersFeature,
  filesFeature,
  auditFeature,
  votersFeature,
  infologFeature,
  accommodationsFeature,
  syncFeature,
  supervisorFeature,
  protocolFeature,
  backupFeature,
] as const;

/**
 * Every event type is declared by a feature, and no feature declares a name the app does not
 * know: a new type without its payload, authority and projection does not compile.
 */
type KeysOf<T> = T extends unknown ? keyof T : never;
type Declared = KeysOf<(typeof FEATURES)[number]['events']>;
const everyTypeDeclared: [Exclude<EventType, Declared>, Exclude<Declared, EventType>] extends [
  never,
  never,
]
  ? true
  : never = true;
void everyTypeDeclared;

export const EVENT_REGISTRY = buildRegistry(
  FEATURES as readonly FeatureDescriptor<string, never>[],
);

/** The precinct database's migrations: the kernel's and every feature's parts. */
export const STORE_MIGRATIONS = EVENT_REGISTRY.migrations;
/** The newest schema version this app knows. */
export const SCHEMA_VERSION = latestVersion(STORE_MIGRATIONS);

/** Every feature's operations over the one context. */
export function featureHandlers(ctx: CoreContext): FeatureHandlers {
  return Object.assign({}, ...FEATURES.map((feature) => feature.handlers(ctx as never)));
}

/**
 * What the features' handlers answer, together: assigning it to `ApiHandlers` (app-core.ts)
 * fails to compile while any operation of the contract has no feature handling it.
 */
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;
type FeatureHandlers = UnionToIntersection<ReturnType<(typeof FEATURES)[number]['handlers']>>;

/**
 * Opens (creating when needed) a data folder's precinct database with its store key, migrated
 * to this version.
 */
export function openStore(dataDir: string, key?: Buffer): Db {
  // Without a key, the folder's store as it stands (a supervisor folder's is never sealed).
  return openDatabase(dataDir, STORE_MIGRATIONS, key ?? openKeyOf(dataDir, SCHEMA_VERSION));
}

/** Checks the whole log: every device's hash chain, then the features' own checks. */
export function verifyChain(db: Db): ChainReport {
  return verifyKernelChain(db, EVENT_REGISTRY.chainChecks);
}

/** Empties every read table and replays the log to refill them. */
export function rebuildProjections(db: Db): number {
  return rebuildKernelProjections(db, EVENT_REGISTRY);
}

/** This app's event log over an open store. */
export function createEventLog(db: Db, deviceId: string, clock: Clock): EventLog {
  return new KernelEventLog(db, deviceId, clock, EVENT_REGISTRY);
}

/** A store's device identity, made at its first start. */
export function storeDevice(db: Db, clock: Clock): DeviceIdentity {
  return ensureDeviceIdentity(db, clock, EVENT_REGISTRY);
}
