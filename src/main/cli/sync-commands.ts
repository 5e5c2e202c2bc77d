import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DomainError } from '../../shared/result';
import { isSupervisorFolder } from '../core/features/supervisor/supervisor-folder';
import { systemClock } from '../core/kernel/clock';
import { databasePath, type Db } from '../core/kernel/db/database';
import { MembersService } from '../core/features/members/members-service';
import { PrecinctService } from '../core/features/precinct/precinct-service';
import { ExportService } from '../core/features/sync/export-service';
import { displayFingerprint } from '../core/airgap/keys';
import { PackageService } from '../core/features/sync/package-loader';
import { allowOnly, stringOption, UsageError, type ParsedArgs } from './args';
import type { CliOutput } from './run-cli';
import { createEventLog, openStore, storeDevice } from '../core/feature-list';

/**
 * The precinct's sync commands: `package load` and `sync export`. Returns null for a
 * command that is not one of them.
 */
export function runSyncCommand(
  command: string,
  args: ParsedArgs,
  output: CliOutput,
): Promise<number> | null {
  switch (command) {
    case 'package load':
      allowOnly(args, ['data-dir']);
      return packageLoad(args, output);
    case 'sync export':
      allowOnly(args, ['data-dir', 'out', 'full']);
      return syncExport(args, output);
    default:
      return null;
  }
}

/** The data folder a precinct command works in: given, existing, and not supervisor mode's. */
function precinctFolder(args: ParsedArgs): string {
  const dataDir = stringOption(args, 'data-dir');
  if (!dataDir) throw new UsageError('give --data-dir DIR');
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(`no data folder at ${dataDir}`);
  }
  if (isSupervisorFolder(dataDir)) {
    throw new UsageError(`${dataDir} is a supervisor-mode folder, not a precinct's`);
  }
  return dataDir;
}

function openPrecinct(dataDir: string) {
  const db = openStore(dataDir);
  const log = createEventLog(db, storeDevice(db, systemClock).deviceId, systemClock);
  return { db, log };
}

/** A refusal with its stable code: exit 1 for a file refused, 2 for a folder not ready. */
function refusal(output: CliOutput, error: unknown, exitCode: number): number {
  if (!(error instanceof DomainError)) throw error;
  output.fail(`precinct-desk: ${error.code}: ${error.message}`);
  return exitCode;
}

/**
 * `precinct-desk package load FILE --data-dir P`: the command line's "Load package". 0 loaded,
 * 1 refused (the reason's code, nothing changed), 2 unusable arguments or folder.
 */
async function packageLoad(args: ParsedArgs, output: CliOutput): Promise<number> {
  const [, , file, ...extra] = args.words;
  if (!file) throw new UsageError('name the package file');
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
  const dataDir = precinctFolder(args);
  if (!existsSync(file)) throw new UsageError(`no file at ${file}`);
  const databaseExisted = existsSync(databasePath(dataDir));
  const { db, log } = openPrecinct(dataDir);
  let loaded = false;
  try {
    const precinct = new PrecinctService(db, log, systemClock);
    const packages = new PackageService(
      db,
      log,
      systemClock,
      precinct,
      new MembersService(db, log, systemClock),
    );
    let preview;
    let result;
    try {
      preview = packages.preview(resolve(file));
      result = await packages.load(resolve(file), null, 'cli', preview.centralFingerprint);
      loaded = true;
    } catch (error) {
      return refusal(output, error, 1);
    }
    const { out } = output;
    out(
      `Package ${preview.packageId}, revision ${result.revision}: ${result.kind.replace('_', ' ')}.`,
    );
    out(`Central commission key: ${displayFingerprint(preview.centralFingerprint)}`);
    out(
      `Precinct ${preview.precinct.number} (${preview.precinct.precinctId}), ${preview.election.name}, voting day ${preview.election.votingDay}.`,
    );
    if (result.kind === 'first_run') {
      out(`${preview.members.length} members; ${result.votersImported} voters imported.`);
      out('The chair sets a PIN at the next start of the app, then gives the members theirs.');
    } else {
      const c = result.differences.counts;
      if (result.votersImported > 0) out(`${result.votersImported} voters imported.`);
      out(
        `List: ${c.added} added, ${c.corrected} corrected, ${c.removed} removed; kept as recorded here: ${c.kept_removed + c.kept_added + c.kept_correction + c.kept_ballot}.`,
      );
    }
    return 0;
  } finally {
    db.close();
    // A refused package leaves no trace: not even the database this command created for it.
    if (!loaded && !databaseExisted) {
      for (const suffix of ['', '-wal', '-shm']) {
        rmSync(`${databasePath(dataDir)}${suffix}`, { force: true });
      }
    }
  }
}

/**
 * `precinct-desk sync export --data-dir P --out FILE [--full]`: 0 written and verified, 1
 * nothing new to export (no file written), 2 unusable arguments, folder, or no package yet.
 */
async function syncExport(args: ParsedArgs, output: CliOutput): Promise<number> {
  if (args.words.length > 2) throw new UsageError(`unexpected "${args.words.slice(2).join(' ')}"`);
  const dataDir = precinctFolder(args);
  const outArg = stringOption(args, 'out');
  if (!outArg) throw new UsageError('give --out FILE');
  const out = resolve(outArg);
  if (!existsSync(dirname(out))) throw new UsageError(`no folder at ${dirname(out)}`);
  if (existsSync(out)) throw new UsageError(`a file already stands at ${out}`);
  if (!existsSync(databasePath(dataDir)))
    throw new UsageError(`no precinct database in ${dataDir}`);
  const { db } = openPrecinct(dataDir);
  try {
    let record;
    try {
      record = await new ExportService(db as Db, systemClock).export(
        out,
        args.options.has('full'),
        null,
      );
    } catch (error) {
      const code = error instanceof DomainError ? error.code : null;
      return refusal(output, error, code === 'nothing_to_export' ? 1 : 2);
    }
    output.out(
      `Exported ${record.eventCount} events (#${record.firstSeq}–#${record.lastSeq}) to ${basename(out)}; read back and verified.`,
    );
    output.out(`SHA-256 ${record.sha256}`);
    for (const [type, count] of Object.entries(record.counts).sort()) {
      output.out(`  ${type}: ${count}`);
    }
    return 0;
  } finally {
    db.close();
  }
}
