/**
 * The `precinct-desk` command: headless work for supervisors and scripts, over the same core
 * as the app. Exit codes: 0 success, 1 the check failed, 2 unusable input or arguments.
 */
import { version } from '../../../package.json';
import { allowOnly, parseArgs, UsageError } from './args';
import { auditVerify } from './audit-verify';
import { runCentralCommand } from './supervisor-commands';
import { runSyncCommand } from './sync-commands';
import { votersCheck, votersImport } from './voters-commands';

const HELP = `precinct-desk ${version} — Precinct Desk from the command line

Usage:
  precinct-desk audit verify [--data-dir DIR]   check the event log's hash chain
  precinct-desk voters check FILE [--voting-day YYYY-MM-DD] [--data-dir DIR] [--json]
      read and check a voter list (CSV or .xlsx) without writing anything;
      with --data-dir also against the list there
  precinct-desk voters import FILE [--data-dir DIR] [--voting-day YYYY-MM-DD] [--json]
      check and import the valid rows into a folder that is not a set-up precinct
      (for a set-up precinct, import in the app); --voting-day is required
  precinct-desk package load FILE --data-dir DIR
      verify the central commission's signed package and load it: at first run it sets the
      precinct up (the chair sets a PIN in the app), later it adopts the package's identity
      or applies a newer revision's list changes; 1 when refused (reason code given)
  precinct-desk sync export --data-dir DIR --out FILE [--full]
      write this laptop's events not exported before (all with --full) to a signed,
      encrypted sync file, read it back and verify it; 1 when nothing is new (no file)
Supervisor mode (the central commission's data folder C):
  precinct-desk central init --data-dir C
      make the central keys and print the signing key's fingerprint (never replaces one)
  precinct-desk package create --data-dir C --precinct-spec SPEC.json --voters LIST.csv --out FILE
      make a precinct's signed package (SPEC.json: docs/precinct-spec.md); 1 when the list
      has rows with errors (no package written)
  precinct-desk package verify FILE [--central-key FINGERPRINT]
      check a package's signature and content; 1 with the reason code when not valid
  precinct-desk sync verify --data-dir C FILE...
      one line per file: valid, or the reason code; writes nothing
  precinct-desk sync import --data-dir C FILE|FOLDER... [--json]
      import sync files and folders; 3 when some are held for a gap, 1 when any is rejected
  precinct-desk --help                          this text
  precinct-desk --version                       the version

The data folder is --data-dir, else PRECINCT_DESK_DATA_DIR, else the app's own folder
(on Linux ~/.config/precinct-desk).

Exit codes: 0 success, 1 the check failed (rows with errors: reported, and for
import not imported), 2 unusable input or arguments (nothing written).`;

export interface CliOutput {
  out(line: string): void;
  fail(line: string): void;
}

const processOutput: CliOutput = {
  out: (line) => void process.stdout.write(`${line}\n`),
  fail: (line) => void process.stderr.write(`${line}\n`),
};

/** Runs one command line; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  output: CliOutput = processOutput,
): Promise<number> {
  const { out, fail } = output;
  try {
    const args = parseArgs(argv);
    const command = args.words.join(' ');
    if (args.options.has('version')) {
      out(version);
      return 0;
    }
    if (args.options.has('help') || command === '' || command === 'help') {
      out(HELP);
      return command === '' && !args.options.has('help') ? 2 : 0;
    }
    switch (args.words.slice(0, 2).join(' ')) {
      case 'audit verify':
        allowOnly(args, ['data-dir']);
        return auditVerify(args, out, fail);
      case 'voters check':
        allowOnly(args, ['voting-day', 'data-dir', 'json']);
        return await votersCheck(args, output);
      case 'voters import':
        allowOnly(args, ['voting-day', 'data-dir', 'json']);
        return await votersImport(args, output);
      default: {
        const pair = args.words.slice(0, 2).join(' ');
        const running = runSyncCommand(pair, args, output) ?? runCentralCommand(pair, args, output);
        if (running) return await running;
        fail(`precinct-desk: unknown command "${command}"; see precinct-desk --help`);
        return 2;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`precinct-desk: ${error.message}; see precinct-desk --help`);
      return 2;
    }
    throw error;
  }
}
