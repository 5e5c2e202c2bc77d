import type { ChainProblem, ChainReport } from '@shared/api';
import type { Db } from '../db/database';
import { GENESIS_HASH, storedRowHash } from './event-hash';
import type { EventRow } from './event-log';
import type { ChainCheck } from '../feature';

/**
 * Checks every device's chain in the log: seq gapless from 1, each prev_hash equal to the
 * hash before it, and each hash recomputed from the stored fields; then this laptop's latest
 * whatever else the features check of the log (a signed checkpoint). Reports the first problem.
 */
export function verifyChain(db: Db, checks: readonly ChainCheck[] = []): ChainReport {
  const rows = db.prepare<[], EventRow>('SELECT * FROM events ORDER BY device_id, seq').iterate();
  let checked = 0;
  let device: string | null = null;
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  for (const row of rows) {
    if (row.device_id !== device) {
      device = row.device_id;
      expectedSeq = 1;
      prev = GENESIS_HASH;
    }
    const problem = (reason: ChainProblem): ChainReport => ({
      ok: false,
      checked,
      problem: { deviceId: row.device_id, seq: row.seq, reason },
    });
    if (row.seq !== expectedSeq) return problem('gap');
    if (row.prev_hash !== prev) return problem('prev_hash_mismatch');
    if (storedRowHash(row.prev_hash, row) !== row.hash) return problem('hash_mismatch');
    prev = row.hash;
    expectedSeq++;
    checked++;
  }
  // A tail rewritten (every hash recomputed) or cut after an export no longer matches what
  // the features signed of it.
  for (const check of checks) {
    const problem = check(db);
    if (problem) return { ok: false, checked, problem };
  }
  return { ok: true, checked, problem: null };
}
