import { existsSync, rmSync } from 'node:fs';
import { resolveDataDir } from '../core/kernel/data-dir';
import { databasePath, type Db } from '../core/kernel/db/database';
import { doorPath, readDoor } from '../core/kernel/at-rest/door-file';
import { peekStore } from '../core/kernel/at-rest/store-door';
import {
  hasSecretWrap,
  MIN_FOLDER_SECRET,
  openExistingStore,
  openPrecinctFolder,
} from './cli-store';
import { REFUSED_SECRET_OPTIONS, newSecretOf } from './secret-input';
import { readDeviceIdentity } from '../core/kernel/device-identity';
import { createEventLog } from '../core/feature-list';
import { systemClock } from '../core/kernel/clock';
import { checkListFile, listLookupOf, type CheckOutcome } from '../core/features/voters/list-check';
import { VoterListService } from '../core/features/voters/list-service';
import { MembersService } from '../core/features/members/members-service';
import { PrecinctService } from '../core/features/precinct/precinct-service';
import { normaliseBirthDate, RowChecker, type RowIssue } from '../core/features/voters/row-checks';
import { FLAG, stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { Refusal, type CliOutput, type Command } from './command';

function votingDayOption(args: ParsedArgs): string | null {
  const text = stringOption(args, 'voting-day');
  if (text === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || normaliseBirthDate(text) !== text) {
    throw new UsageError(`--voting-day must be a date as YYYY-MM-DD, not "${text}"`);
  }
  return text;
}

function fileArgument(args: ParsedArgs): string {
  const [, , file, ...extra] = args.words;
  if (!file) throw new UsageError('name the list file');
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
  return file;
}

/**
 * The precinct set up in a database opened read-only, as its services see it; null when none
 * is. The services only read here: the log they are given never records.
 */
function precinctVotingDay(db: Db): { votingDay: string; members: number } | null {
  // A database gets its device identity before any precinct can be set up in it.
  const device = readDeviceIdentity(db);
  if (!device) return null;
  const log = createEventLog(db, device.deviceId, systemClock);
  const precinct = new PrecinctService(db, log, systemClock).get();
  if (!precinct) return null;
  return {
    votingDay: precinct.votingDay,
    members: new MembersService(db, log, systemClock).count(),
  };
}

const issueJson = (issue: RowIssue) => ({
  row: issue.row,
  field: issue.field,
  code: issue.code,
  message: issue.message,
});

function reportJson(outcome: CheckOutcome) {
  return {
    rows: outcome.rows,
    valid: outcome.valid,
    error_count: outcome.errorCount,
    warning_count: outcome.warningCount,
    counts_by_code: outcome.countsByCode,
    // The first issues (see ISSUES_KEPT); the counts above cover all of them.
    errors: outcome.errors.map(issueJson),
    warnings: outcome.warnings.map(issueJson),
    skipped_checks: outcome.skippedChecks,
  };
}

export function printText(outcome: CheckOutcome, out: (line: string) => void): void {
  const info = outcome.info;
  out(
    `${info.format === 'xlsx' ? 'Excel workbook' : `CSV (${info.encoding ?? ''}${info.bom ? ' with BOM' : ''}, "${info.delimiter ?? ''}")`}, SHA-256 ${info.sha256}`,
  );
  out(
    `${outcome.rows} rows read, ${outcome.valid} valid, ${outcome.errorCount} errors, ${outcome.warningCount} warnings.`,
  );
  const errors = new Set(outcome.errors);
  for (const issue of [...outcome.errors, ...outcome.warnings].sort((a, b) => a.row - b.row)) {
    const kind = errors.has(issue) ? 'error' : 'warning';
    out(
      `  row ${issue.row}: ${kind} ${issue.code}${issue.field ? ` (${issue.field})` : ''}: ${issue.message}`,
    );
  }
  const listed = outcome.errors.length + outcome.warnings.length;
  const all = outcome.errorCount + outcome.warningCount;
  if (listed < all) {
    const counts = Object.entries(outcome.countsByCode)
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    out(`  … ${all - listed} more issues not listed (all of them by code: ${counts}).`);
  }
  if (outcome.skippedChecks.length > 0) {
    out(`Not checked without a voting day: ${outcome.skippedChecks.join(', ')}.`);
  }
}

/**
 * `precinct-desk voters check FILE [--voting-day D] [--data-dir DIR] [--json]`: reads and checks
 * without writing (against the list in DIR when given). 0 no row has an error, 1 some do,
 * 2 the file is unusable.
 */
async function votersCheck(args: ParsedArgs, output: CliOutput): Promise<number> {
  const file = fileArgument(args);
  let votingDay = votingDayOption(args);
  const dirFlag = stringOption(args, 'data-dir');
  let db: Db | null = null;
  if (dirFlag) {
    // The folder's list is read with the secret that opens it (cli-store.ts).
    db = (await openExistingStore(dirFlag, args, output))?.db ?? null;
    if (!db) throw new Refusal('no_database', `no Precinct Desk database in ${dirFlag}`);
  }
  try {
    votingDay ??= db ? (precinctVotingDay(db)?.votingDay ?? null) : null;
    const checker = new RowChecker({ votingDay, list: db ? listLookupOf(db) : null });
    const outcome = await checkListFile({ path: file }, checker);
    if (args.options.has('json')) output.out(JSON.stringify(reportJson(outcome)));
    else printText(outcome, output.out);
    return outcome.errorCount > 0 ? 1 : 0;
  } finally {
    db?.close();
  }
}

/**
 * `precinct-desk voters import FILE [--data-dir DIR] [--voting-day D] [--json]`: checks and
 * imports the valid rows into a folder that is not a set-up precinct (a supervisor preparing a
 * list). 0 everything imported, 1 the rest rejected, 2 unusable or refused, nothing written.
 */
async function votersImport(args: ParsedArgs, output: CliOutput): Promise<number> {
  const file = fileArgument(args);
  const votingDay = votingDayOption(args);
  const dataDir = resolveDataDir(stringOption(args, 'data-dir'));
  if (existsSync(databasePath(dataDir))) {
    const existing = peekStore(dataDir);
    const door = readDoor(dataDir);
    // A store its members' PINs seal is a set-up precinct's.
    const precinct =
      existing === 'sealed' && !(door && hasSecretWrap(door, 'folder_secret'))
        ? { votingDay: '', members: 1 }
        : existing && existing !== 'sealed'
          ? precinctVotingDay(existing)
          : null;
    if (existing && existing !== 'sealed') existing.close();
    if (precinct && precinct.members > 0) {
      throw new Refusal(
        'precinct_set_up',
        `${dataDir} is a precinct set up with its commission: import the list in the app, where a member is accountable for it`,
      );
    }
  }
  if (!votingDay) {
    throw new Refusal(
      'voting_day_required',
      'give --voting-day YYYY-MM-DD: a list imported from the command line is checked against it',
    );
  }
  if (!existsSync(file)) throw new Refusal('unreadable', `no file at ${file}`);
  const folderExisted = existsSync(dataDir);
  const databaseExisted = existsSync(databasePath(dataDir));
  const doorExisted = existsSync(doorPath(dataDir));
  // A folder no secret seals yet is sealed by one given now, asked before anything is written.
  const newSecret =
    readDoor(dataDir)?.open_key === null ? null : await folderSecretOf(args, output);
  const { ctx } = await openPrecinctFolder(dataDir, args, output);
  let imported = false;
  try {
    // Sealed before the list is written: a kill never leaves voters behind a key in clear.
    if (newSecret !== null && !ctx.door.sealed) {
      await ctx.door.addSecrets([{ kind: 'folder_secret', memberId: null, secret: newSecret }]);
    }
    const lists = new VoterListService(ctx.db, ctx.log, ctx.clock);
    const result = await lists.importFile(file, votingDay, null, 'cli');
    imported = true;
    const { outcome } = result;
    if (args.options.has('json')) {
      output.out(JSON.stringify({ ...reportJson(outcome), imported: result.imported }));
    } else {
      printText(outcome, output.out);
      output.out(`${result.imported} voters imported into ${dataDir}.`);
    }
    return outcome.errorCount > 0 ? 1 : 0;
  } finally {
    ctx.close();
    // A refused file leaves no trace: not even the database this command created for it.
    if (!imported && !databaseExisted) {
      for (const suffix of ['', '-wal', '-shm'])
        rmSync(`${databasePath(dataDir)}${suffix}`, { force: true });
      if (!doorExisted) rmSync(doorPath(dataDir), { force: true });
      if (!folderExisted) rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/** The secret that seals a new folder at `voters import`: 6 characters or more. */
async function folderSecretOf(args: ParsedArgs, output: CliOutput): Promise<string> {
  const secret = await newSecretOf(args, output, 'A secret for the new folder (6+ characters): ');
  if ([...secret].length < MIN_FOLDER_SECRET) {
    throw new UsageError(`the folder's secret needs ${MIN_FOLDER_SECRET} characters or more`);
  }
  return secret;
}

const LIST_OPTIONS = {
  'voting-day': VALUE,
  'data-dir': VALUE,
  json: FLAG,
  member: VALUE,
  'secret-file': VALUE,
  'code-file': VALUE,
  ...REFUSED_SECRET_OPTIONS,
};

export const votersCommands: Record<string, Command> = {
  'voters check': { options: LIST_OPTIONS, run: votersCheck },
  'voters import': { options: LIST_OPTIONS, run: votersImport },
};
