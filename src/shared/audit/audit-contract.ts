import { z } from 'zod';
import { op } from '../operation';

/** The audit log's operations: reading the log, and checking its chain. */
const memberId = z.string().min(1).max(64);
const empty = z.object({}).strict();

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

export const auditOperations = {
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
};
export type AuditOperation = keyof typeof auditOperations;
