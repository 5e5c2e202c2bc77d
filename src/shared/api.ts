/**
 * The one API contract between the UI and the core. Each operation has a name, a zod schema
 * for its input and a result type. The preload, the Electron IPC registration and the
 * Chromium host are all built from this list, and the renderer calls
 * `window.precinct.<operation>(input)` which resolves to a `Result`.
 */
import { z } from 'zod';
import { accommodationOperations } from './accommodations/accommodation-contract';
import { supervisorOperations, stagingOperations } from './supervisor/supervisor-contract';
import { infologOperations } from './infolog/infolog-contract';
import { op } from './operation';
import { PIN_PATTERN } from './pin';
import type { Result } from './result';
import { MAX_MEMBERS, TEXT_LIMITS } from './text-limits';
import { LANGUAGES, ROLES, type Language, type Permission, type Role } from './roles';
import { syncOperations } from './sync/sync-contract';
import { voterOperations } from './voters/voter-api';

export { MAX_MEMBERS, PIN_PATTERN, TEXT_LIMITS };
export const pinSchema = z.string().regex(PIN_PATTERN);

const trimmed = (max: number) => z.string().trim().min(1).max(max);

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const precinctSetupSchema = z.object({
  electionKind: z.enum(['election', 'referendum']),
  electionName: trimmed(TEXT_LIMITS.title),
  votingDay: z.iso.date(),
  votingHours: z.object({ opens: hhmm, closes: hhmm }),
  precinctNumber: z.number().int().min(1).max(999_999),
  precinctName: trimmed(TEXT_LIMITS.title),
  region: trimmed(TEXT_LIMITS.place),
  district: trimmed(TEXT_LIMITS.place),
  address: trimmed(TEXT_LIMITS.address),
  timeZone: trimmed(100),
});
export type PrecinctSetup = z.infer<typeof precinctSetupSchema>;

export const memberInputSchema = z.object({
  fullName: trimmed(TEXT_LIMITS.name),
  role: z.enum(ROLES),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

const memberId = z.string().min(1).max(64);
const empty = z.object({}).strict();

export const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10),
});

// ---- result shapes -------------------------------------------------------------------------

export interface PrecinctInfo extends PrecinctSetup {
  deviceId: string;
}

export interface SessionInfo {
  memberId: string;
  fullName: string;
  role: Role;
  language: Language;
  permissions: Permission[];
  mustChangePin: boolean;
  autoLockMinutes: number;
}

export interface ClockStatus {
  /** The core's clock, as an ISO instant. */
  nowIso: string;
  timeZone: string;
  /** Precinct local date and time, `YYYY-MM-DD` and `HH:MM`. */
  localDate: string;
  localTime: string;
  /** The newest event in the log is later than the clock: the clock has run behind. */
  behindLatestEvent: boolean;
  latestEventAt: string | null;
  /** The chair confirmed the clock on this precinct-local date. */
  confirmedToday: boolean;
  /** The clock is overridden (development and test runs only). */
  overridden: boolean;
}

export interface HostInfo {
  kind: 'electron' | 'chromium';
  /** The host shows native file dialogs; otherwise the UI shows its in-app path picker. */
  nativeDialogs: boolean;
}

export interface AppState {
  setUp: boolean;
  precinct: PrecinctInfo | null;
  session: SessionInfo | null;
  /** Language for screens before login (the last one chosen on this device). */
  deviceLanguage: Language;
  host: HostInfo;
  clock: ClockStatus;
  /**
   * What this data folder is: a precinct's laptop, or the central commission's supervisor
   * mode (chosen at first run; the folder then holds the central store).
   */
  mode: 'precinct' | 'supervisor';
}

export interface LoginMember {
  id: string;
  fullName: string;
  role: Role;
  hasPin: boolean;
}

export interface MemberView extends LoginMember {
  active: boolean;
  mustChangePin: boolean;
  lockedUntil: string | null;
  replacedBy: string | null;
}

export interface AppSettings {
  autoLockMinutes: number;
}

export interface AuditEntry {
  deviceId: string;
  seq: number;
  /** ISO instant taken from the event's hybrid logical clock. */
  at: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  /** Name of the member the event is about (payload's member_id), for every reader of the log. */
  subjectName: string | null;
  /** The event's payload, with nothing secret in it by construction. */
  payload: Record<string, unknown>;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  types: string[];
}

/** Why a chain fails: a missing event, a broken link, or an event changed after it was recorded. */
export const CHAIN_PROBLEMS = [
  'gap',
  'prev_hash_mismatch',
  'hash_mismatch',
  /** The log no longer holds the head an export signed: its tail was rewritten or cut. */
  'checkpoint_mismatch',
] as const;
export type ChainProblem = (typeof CHAIN_PROBLEMS)[number];

export interface ChainReport {
  ok: boolean;
  checked: number;
  problem: { deviceId: string; seq: number; reason: ChainProblem } | null;
}

export interface DirectoryListing {
  path: string;
  parent: string | null;
  entries: { name: string; kind: 'dir' | 'file' }[];
}

// ---- the contract --------------------------------------------------------------------------

export const contract = {
  ...infologOperations,
  getAppState: op<AppState>()(empty),
  getClockStatus: op<ClockStatus>()(empty),
  completeSetup: op<{ recoveryCode: string }>()(
    z.object({
      precinct: precinctSetupSchema,
      members: z.array(memberInputSchema).min(1).max(MAX_MEMBERS),
      chairPin: pinSchema,
      /** The chair confirmed the date, time and time zone shown at setup. */
      clockConfirmed: z.literal(true),
    }),
  ),
  listLoginMembers: op<LoginMember[]>()(empty),
  login: op<SessionInfo>()(z.object({ memberId, pin: z.string().max(64) })),
  changeOwnPin: op<SessionInfo>()(z.object({ currentPin: z.string().max(64), newPin: pinSchema })),
  recoverChairPin: op<{ recoveryCode: string }>()(
    z.object({ memberId, recoveryCode: z.string().max(64), newPin: pinSchema }),
  ),
  logout: op<null>()(empty),
  /** Ends the session: by the member's Lock button, or by the UI's idle timer. */
  lockSession: op<null>()(z.object({ reason: z.enum(['manual', 'idle']) })),
  touchSession: op<null>()(empty),
  getSession: op<SessionInfo | null>()(empty),
  confirmClock: op<ClockStatus>()(empty),
  setLanguage: op<null>()(z.object({ language: z.enum(LANGUAGES) })),
  listMembers: op<MemberView[]>()(empty),
  addMember: op<MemberView>()(memberInputSchema),
  replaceMember: op<MemberView>()(
    z.object({
      memberId,
      fullName: trimmed(TEXT_LIMITS.name),
      reason: trimmed(TEXT_LIMITS.reason),
    }),
  ),
  deactivateMember: op<null>()(z.object({ memberId, reason: trimmed(TEXT_LIMITS.reason) })),
  resetMemberPin: op<{ temporaryPin: string }>()(z.object({ memberId })),
  getSettings: op<AppSettings>()(empty),
  updateSettings: op<AppSettings>()(
    z.object({ autoLockMinutes: z.number().int().min(1).max(120) }),
  ),
  listAuditEvents: op<AuditPage>()(
    z.object({
      type: z.string().max(100).optional(),
      actorId: memberId.optional(),
      fromDate: z.iso.date().optional(),
      toDate: z.iso.date().optional(),
      limit: z.number().int().min(1).max(500),
      offset: z.number().int().min(0),
    }),
  ),
  verifyAuditChain: op<ChainReport>()(empty),
  showSaveDialog: op<{ path: string }>()(
    z.object({
      defaultName: z.string().min(1).max(200),
      filters: z.array(fileFilterSchema).max(5),
    }),
  ),
  showOpenDialog: op<{ paths: string[] }>()(
    z.object({
      filters: z.array(fileFilterSchema).max(5),
      multiple: z.boolean(),
      /** Choose folders instead of files (supervisor mode imports whole folders). */
      directories: z.boolean().optional(),
    }),
  ),
  listDirectory: op<DirectoryListing>()(z.object({ path: z.string().max(4096).optional() })),
  savePdf: op<{ path: string; bytes: number }>()(
    z.object({
      html: z.string().min(1).max(5_000_000),
      path: z.string().min(1).max(4096),
      /** Replace an existing file (native dialogs have asked already; the in-app picker asks). */
      overwrite: z.boolean(),
    }),
  ),
  ...voterOperations,
  ...accommodationOperations,
  ...syncOperations,
  ...supervisorOperations,
  ...stagingOperations,
  /** Writes a text file (CSV or plain text) as UTF-8 with a byte order mark, atomically. */
  saveTextFile: op<{ path: string; bytes: number }>()(
    z.object({
      text: z.string().max(20_000_000),
      path: z.string().min(1).max(4096),
      overwrite: z.boolean(),
    }),
  ),
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
