/**
 * Command-line options over `node:util` `parseArgs`, for `precinct-desk` and the bench: each
 * declares its options in a table, and anything else is refused with a usage error (exit 2).
 * Nothing here knows a command; the bench imports it as it is.
 */
import { parseArgs } from 'node:util';

/** The options a command takes: a `VALUE` option is `--name value`, a `FLAG` stands alone. */
export type OptionTable = Readonly<
  Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>
>;

export const VALUE = { type: 'string' } as const;
export const FLAG = { type: 'boolean' } as const;

/** A parsed command line: positional words and `--name value` / `--flag` options. */
export interface ParsedArgs {
  words: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/**
 * Parses strictly: an option the table lacks, a `VALUE` option without its value, or a value
 * given to a `FLAG`, is a UsageError. Options may stand before, between or after the words.
 */
export function parseOptions(argv: readonly string[], table: OptionTable): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: table, strict: true, allowPositionals: true });
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(whyRefused(argv, table) ?? (error as Error).message);
  }
  return { words: parsed.positionals, options: optionMap(parsed.values) };
}

/**
 * Reads a command line without refusing anything: enough to find the command (and --help or
 * --version) before the command's own table is known. The table should hold every option of
 * every command, so that an option's value is not taken for a word.
 */
export function peekOptions(argv: readonly string[], table: OptionTable): ParsedArgs {
  const parsed = parseArgs({
    args: [...argv],
    options: table,
    strict: false,
    allowPositionals: true,
  });
  return { words: parsed.positionals, options: optionMap(parsed.values) };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

function optionMap(values: Record<string, unknown>): Map<string, string | true> {
  const options = new Map<string, string | true>();
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') options.set(name, value);
    else if (value !== undefined && value !== false) options.set(name, true);
  }
  return options;
}

/**
 * Names the option strict parsing refused, in the words this command line has always used
 * (parseArgs's own messages are longer and differ between Node versions).
 */
function whyRefused(argv: readonly string[], table: OptionTable): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: table,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(table, token.name) ? table[token.name] : undefined;
    if (!option) return `unknown option ${token.rawName}`;
    if (option.type === 'boolean' && token.value !== undefined) {
      return `${token.rawName} takes no value`;
    }
    // Without `=`, parseArgs takes the next argument even when it is another option.
    const missing =
      token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) return `${token.rawName} needs a value`;
  }
  return undefined;
}
