/**
 * The `precinct-desk` command: headless work for supervisors and scripts, over the same core
 * as the app. Exit codes: 0 success, 1 the check failed, 2 unusable input or arguments.
 */
import { version } from '../../../package.json';
import { allowOnly, parseArgs, UsageError } from './args';
import { auditVerify } from './audit-verify';

const HELP = `precinct-desk ${version} — Precinct Desk from the command line

Usage:
  precinct-desk audit verify [--data-dir DIR]   check the event log's hash chain
  precinct-desk --help                          this text
  precinct-desk --version                       the version

The data folder is --data-dir, else PRECINCT_DESK_DATA_DIR, else the app's own folder
(on Linux ~/.config/precinct-desk).

Exit codes: 0 success, 1 the check failed, 2 unusable input or arguments.`;

export interface CliOutput {
  out(line: string): void;
  fail(line: string): void;
}

const processOutput: CliOutput = {
  out: (line) => void process.stdout.write(`${line}\n`),
  fail: (line) => void process.stderr.write(`${line}\n`),
};

/** Runs one command line; returns the exit code. */
export function runCli(argv: readonly string[], { out, fail }: CliOutput = processOutput): number {
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
    switch (command) {
      case 'audit verify':
        allowOnly(args, ['data-dir']);
        return auditVerify(args, out, fail);
      default:
        fail(`precinct-desk: unknown command "${command}"; see precinct-desk --help`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`precinct-desk: ${error.message}; see precinct-desk --help`);
      return 2;
    }
    throw error;
  }
}
