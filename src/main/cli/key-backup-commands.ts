/**
 * `central backup-keys` and `central restore-keys`: the central keys and the package registry
 * written to one file sealed under a passphrase of its own, and a new supervisor folder made
 * from it (docs/key-backup.md). The backup's passphrase comes from --backup-secret-file or an
 * unechoed prompt, never the command line or the environment.
 */
import { existsSync } from 'node:fs';
import { systemClock } from '../core/kernel/clock';
import { resolveDataDir } from '../core/kernel/data-dir';
import { readRegularFile } from '../core/airgap/container';
import { displayFingerprint } from '../core/airgap/keys';
import { checkNewPassphrase } from '../core/features/supervisor/central-door';
import {
  makeKeyBackup,
  readKeyBackup,
  requireAdministrator,
  requireNoCentralStore,
  restoreKeyBackup,
} from '../core/features/supervisor/key-backup';
import {
  KEY_BACKUP_EXTENSION,
  MAX_KEY_BACKUP_BYTES,
} from '../core/features/supervisor/key-backup-file';
import { folderModeOf } from '../core/features/supervisor/supervisor-folder';
import { FLAG, UsageError, VALUE, type ParsedArgs } from './args';
import {
  ACCOUNT_OPTIONS,
  accountOf,
  centralStore,
  claimSupervisorFolder,
  sealFolderStore,
  nowIso,
  positional,
  precinctFolder,
  required,
} from './central-access';
import { Refusal, type CliOutput, type Command } from './command';
import { newSecretOf, secretOf } from './secret-input';

/** Options a script might pass the backup's passphrase in: refused before anything is read. */
const REFUSED_BACKUP_SECRET_OPTIONS = {
  'backup-secret': VALUE,
  'backup-passphrase': VALUE,
} as const;

/** The backup's passphrase: --backup-secret-file, or asked (twice when it is a new one). */
async function backupSecret(args: ParsedArgs, output: CliOutput, making: boolean) {
  for (const name of Object.keys(REFUSED_BACKUP_SECRET_OPTIONS)) {
    if (args.options.has(name)) {
      throw new UsageError(
        `a secret is never given on the command line (--${name}): use --backup-secret-file FILE or type it at the prompt`,
      );
    }
  }
  return making
    ? newSecretOf(
        args,
        output,
        'New passphrase for the key backup (12 characters or more): ',
        process.env,
        'backup-secret-file',
      )
    : secretOf(args, output, 'Passphrase of the key backup: ', process.env, 'backup-secret-file');
}

/**
 * `central backup-keys --data-dir C --account NAME --secret-file FILE --out FILE.pdkeys
 * [--backup-secret-file FILE] [--json]`: the administrator only. 0 written; 2 refused.
 */
async function backupKeys(args: ParsedArgs, output: CliOutput): Promise<number> {
  positional(args, 0, 0, '');
  const outPath = required(args, 'out');
  if (!outPath.toLowerCase().endsWith(KEY_BACKUP_EXTENSION)) {
    throw new UsageError(`--out must name a key backup file ending in ${KEY_BACKUP_EXTENSION}`);
  }
  if (existsSync(outPath)) throw new UsageError(`a file already stands at ${outPath}`);
  const { db, account } = await centralStore(args, output, 'keys.manage');
  try {
    requireAdministrator(account);
    const passphrase = await backupSecret(args, output, true);
    checkNewPassphrase(passphrase);
    const made = await makeKeyBackup(db, outPath, passphrase, nowIso(), {
      id: account.id,
      name: account.name,
    });
    if (args.options.has('json')) {
      output.out(
        JSON.stringify({
          file: made.path,
          bytes: made.bytes,
          sha256: made.sha256,
          precincts: made.precincts,
          fingerprint: made.fingerprint,
        }),
      );
      return 0;
    }
    output.out(
      `Key backup of ${made.precincts} precincts written to ${made.path} (${made.bytes} bytes, SHA-256 ${made.sha256}).`,
    );
    output.out(`Central key: ${displayFingerprint(made.fingerprint)}`);
    output.out(
      'Whoever holds this file and its passphrase can read every precinct’s sync files and sign packages: keep it in the commission’s safe, the passphrase apart from it.',
    );
    return 0;
  } finally {
    db.close();
  }
}

/**
 * `central restore-keys --data-dir NEW --in FILE --account NAME --secret-file FILE
 * --backup-secret-file FILE [--json]`: a new supervisor folder made from a key backup, its
 * administrator the account named. Every refusal (exit 2, its code) changes nothing.
 */
async function restoreKeys(args: ParsedArgs, output: CliOutput): Promise<number> {
  positional(args, 0, 0, '');
  const dataDir = resolveDataDir(required(args, 'data-dir'));
  const inPath = required(args, 'in');
  const account = accountOf(args);
  if (!existsSync(inPath)) throw new UsageError(`no file at ${inPath}`);
  if (folderModeOf(dataDir) === 'precinct') throw precinctFolder(dataDir);
  requireNoCentralStore(dataDir);
  const bytes = readRegularFile(inPath, MAX_KEY_BACKUP_BYTES);
  if (bytes === 'too_large') {
    throw new Refusal('key_backup_too_large', `${inPath} is larger than any key backup`);
  }
  if (bytes === 'malformed') throw new Refusal('not_a_key_backup', `${inPath} is not readable`);
  const backupPassphrase = await backupSecret(args, output, false);
  const passphrase = await newSecretOf(
    args,
    output,
    `New passphrase for ${account} (12 characters or more): `,
  );
  checkNewPassphrase(passphrase);
  const registry = await readKeyBackup(bytes, backupPassphrase);
  claimSupervisorFolder(dataDir);
  const opened = await restoreKeyBackup(
    dataDir,
    { registry, account, passphrase },
    systemClock.now(),
  );
  opened.db.close();
  await sealFolderStore(dataDir, opened.key);
  opened.key.fill(0);
  const fingerprint = registry.central.fingerprint;
  if (args.options.has('json')) {
    output.out(JSON.stringify({ data_dir: dataDir, precincts: opened.precincts, fingerprint }));
    return 0;
  }
  output.out(
    `Central store restored in ${dataDir} from ${inPath}: ${opened.precincts} precincts; administrator ${opened.account.name}.`,
  );
  output.out(`Central key: ${displayFingerprint(fingerprint)}`);
  output.out('Import the precincts’ sync files next (sync import).');
  return 0;
}

/** Refused by the core (a wrong passphrase, an altered file): its code, exit 2. */
const byCode = (error: { code: string; message: string }) =>
  new Refusal(error.code, `${error.code}: ${error.message}`);

export const keyBackupCommands: Record<string, Command> = {
  'central backup-keys': {
    options: {
      'data-dir': VALUE,
      out: VALUE,
      'backup-secret-file': VALUE,
      json: FLAG,
      ...REFUSED_BACKUP_SECRET_OPTIONS,
      ...ACCOUNT_OPTIONS,
    },
    run: backupKeys,
    refusal: byCode,
  },
  'central restore-keys': {
    options: {
      'data-dir': VALUE,
      in: VALUE,
      'backup-secret-file': VALUE,
      json: FLAG,
      ...REFUSED_BACKUP_SECRET_OPTIONS,
      ...ACCOUNT_OPTIONS,
    },
    run: restoreKeys,
    refusal: byCode,
  },
};
