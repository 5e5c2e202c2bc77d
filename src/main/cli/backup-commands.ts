/**
 * The laptop's backups from the command line (docs/backups.md): `backup now` writes one to a
 * folder, `backup list` reads the clear headers of the backups in a folder (no secret).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DomainError } from '@shared/result';
import { backupSource, listBackups, restoreFromBackup, writeBackup } from '../core/features/backup';
import { systemClock } from '../core/kernel/clock';
import { openCliContext } from './cli-context';
import { handoverCodeOf } from './handover-code-input';
import { secretOf } from './secret-input';
import { folderModeOf } from '../core/features/supervisor/supervisor-folder';
import { databasePath } from '../core/kernel/db/database';
import { FLAG, stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { openPrecinctFolder, requireMemberPermission } from './cli-store';
import { Refusal, type CliOutput, type Command } from './command';
import { REFUSED_CODE_OPTIONS } from './handover-code-input';
import { REFUSED_SECRET_OPTIONS } from './secret-input';

function withCode(error: DomainError): Refusal {
  return new Refusal(error.code, `${error.code}: ${error.message}`, 2);
}

/**
 * `precinct-desk backup now --data-dir P --to DIR [--member NAME --secret-file PIN]`: 0 written
 * (its name, last event and SHA-256 printed), 2 refused (the code: `backup_folder_missing`,
 * `disk_full`, `read_only_medium`, `io_error`, `backup_store_unsealed`), nothing else changed.
 */
async function backupNow(args: ParsedArgs, output: CliOutput): Promise<number> {
  if (args.words.length > 2) throw new UsageError(`unexpected "${args.words.slice(2).join(' ')}"`);
  const dataDir = stringOption(args, 'data-dir');
  const to = stringOption(args, 'to');
  if (!dataDir) throw new UsageError('give --data-dir DIR');
  if (!to) throw new UsageError('give --to FOLDER');
  if (!existsSync(databasePath(dataDir))) {
    throw new UsageError(`no precinct database in ${dataDir}`);
  }
  if (folderModeOf(dataDir) === 'supervisor') {
    throw new Refusal('supervisor_folder', `supervisor_folder: ${dataDir} is a supervisor's`);
  }
  const { ctx, actor } = await openPrecinctFolder(dataDir, args, output);
  try {
    requireMemberPermission(ctx, actor, 'sync.export');
    const { path, header } = await writeBackup(backupSource(ctx), resolve(to));
    if (args.options.has('json')) {
      output.out(JSON.stringify({ path, header }));
    } else {
      output.out(`Backup written: ${path}`);
      output.out(`Device ${header.device_id}, events to #${header.last_seq}, ${header.created_at}`);
      output.out(`Store SHA-256 ${header.store_sha256}`);
    }
    return 0;
  } finally {
    ctx.close();
  }
}

/**
 * `precinct-desk backup list DIR [--json]`: the backups in a folder, oldest first, from their
 * clear headers (no secret needed); files that are not whole backups named apart. 0 listed,
 * 1 none found.
 */
async function backupList(args: ParsedArgs, output: CliOutput): Promise<number> {
  const [, , folder, ...extra] = args.words;
  if (!folder) throw new UsageError('name the backup folder');
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Refusal('backup_folder_missing', `backup_folder_missing: no folder at ${folder}`);
  }
  const { backups, damaged } = await listBackups(resolve(folder));
  if (args.options.has('json')) {
    output.out(
      JSON.stringify({
        backups: backups.map((b) => ({ file: b.name, ...b.header })),
        damaged,
      }),
    );
  } else {
    for (const { name, header } of backups) {
      output.out(
        `${name}  ${header.created_at}  precinct ${header.precinct_number ?? '-'}  device ${header.device_id}  slot ${header.slot ?? '-'}  events to #${header.last_seq}`,
      );
    }
    for (const name of damaged) output.out(`${name}  backup_damaged`);
    if (backups.length === 0) output.out('No backup in this folder.');
  }
  return backups.length > 0 ? 0 : 1;
}

/** A package file is read whole; a real one is a few megabytes. */
const MAX_PACKAGE_BYTES = 512 * 1024 * 1024;

/**
 * `precinct-desk restore --from DIR|FILE --data-dir NEW --package FILE [--code-file CODE]
 * --member CHAIR [--secret-file PIN]`: a replacement laptop from a backup (the newest in DIR,
 * or FILE), opened with the chair's PIN or recovery code, on a free slot of the package
 * (opened with its handover code). 0 restored, 2 refused with the code (nothing made).
 */
async function restore(args: ParsedArgs, output: CliOutput): Promise<number> {
  if (args.words.length > 1) throw new UsageError(`unexpected "${args.words.slice(1).join(' ')}"`);
  const from = stringOption(args, 'from');
  const dataDir = stringOption(args, 'data-dir');
  const packageFile = stringOption(args, 'package');
  const chair = stringOption(args, 'member');
  if (!from) throw new UsageError('give --from FOLDER|FILE (the backup)');
  if (!dataDir) throw new UsageError('give --data-dir NEW (the new laptop’s data folder)');
  if (!packageFile) throw new UsageError('give --package FILE (the precinct’s package)');
  if (!chair) throw new UsageError('give --member CHAIR');
  if (!existsSync(packageFile) || statSync(packageFile).size > MAX_PACKAGE_BYTES) {
    throw new UsageError(`no package at ${packageFile}`);
  }
  const code = await handoverCodeOf(args, output);
  const secret = await secretOf(args, output, 'The chair’s PIN or recovery code: ');
  const restored = await restoreFromBackup({
    from: resolve(from),
    dataDir: resolve(dataDir),
    packageBytes: readFileSync(packageFile),
    handoverCode: code,
    chair,
    secret,
    clock: systemClock,
  });
  // Opened once as the app opens it: the door takes the new laptop's facts.
  openCliContext(resolve(dataDir), { key: restored.key, door: restored.door }).close();
  const summary = {
    backup: restored.backup,
    old_device_id: restored.oldDeviceId,
    old_last_seq: restored.header.last_seq,
    device_id: restored.newDeviceId,
    slot: restored.slot,
  };
  if (args.options.has('json')) {
    output.out(JSON.stringify(summary));
  } else {
    output.out(`Restored from ${restored.backup}`);
    output.out(
      `Laptop ${restored.newDeviceId} on slot ${restored.slot}; the events of ${restored.oldDeviceId} to #${restored.header.last_seq} kept as its own past.`,
    );
  }
  return 0;
}

export const backupCommands: Record<string, Command> = {
  'backup now': {
    options: {
      'data-dir': VALUE,
      to: VALUE,
      member: VALUE,
      'secret-file': VALUE,
      'code-file': VALUE,
      json: FLAG,
      ...REFUSED_CODE_OPTIONS,
      ...REFUSED_SECRET_OPTIONS,
    },
    run: backupNow,
    refusal: withCode,
  },
  restore: {
    options: {
      from: VALUE,
      'data-dir': VALUE,
      package: VALUE,
      'code-file': VALUE,
      member: VALUE,
      'secret-file': VALUE,
      json: FLAG,
      ...REFUSED_CODE_OPTIONS,
      ...REFUSED_SECRET_OPTIONS,
    },
    run: restore,
    refusal: withCode,
  },
  'backup list': {
    options: { json: FLAG },
    run: backupList,
    refusal: withCode,
  },
};
