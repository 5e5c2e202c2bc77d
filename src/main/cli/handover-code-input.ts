import { createInterface } from 'node:readline/promises';
import { readRegularFile } from '../core/airgap/container';
import { UsageError, VALUE, stringOption, type ParsedArgs } from './args';
import type { CliOutput } from './command';

/** The environment variable a script might be tempted to use; its presence is refused. */
const CODE_VARIABLE = 'PRECINCT_DESK_HANDOVER_CODE';
/** Options taken only to be refused with a clear word (the code never stands in argv). */
export const REFUSED_CODE_OPTIONS = { code: VALUE, 'handover-code': VALUE } as const;
/** A code file holds one short line; anything longer is not one. */
const MAX_CODE_FILE_BYTES = 1024;

/** Asks on the terminal (the question on standard error, so standard output stays clean). */
export async function askAtTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/**
 * The handover code for `package load` and `package verify`: from `--code-file FILE`, or asked
 * at the terminal. Never from the command line itself (where the shell's history and the
 * process list keep it) nor from the environment (inherited by every child process): both
 * are refused as usage errors, before anything is read.
 */
export async function handoverCodeOf(
  args: ParsedArgs,
  output: CliOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (args.options.has('code') || args.options.has('handover-code')) {
    throw new UsageError(
      'the handover code is never given on the command line: use --code-file FILE or type it at the prompt',
    );
  }
  if (env[CODE_VARIABLE] !== undefined) {
    throw new UsageError(
      `the handover code is never taken from the environment: unset ${CODE_VARIABLE}`,
    );
  }
  const file = stringOption(args, 'code-file');
  if (file !== undefined) {
    const bytes = readRegularFile(file, MAX_CODE_FILE_BYTES);
    if (typeof bytes === 'string') throw new UsageError(`no readable code file at ${file}`);
    return bytes.toString('utf8').trim();
  }
  const ask = output.askSecret ?? output.ask;
  if (!ask) {
    throw new UsageError(
      'give the handover code at the prompt of a terminal or with --code-file FILE',
    );
  }
  return (await ask('Handover code (from the handover act): ')).trim();
}
