/** A parsed command line: positional words and `--name value` / `--flag` options. */
export interface ParsedArgs {
  words: string[];
  options: Map<string, string | true>;
}

/** Options that take no value. */
const FLAGS = new Set(['help', 'version', 'json', 'full']);

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      options.set('help', true);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (FLAGS.has(name)) {
        options.set(name, true);
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--'))
          throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      }
    } else {
      words.push(arg);
    }
  }
  return { words, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Refuses options a command does not take, so a typo is never silently ignored. */
export function allowOnly(args: ParsedArgs, names: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!names.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
}
