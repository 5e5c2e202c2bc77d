/**
 * The one API contract between the UI and the core. Each operation has a name, a zod schema
 * for its input and a result type. The preload, the Electron IPC registration and the
 * Chromium host are all built from this list, and the renderer calls
 * `window.precinct.<operation>(input)` which resolves to a `Result`.
 */
import { atRestOperations } from './at-rest/at-rest-contract';
import { backupOperations } from './backup/backup-contract';
import type { z } from 'zod';
import { accommodationOperations } from './accommodations/accommodation-contract';
import { auditOperations } from './audit/audit-contract';
import { filesOperations } from './files/files-contract';
import { infologOperations } from './infolog/infolog-contract';
import { membersOperations } from './members/members-contract';
import { precinctOperations } from './precinct/precinct-contract';
import type { Result } from './result';
import { resultsOperations } from './supervisor/results-contract';
import { precinctListOperations } from './supervisor/precinct-list-contract';
import { keyBackupOperations } from './supervisor/key-backup-contract';
import { centralAccountOperations } from './supervisor/accounts-contract';
import { supervisorOperations, stagingOperations } from './supervisor/supervisor-contract';
import { returnedLaptopOperations } from './supervisor/returned-laptop-contract';
import { protocolOperations } from './protocol/protocol-contract';
import { syncOperations } from './sync/sync-contract';
import { voterOperations } from './voters/voter-api';
import { votedListOperations } from './voters/voted-list-api';

// Each feature's contract lives beside its other shared code; these names are re-exported
// for the screens and hosts that import them from here.
export * from './audit/audit-contract';
export * from './files/files-contract';
export * from './members/members-contract';
export * from './precinct/precinct-contract';
export { PIN_PATTERN } from './pin';
export { MAX_MEMBERS, TEXT_LIMITS } from './text-limits';

export const contract = {
  ...infologOperations,
  ...precinctOperations,
  ...membersOperations,
  ...auditOperations,
  ...filesOperations,
  ...voterOperations,
  ...votedListOperations,
  ...accommodationOperations,
  ...syncOperations,
  ...supervisorOperations,
  ...resultsOperations,
  ...precinctListOperations,
  ...keyBackupOperations,
  ...centralAccountOperations,
  ...stagingOperations,
  ...returnedLaptopOperations,
  ...protocolOperations,
  ...atRestOperations,
  ...backupOperations,
};

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = Exclude<Contract[K]['output'], undefined>;

/** What the renderer sees as `window.precinct`. */
export type PrecinctApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
};

/** What a host implements: one handler per operation, given already-parsed input. */
export type ApiHandlers = {
  [K in OperationName]: (input: ParsedInput<K>) => Promise<OperationOutput<K>> | OperationOutput<K>;
};

/** The IPC channel of an operation (Electron host). */
export const channelOf = (name: OperationName): string => `precinct:${name}`;
