import type { DomainError } from '@shared/result';
import type { OptionTable, ParsedArgs } from './args';

export interface CliOutput {
  out(line: string): void;
  fail(line: string): void;
  /**
   * Asks the person at the terminal and answers what they typed; absent when no one can be
   * asked (standard input is not a terminal).
   */
  ask?(question: string): Promise<string>;
  /** Asks for a secret (a PIN, a passphrase, a handover code) without echoing it. */
  askSecret?(question: string): Promise<string>;
}

/**
 * One `precinct-desk` command. It prints its results and returns its exit code; when it stops
 * early it throws (UsageError, Refusal, or the core's DomainError) and run-cli.ts prints why.
 */
export interface Command {
  /** Every option the command takes; any other is refused before it runs. */
  options: OptionTable;
  run(args: ParsedArgs, output: CliOutput): number | Promise<number>;
  /** How this command words a refusal from the core; without it: the message, exit 2. */
  refusal?(error: DomainError, args: ParsedArgs): Refusal;
}

/** Why a command stopped: a stable code (what `--json` reports), its message and exit code. */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/**
 * A refusal from the core as most commands word it: its message, exit 2 (nothing written);
 * `--json` reports the list reader's reason (empty, binary, …) where it gives one.
 */
export function coreRefusal(error: DomainError): Refusal {
  return new Refusal(String(error.details?.reason ?? error.code), error.message);
}
