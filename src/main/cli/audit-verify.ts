import { existsSync } from 'node:fs';
import type { SupervisorLogProblem } from '@shared/supervisor/accounts-contract';
import { resolveDataDir } from '../core/kernel/data-dir';
import { folderModeOf } from '../core/features/supervisor/supervisor-folder';
import { verifySupervisorLog } from '../core/features/supervisor/supervisor-log';
import { centralStore } from './central-access';
import { openExistingStore } from './cli-store';
import { REFUSED_SECRET_OPTIONS } from './secret-input';
import { verifyChain } from '../core/feature-list';
import type { ChainProblem } from '@shared/api';
import { stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { Refusal, type CliOutput, type Command } from './command';

const PROBLEM_TEXT: Record<ChainProblem, string> = {
  gap: 'events are missing before it',
  prev_hash_mismatch: 'it does not link to the event before it (prev_hash differs)',
  hash_mismatch: 'its hash does not match its contents (changed after it was recorded)',
  checkpoint_mismatch:
    'it is not the event the last export signed as the head (the log was rewritten or cut since)',
};

const LOG_PROBLEM_TEXT: Record<SupervisorLogProblem, string> = {
  gap: 'entries are missing before it',
  prev_hash_mismatch: 'it does not link to the entry before it (prev_hash differs)',
  hash_mismatch: 'its hash does not match its contents (changed after it was recorded)',
};

/**
 * A supervisor folder's log of supervisor acts (`--account NAME --secret-file FILE`): 0 when
 * its chain holds, 1 with the first entry that breaks it.
 */
async function verifySupervisorFolder(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { db, key } = await centralStore(args, output, 'audit.read');
  try {
    const report = verifySupervisorLog(db);
    if (report.ok) {
      output.out(`Supervisor log verified: ${report.checked} entries.`);
      return 0;
    }
    const p = report.problem;
    output.out(
      `Supervisor log broken at entry ${p?.seq}: ${p ? LOG_PROBLEM_TEXT[p.reason] : ''} (${report.checked} entries verified before it).`,
    );
    return 1;
  } finally {
    db.close();
    key.fill(0);
  }
}

/**
 * `precinct-desk audit verify [--data-dir DIR] [--member NAME] [--secret-file FILE]`: 0 when every chain holds, 1 when one does not
 * (saying where), 2 when the folder holds no usable database (and nothing is created). A
 * supervisor folder's log is verified with `--account NAME` instead of a member.
 */
async function auditVerify(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  const dataDir = resolveDataDir(stringOption(args, 'data-dir'));
  if (existsSync(dataDir) && folderModeOf(dataDir) === 'supervisor') {
    return verifySupervisorFolder(args, output);
  }
  if (args.options.has('account')) {
    throw new UsageError(`--account is for a supervisor folder; ${dataDir} is not one`);
  }
  let db;
  try {
    db = (await openExistingStore(dataDir, args, output))?.db ?? null;
  } catch (error) {
    if (error instanceof Refusal || error instanceof UsageError) throw error;
    throw new Refusal(
      'unusable_database',
      `cannot open the database in ${dataDir}: ${(error as Error).message}`,
    );
  }
  if (!db) throw new Refusal('no_database', `no Precinct Desk database in ${dataDir}`);
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
    // SQLite's words about the file (not a database, no such table), as before.
    throw new Refusal(
      'unusable_database',
      `${dataDir} does not hold a usable Precinct Desk database (${(error as Error).message})`,
    );
  } finally {
    db.close();
  }
}

export const auditCommands: Record<string, Command> = {
  'audit verify': {
    options: {
      'data-dir': VALUE,
      member: VALUE,
      account: VALUE,
      'secret-file': VALUE,
      'code-file': VALUE,
      ...REFUSED_SECRET_OPTIONS,
    },
    run: auditVerify,
  },
};
