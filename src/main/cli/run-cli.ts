/**
 * The `precinct-desk` command: headless work for supervisors and scripts, over the same core
 * as the app. Exit codes: 0 success, 1 the check failed, 2 unusable input or arguments.
 */
import { version } from '../../../package.json';
import { DomainError } from '@shared/result';
import { databaseFailure } from '../core/kernel/media-failure';
import {
  FLAG,
  parseOptions,
  peekOptions,
  UsageError,
  type OptionTable,
  type ParsedArgs,
} from './args';
import { auditCommands } from './audit-verify';
import { backupCommands } from './backup-commands';
import { askAtTerminal } from './handover-code-input';
import { askHidden } from './secret-input';
import { coreRefusal, Refusal, type CliOutput, type Command } from './command';
import { laptopCommands } from './laptop-commands';
import { centralCommands } from './supervisor-commands';
import { keyBackupCommands } from './key-backup-commands';
import { syncCommands } from './sync-commands';
import { votersCommands } from './voters-commands';

const HELP = `precinct-desk ${version} — Precinct Desk from the command line

Usage:
  precinct-desk audit verify [--data-dir DIR] [--member NAME] [--secret-file FILE]
      check the event log's hash chain
  precinct-desk voters check FILE [--voting-day YYYY-MM-DD] [--data-dir DIR] [--json]
      read and check a voter list (CSV or .xlsx) without writing anything;
      with --data-dir also against the list there
  precinct-desk voters import FILE [--data-dir DIR] [--voting-day YYYY-MM-DD] [--secret-file FILE] [--json]
      check and import the valid rows into a folder that is not a set-up precinct
      (for a set-up precinct, import in the app); --voting-day is required; a new folder
      is sealed by the secret given (6+ characters)
  precinct-desk package load FILE --data-dir DIR [--code-file FILE] [--member CHAIR --secret-file PIN]
      verify the central commission's signed package, open it with its handover code
      (typed at the prompt, or read from the code file; never an argument) and load it: at first run it sets the
      precinct up (the chair sets a PIN in the app), later it adopts the package's identity
      or applies a newer revision's list changes; 1 when refused (reason code given)
  precinct-desk sync export --data-dir DIR --out FILE [--full] [--member NAME --secret-file PIN]
      write this laptop's events not exported before (all with --full) to a signed,
      encrypted sync file, read it back and verify it; 1 when nothing is new (no file)
  precinct-desk backup now --data-dir DIR --to FOLDER [--member NAME --secret-file PIN] [--json]
      write an encrypted backup of the laptop's store to FOLDER (a second stick), keeping
      this laptop's newest ten there (docs/backups.md)
  precinct-desk backup list FOLDER [--json]
      the backups in a folder from their clear headers; 1 when there is none
  precinct-desk restore --from FOLDER|FILE --data-dir NEW --package FILE [--code-file CODE]
                        --member CHAIR [--secret-file PIN] [--json]
      a replacement laptop from a backup (the newest in FOLDER), opened with the chair's PIN
      or recovery code, on a slot of the package no laptop has shown, under a new identity
Supervisor mode (the central commission's data folder C; its store is encrypted at rest and
opened with an account's passphrase: --account NAME with --secret-file FILE, or typed at the
prompt without echo):
  precinct-desk central init --data-dir C --account NAME --secret-file FILE
      make the administrator (passphrase of 12+ characters; it wraps the store's key) and the
      central keys, and print the signing key's fingerprint (never replaces one); a store of
      an earlier version is encrypted in place, its keys kept
  precinct-desk central backup-keys --data-dir C --account NAME --secret-file FILE
                                    --out FILE.pdkeys [--backup-secret-file FILE] [--json]
      the administrator writes the central keys and the package registry to one file
      sealed under a passphrase of its own (12+ characters; docs/key-backup.md)
  precinct-desk central restore-keys --data-dir NEW --in FILE.pdkeys --account NAME
                                     --secret-file FILE --backup-secret-file FILE [--json]
      make a new supervisor folder from a key backup (a second supervisor laptop): it reads
      every precinct's sync files and makes newer packages with the same keys; the account
      named is its administrator (passphrase of 12+ characters)
  precinct-desk package create --data-dir C --precinct-spec SPEC.json --voters LIST.csv --out FILE
                               --account NAME --secret-file FILE [--json]
      make a precinct's signed package, sealed with a new handover code printed this once
      (SPEC.json: docs/precinct-spec.md); 1 when the list has rows with errors (no package)
  precinct-desk package verify FILE [--central-key FINGERPRINT] [--code-file FILE]
      check a package's signature and header; with the handover code's file also that the
      sealed body opens, and its content; 1 with the reason code when not valid
  precinct-desk sync verify --data-dir C --account NAME --secret-file FILE FILE...
      one line per file: valid, or the reason code; writes nothing
  precinct-desk sync import --data-dir C --account NAME --secret-file FILE FILE|FOLDER... [--json]
      import sync files and folders (from a folder only its .pdsync files, the rest named);
      3 when some are held for a gap, 1 when any is rejected
  precinct-desk device revoke DEVICE --data-dir C --account NAME --secret-file FILE --reason TEXT
      revoke a precinct laptop (a lost or stolen one), as the account: its files reaching
      beyond the events imported so far are refused from now on; 2 with the code when refused
  precinct-desk central open-laptop --data-dir C --laptop-dir L --account NAME --secret-file FILE
                                    [--export-out FILE.pdsync] [--json]
      open a precinct laptop handed back to the commission with the central key (every PIN
      and recovery code lost, or a review): precinct, laptop, events, chain verified or where
      it breaks, last export, closed or not, protocol versions; its folder is never written;
      --export-out writes all its events to a sync file for sync import; 1 when its chain
      does not verify, 2 with the reason code when refused
  precinct-desk central account list|add|reset|deactivate|reactivate|role|passphrase [NAME]
                                --data-dir C --account NAME --secret-file FILE
                                [--role administrator|operator] [--new-secret-file FILE]
      the accounts (an administrator's): add NAME --role R, reset NAME, deactivate NAME,
      reactivate NAME, role NAME --role R take a new initial passphrase (12+ characters,
      --new-secret-file or the prompt) that its holder replaces at the next login;
      passphrase: one's own new passphrase; nobody is deleted, the last administrator stays
  precinct-desk audit verify --data-dir C --account NAME --secret-file FILE
      check the supervisor log's hash chain (every supervisor act); 1 with the entry where
      it breaks
Roles: an administrator may do everything; an operator imports and verifies sync files and
reads the log, and is refused package create, device revoke, central account, central
backup-keys and central open-laptop (not_permitted, exit 2). An account with an initial passphrase runs only central account
passphrase until it has replaced it.
  precinct-desk --help                          this text
  precinct-desk --version                       the version

The data folder is --data-dir, else PRECINCT_DESK_DATA_DIR, else the app's own folder
(on Linux ~/.config/precinct-desk).

Secrets never come from the command line itself or the environment (--secret, --pin,
--passphrase, --backup-secret, --code and PRECINCT_DESK_PASSPHRASE/_PIN/_SECRET are refused):
a store's secret from --secret-file FILE, a key backup's from --backup-secret-file FILE, a
package's handover code from --code-file FILE, or a prompt on a terminal. What each command needs:
  command                                    what it needs
  central init                               --account NAME --secret-file (makes the
                                             administrator; passphrase of 12+ characters)
  package create, sync import, sync verify,  --account NAME --secret-file (its role must
  device revoke, central account,            allow the command)
  central open-laptop
  central backup-keys                        --account NAME --secret-file (an
                                             administrator), and the backup's own
                                             passphrase: --backup-secret-file or typed twice
  central restore-keys                       --backup-secret-file (the backup's passphrase)
                                             and --account NAME --secret-file (the new
                                             folder's administrator; 12+ characters)
  package verify                             nothing; with --code-file it also checks that
                                             the body opens
  package load, first time                   --code-file (the new store is wrapped by the
                                             code until the chair sets a PIN)
  package load, a newer revision             --member CHAIR --secret-file PIN --code-file CODE
  sync export                                --member NAME --secret-file PIN of a member
                                             allowed to export (recorded as the actor)
  backup now                                 as sync export
  restore                                    --member CHAIR --secret-file (PIN or recovery
                                             code) --code-file (the package's handover code)
  voters check                               nothing; with --data-dir that folder's secret
  voters import into a new folder            --secret-file (6+ characters) wraps the new
                                             folder; voters ... and audit verify reopen it
                                             with it; a later setup rewraps the key
  audit verify                               --member NAME --secret-file PIN, or the folder's
                                             own secret; exit 2 before any prompt when there
                                             is no store
Until a member has set a PIN, a precinct folder opens with the secret that sealed it (the
handover code, or the voters import secret) and no actor is recorded. --member takes a
member's full name or id. A wrong secret exits 2 with wrong_pin, wrong_passphrase or
wrong_handover_code, counts toward the lockout, and changes nothing. A chair's
--secret-file may hold the recovery code instead of the PIN. A PIN set in the installed
app is bound to its OS keystore where it has one: refused here with
pin_bound_to_os_keystore (not counted); use the recovery code.

Exit codes: 0 success, 1 the check failed (rows with errors: reported, and for
import not imported), 2 unusable input or arguments (nothing written).`;

const processOutput: CliOutput = {
  out: (line) => void process.stdout.write(`${line}\n`),
  fail: (line) => void process.stderr.write(`${line}\n`),
  ...(process.stdin.isTTY ? { ask: askAtTerminal, askSecret: askHidden } : {}),
};

/** Every command by its two words. */
const COMMANDS = new Map<string, Command>(
  Object.entries({
    ...auditCommands,
    ...votersCommands,
    ...syncCommands,
    ...centralCommands,
    ...keyBackupCommands,
    ...laptopCommands,
    ...backupCommands,
  }),
);

/** Options that mean the same before, after or without any command. */
const GLOBAL_OPTIONS: OptionTable = { help: { ...FLAG, short: 'h' }, version: FLAG };

/**
 * Every option of every command: enough to tell an option's value from a command word before
 * the command is known. An option name means the same (value or flag) in every command.
 */
const ALL_OPTIONS: OptionTable = Object.assign(
  {},
  GLOBAL_OPTIONS,
  ...[...COMMANDS.values()].map((command) => command.options),
);

/** Runs one command line; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  output: CliOutput = processOutput,
): Promise<number> {
  const peeked = peekOptions(argv, ALL_OPTIONS);
  const name = peeked.words.slice(0, 2).join(' ');
  const command = COMMANDS.get(name);
  let args: ParsedArgs | null = null;
  try {
    if (peeked.options.has('version')) {
      output.out(version);
      return 0;
    }
    if (peeked.options.has('help')) {
      output.out(HELP);
      return 0;
    }
    if (!command) return withoutCommand(argv, peeked.words, output);
    args = parseOptions(argv, command.options);
    return await command.run(args, output);
  } catch (error) {
    return reportError(error, name, command, args, output);
  }
}

/** No known command: the help when asked for it (`help`) or when nothing was given (exit 2). */
function withoutCommand(
  argv: readonly string[],
  words: string[],
  { out, fail }: CliOutput,
): number {
  const commandLine = words.join(' ');
  if (commandLine !== '' && commandLine !== 'help') {
    fail(`precinct-desk: unknown command "${commandLine}"; see precinct-desk --help`);
    return 2;
  }
  // A stray option is refused, as with any command, rather than silently ignored.
  parseOptions(argv, GLOBAL_OPTIONS);
  out(HELP);
  return commandLine === '' ? 2 : 0;
}

/**
 * The one place an error becomes a printed line and an exit code. A usage error points to
 * --help; a refusal (the command's own, or the core's as the command words it) says why, as
 * JSON under --json; anything else is a fault, printed by name only, since its text may hold
 * personal data (voters' names, IINs), as the core's dispatch does.
 */
function reportError(
  error: unknown,
  name: string,
  command: Command | undefined,
  args: ParsedArgs | null,
  { out, fail }: CliOutput,
): number {
  if (error instanceof UsageError) {
    fail(`precinct-desk: ${error.message}; see precinct-desk --help`);
    return 2;
  }
  let refusal: Refusal | null = error instanceof Refusal ? error : null;
  // A full disk or a failing medium under the database is a refusal, not an internal error.
  error = error instanceof DomainError ? error : (databaseFailure(error) ?? error);
  if (error instanceof DomainError && command && args) {
    refusal = command.refusal ? command.refusal(error, args) : coreRefusal(error);
  }
  if (refusal) {
    if (args?.options.has('json')) {
      out(JSON.stringify({ error: { code: refusal.code, message: refusal.message } }));
    } else {
      fail(`precinct-desk: ${refusal.message}`);
    }
    return refusal.exitCode;
  }
  fail(`precinct-desk: internal error in ${name}: ${(error as Error)?.name ?? 'unknown'}`);
  if (process.env.PRECINCT_DESK_DEBUG === '1') fail(String((error as Error)?.stack ?? error));
  // 1, as when such an error ended the process before this boundary caught it.
  return 1;
}
