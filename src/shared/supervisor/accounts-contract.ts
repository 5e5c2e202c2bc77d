/**
 * Supervisor mode's accounts and its log of supervisor acts (spread into `contract` in
 * ../api.ts). Accounts are managed by an administrator; every account reads and verifies the
 * log. Handled in src/main/core/features/supervisor/accounts-handlers.ts.
 */
import { z } from 'zod';
import { op } from '../operation';
import { TEXT_LIMITS } from '../text-limits';
import { CENTRAL_ROLES, type CentralRole } from './central-roles';

const empty = z.object({}).strict();
const accountId = z.string().uuid();
const passphrase = z.string().min(1).max(1024);

export interface CentralAccountView {
  id: string;
  name: string;
  role: CentralRole;
  active: boolean;
  /** The passphrase is an initial one (set by an administrator): replaced at the next login. */
  mustChangePassphrase: boolean;
  createdAt: string;
  /** While a lockout lasts, when it ends (ISO). */
  lockedUntil: string | null;
}

/** The kinds of supervisor act the log records (docs/central-store.md, "The supervisor log"). */
export const SUPERVISOR_ACTS = [
  'store.initialized',
  'session.opened',
  'account.added',
  'account.passphrase_reset',
  'account.passphrase_changed',
  'account.deactivated',
  'account.reactivated',
  'account.role_changed',
  'package.made',
  'device.revoked',
  'alarm.decided',
  'import.run',
  'keys.backup_made',
  'keys.restored',
] as const;
export type SupervisorActType = (typeof SUPERVISOR_ACTS)[number];

export interface SupervisorLogEntry {
  seq: number;
  at: string;
  accountId: string;
  accountName: string;
  act: SupervisorActType;
  /** What the act concerned: ids, counts and names; never a passphrase, a key or a code. */
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface SupervisorLogPage {
  entries: SupervisorLogEntry[];
  total: number;
}

/** Why the supervisor log fails its check: as the precincts' chain problems. */
export const SUPERVISOR_LOG_PROBLEMS = ['gap', 'prev_hash_mismatch', 'hash_mismatch'] as const;
export type SupervisorLogProblem = (typeof SUPERVISOR_LOG_PROBLEMS)[number];

export interface SupervisorLogReport {
  ok: boolean;
  /** Entries verified (all of them, or those before the broken one). */
  checked: number;
  problem: { seq: number; reason: SupervisorLogProblem } | null;
}

export const centralAccountOperations = {
  /** The logged-in account replaces its passphrase (an initial one must be, before anything else). */
  changeCentralPassphrase: op<{ ok: true }>()(z.object({ passphrase }).strict()),
  /** Counts as input for the auto-lock (the screen reports input at most every 30 seconds). */
  touchCentralSession: op<{ ok: true }>()(empty),
  listCentralAccounts: op<CentralAccountView[]>()(empty),
  /** A new account with an initial passphrase (12+ characters) its holder replaces at first login. */
  addCentralAccount: op<CentralAccountView>()(
    z
      .object({
        name: z.string().trim().min(1).max(TEXT_LIMITS.name),
        role: z.enum(CENTRAL_ROLES),
        passphrase,
      })
      .strict(),
  ),
  /** A new initial passphrase for an account (its lockout lifted). */
  resetCentralPassphrase: op<CentralAccountView>()(z.object({ accountId, passphrase }).strict()),
  /** Deactivates an account (its key wrap removed: its passphrase opens nothing). */
  deactivateCentralAccount: op<CentralAccountView>()(z.object({ accountId }).strict()),
  /** Reactivates an account, with a new initial passphrase. */
  reactivateCentralAccount: op<CentralAccountView>()(z.object({ accountId, passphrase }).strict()),
  /**
   * Changes an account's role. The role is bound into the account's key wrap, so the change
   * comes with a new initial passphrase (for one's own account, one's own new passphrase).
   */
  setCentralAccountRole: op<CentralAccountView>()(
    z.object({ accountId, role: z.enum(CENTRAL_ROLES), passphrase }).strict(),
  ),
  /** The supervisor log, newest first. */
  listSupervisorLog: op<SupervisorLogPage>()(
    z
      .object({
        limit: z.number().int().min(1).max(500),
        offset: z.number().int().min(0),
      })
      .strict(),
  ),
  /** Checks the supervisor log's hash chain from its first entry. */
  verifySupervisorLog: op<SupervisorLogReport>()(empty),
};
