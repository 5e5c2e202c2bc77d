import type { ParsedArgs } from './args';
import type { CliOutput } from './run-cli';

/**
 * The central commission's commands: `central init`, `package create`, `package verify`,
 * `sync verify` and `sync import`. Returns null for a command that is not one of them.
 */
export function runCentralCommand(
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
