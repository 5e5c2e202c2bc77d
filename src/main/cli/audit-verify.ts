import { resolveDataDir } from '../core/kernel/data-dir';
import { openExistingDatabase } from '../core/kernel/db/database';
import type { ChainProblem } from '../../shared/api';
import { stringOption, type ParsedArgs } from './args';
import { verifyChain } from '../core/feature-list';

const PROBLEM_TEXT: Record<ChainProblem, string> = {
  gap: 'events are missing before it',
  prev_hash_mismatch: 'it does not link to the event before it (prev_hash differs)',
  hash_mismatch: 'its hash does not match its contents (changed after it was recorded)',
  checkpoint_mismatch:
    'it is not the event the last export signed as the head (the log was rewritten or cut since)',
};

/**
 * `precinct-desk audit verify [--data-dir DIR]`: 0 when every chain holds, 1 when one does not
 * (saying where), 2 when the folder holds no usable database (and nothing is created).
 */
export function auditVerify(
  args: ParsedArgs,
  out: (line: string) => void,
  fail: (line: string) => void,
): number {
  const dataDir = resolveDataDir(stringOption(args, 'data-dir'));
  let db;
  try {
    db = openExistingDatabase(dataDir);
  } catch (error) {
    fail(`precinct-desk: cannot open the database in ${dataDir}: ${(error as Error).message}`);
    return 2;
  }
  if (!db) {
    fail(`precinct-desk: no Precinct Desk database in ${dataDir}`);
    return 2;
  }
  try {
    const report = verifyChain(db);
    if (report.ok) {
      out(`Event chain verified: ${report.checked} events.`);
      return 0;
    }
    const p = report.problem;
    out(
      `Event chain broken at device ${p?.deviceId} event ${p?.seq}: ${p ? PROBLEM_TEXT[p.reason] : ''} (${report.checked} events verified before it).`,
    );
    return 1;
  } catch (error) {
    fail(
      `precinct-desk: ${dataDir} does not hold a usable Precinct Desk database (${(error as Error).message})`,
    );
    return 2;
  } finally {
    db.close();
  }
}
