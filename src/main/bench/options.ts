/** The bench's options, parsed as the command line parses its own (src/main/cli/args.ts). */
import { FLAG, parseOptions, stringOption, UsageError, VALUE, type ParsedArgs } from '../cli/args';

export const BENCH_USAGE =
  'npm run bench -- [--json] [--voters N] [--list-only] [--sync-only [--encrypted-store]] [--sync-files N] [--bombs] [--packages] [--national [--scale S] [--seed N]]';

const BENCH_OPTIONS = {
  json: FLAG,
  voters: VALUE,
  'list-only': FLAG,
  'sync-only': FLAG,
  'sync-files': VALUE,
  'encrypted-store': FLAG,
  bombs: FLAG,
  packages: FLAG,
  national: FLAG,
  scale: VALUE,
  seed: VALUE,
};

export interface BenchOptions {
  /** One JSON object per figure instead of aligned text. */
  json: boolean;
  /** Size of the voter list imported (default 1,000,000). */
  voters: number;
  /** The voter-list bench alone: import, lookups and the list again, plain and encrypted. */
  listOnly: boolean;
  /** The sync bench alone (also how the bench runs it in a child process). */
  syncOnly: boolean;
  /** Sync files the supervisor imports (default 1,000). */
  syncFiles: number;
  /** With `--sync-only`: the central store encrypted (the whole bench runs both). */
  encryptedStore: boolean;
  /** The bounded-parsing bench alone: crafted files refused (bombs-bench.ts). */
  bombs: boolean;
  /** The package bench alone: making and opening packages at the real cost (package-bench.ts). */
  packages: boolean;
  /** The national bench alone: a whole country's voting day (national-bench.ts). */
  national: boolean;
  /** With `--national`: the share of the country generated (default 1, at most 1). */
  scale: number;
  /** With `--national`: the generator's seed (default 1); data is cached by scale and seed. */
  seed: number;
}

/**
 * Refuses what the bench does not know (a UsageError): a mistyped option would otherwise be
 * ignored and the whole bench run with the defaults.
 */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const args = parseOptions(argv, BENCH_OPTIONS);
  if (args.words.length > 0) throw new UsageError(`unexpected "${args.words.join(' ')}"`);
  const national = args.options.has('national');
  if (!national && (args.options.has('scale') || args.options.has('seed'))) {
    throw new UsageError('--scale and --seed go with --national');
  }
  return {
    json: args.options.has('json'),
    voters: wholeNumber(args, 'voters', 1_000_000),
    listOnly: args.options.has('list-only'),
    syncOnly: args.options.has('sync-only'),
    syncFiles: wholeNumber(args, 'sync-files', 1000),
    encryptedStore: args.options.has('encrypted-store'),
    bombs: args.options.has('bombs'),
    packages: args.options.has('packages'),
    national,
    scale: share(args, 'scale', 1),
    seed: wholeNumber(args, 'seed', 1),
  };
}

/** A share of the country: a number above 0 and at most 1 (0.1 is a tenth). */
function share(args: ParsedArgs, name: string, otherwise: number): number {
  const text = stringOption(args, name);
  const value = text === undefined ? otherwise : Number(text);
  if (!/^(\d+(\.\d+)?)?$/.test(text ?? '') || !(value > 0 && value <= 1)) {
    throw new UsageError(`--${name} takes a number above 0 and at most 1`);
  }
  return value;
}

function wholeNumber(args: ParsedArgs, name: string, otherwise: number): number {
  const text = stringOption(args, name);
  const value = text === undefined ? otherwise : Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} takes a whole number`);
  return value;
}
