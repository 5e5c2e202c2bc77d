import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { readRegularFile } from '../core/airgap/container';
import { UsageError, VALUE, stringOption, type ParsedArgs } from './args';
import type { CliOutput } from './command';

/**
 * Options and variables a script might be tempted to pass a secret in. Each is refused before
 * anything is read: the command line stays in the shell's history and the process list, and
 * the environment is inherited by every child process.
 */
export const REFUSED_SECRET_OPTIONS = {
  secret: VALUE,
  pin: VALUE,
  passphrase: VALUE,
  password: VALUE,
} as const;
const REFUSED_SECRET_VARIABLES = [
  'PRECINCT_DESK_SECRET',
  'PRECINCT_DESK_PIN',
  'PRECINCT_DESK_PASSPHRASE',
] as const;
/** A secret file holds one short line; anything longer is not one. */
const MAX_SECRET_FILE_BYTES = 1024;

/**
 * Asks on the terminal without echoing what is typed (the question on standard error, so
 * standard output stays clean). For PINs, passphrases and handover codes.
 */
export async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = terminal.question(question);
    muted = true;
    return await answer;
  } finally {
    terminal.close();
    process.stderr.write('\n');
  }
}

/**
 * A secret (a PIN, a passphrase): from `--secret-file FILE`, or asked at the terminal without
 * echo. Never from the command line itself nor from the environment: both are refused as usage
 * errors, before anything is read. The file's one line is taken without its line ending.
 */
export async function secretOf(
  args: ParsedArgs,
  output: CliOutput,
  question: string,
  env: NodeJS.ProcessEnv = process.env,
  /** The option naming the secret's file (`--backup-secret-file` for a key backup's). */
  fileOption = 'secret-file',
): Promise<string> {
  for (const name of Object.keys(REFUSED_SECRET_OPTIONS)) {
    if (args.options.has(name)) {
      throw new UsageError(
        `a secret is never given on the command line (--${name}): use --secret-file FILE or type it at the prompt`,
      );
    }
  }
  for (const name of REFUSED_SECRET_VARIABLES) {
    if (env[name] !== undefined) {
      throw new UsageError(`a secret is never taken from the environment: unset ${name}`);
    }
  }
  const file = stringOption(args, fileOption);
  if (file !== undefined) {
    const bytes = readRegularFile(file, MAX_SECRET_FILE_BYTES);
    if (typeof bytes === 'string') throw new UsageError(`no readable secret file at ${file}`);
    return bytes.toString('utf8').replace(/\r?\n$/, '');
  }
  const ask = output.askSecret ?? null;
  if (!ask) {
    throw new UsageError('give the secret at the prompt of a terminal or with --secret-file FILE');
  }
  return ask(question);
}

/**
 * A new secret (one that will seal something): from `--secret-file FILE` as `secretOf` reads
 * it, or typed twice at the terminal — a typo in a secret nobody can see would lock its owner
 * out of what it seals. The two answers differ: a usage error, nothing made.
 */
export async function newSecretOf(
  args: ParsedArgs,
  output: CliOutput,
  question: string,
  env: NodeJS.ProcessEnv = process.env,
  fileOption = 'secret-file',
): Promise<string> {
  const secret = await secretOf(args, output, question, env, fileOption);
  if (stringOption(args, fileOption) !== undefined || !output.askSecret) return secret;
  const again = await output.askSecret('The same again: ');
  if (again !== secret) throw new UsageError('the two secrets typed differ: nothing was made');
  return secret;
}
