import type { ParsedArgs } from './args';
import type { CliOutput } from './run-cli';

/**
 * The precinct's sync commands: `package load` and `sync export`. Returns null for a
 * command that is not one of them.
 */
export function runSyncCommand(
  command: string,
  args: ParsedArgs,
  output: CliOutput,
): Promise<number> | null {
  void args;
  void output;
  switch (command) {
    default:
      return null;
  }
}
