/** A precinct closed for good after its final export, and opened afterwards for review only. */
import { z } from 'zod';
import type { SessionInfo } from '../members/members-contract';
import { op } from '../operation';

const empty = z.object({}).strict();

export const atRestOperations = {
  /** The chair closes the precinct: every PIN's key on this laptop is destroyed. */
  closePrecinct: op<null>()(empty),
  /** A closed precinct opened with the chair's recovery code, read-only. */
  openForReview: op<SessionInfo>()(z.object({ recoveryCode: z.string().min(1).max(64) })),
};
export type AtRestOperation = keyof typeof atRestOperations;
