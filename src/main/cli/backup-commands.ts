/**
 * The laptop's backups from the command line (docs/backups.md): `backup now` writes one to a
 * folder, `backup list` reads the clear headers of the backups in a folder (no secret).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DomainError } from '@shared/result';
import { backupSource, listBackups, writeBackup } from '../core/features/backup';
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
  'backup list': {
    options: { json: FLAG },
    run: backupList,
    refusal: withCode,
  },
};
