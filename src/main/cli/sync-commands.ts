import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { DomainError } from '@shared/result';
import type { CoreContext } from '../core/context';
import { folderModeOf } from '../core/features/supervisor/supervisor-folder';
import { databasePath } from '../core/kernel/db/database';
import { openPrecinctFolder, requireMemberPermission } from './cli-store';
import { REFUSED_SECRET_OPTIONS } from './secret-input';
import { doorPath } from '../core/kernel/at-rest/door-file';
import { handoverSecret } from '../core/features/sync';
import { ExportService } from '../core/features/sync/export-service';
import { SYNC_FILE_EXTENSION } from '../core/airgap/file-endings';
import { displayFingerprint } from '../core/airgap/keys';
import { PackageService } from '../core/features/sync/package-loader';
import { readKeys } from '../core/features/sync/sync-store';
import { MAX_SLOTS } from '@shared/sync/package-content';
import { FLAG, stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { Refusal, type CliOutput, type Command } from './command';
import { handoverCodeOf, REFUSED_CODE_OPTIONS } from './handover-code-input';

/** The data folder a precinct command works in: given, existing, and not supervisor mode's. */
function precinctFolder(args: ParsedArgs): string {
  const dataDir = stringOption(args, 'data-dir');
  if (!dataDir) throw new UsageError('give --data-dir DIR');
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(`no data folder at ${dataDir}`);
  }
  if (folderModeOf(dataDir) === 'supervisor') {
    // Refused before anything is opened or created there (exit 2, nothing written).
    throw new Refusal(
      'supervisor_folder',
      `supervisor_folder: ${dataDir} is a supervisor-mode folder, not a precinct's`,
    );
  }
  return dataDir;
}

/** A refusal printed with its stable code, for scripts that act on the reason. */
function withCode(error: DomainError, exitCode: number): Refusal {
  return new Refusal(error.code, `${error.code}: ${error.message}`, exitCode);
}

/**
 * `precinct-desk package load FILE --data-dir P [--code-file FILE] [--slot N]`: the command
 * line's "Load package", the handover code typed at the prompt or read from the code file.
 * `--slot` names the laptop slot this laptop takes (needed at a first load when the package
 * offers more than one). 0 loaded, 1 refused (the reason's code, nothing changed), 2 unusable
 * arguments or folder.
 */
async function packageLoad(args: ParsedArgs, output: CliOutput): Promise<number> {
  const [, , file, ...extra] = args.words;
  if (!file) throw new UsageError('name the package file');
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
  const slotText = stringOption(args, 'slot');
  const slot = slotText === undefined ? undefined : Number(slotText);
  if (slot !== undefined && !(Number.isInteger(slot) && slot >= 1 && slot <= MAX_SLOTS)) {
    throw new UsageError(`--slot takes a laptop number from 1 to ${MAX_SLOTS}`);
  }
  const dataDir = precinctFolder(args);
  if (!existsSync(file)) throw new UsageError(`no file at ${file}`);
  const handoverCode = await handoverCodeOf(args, output);
  const databaseExisted = existsSync(databasePath(dataDir));
  const doorExisted = existsSync(doorPath(dataDir));
  const { ctx, actor } = await openPrecinctFolder(dataDir, args, output, handoverCode);
  let loaded = false;
  try {
    requireMemberPermission(ctx, actor, 'precinct.setup');
    const packages = new PackageService(
      ctx.db,
      ctx.log,
      ctx.clock,
      ctx.precinct,
      ctx.members,
      ctx.door,
    );
    // A new store is sealed by the handover code before the list is written into it (a kill
    // never leaves voters behind a key in clear): the code is checked against the body first.
    // Otherwise the signed header is enough to print; the body's key is stretched by the load.
    const sealFirst = !ctx.door.sealed && !ctx.precinct.isSetUp();
    const preview = await packages.preview(resolve(file), sealFirst ? handoverCode : undefined);
    if (sealFirst) await sealByCode(ctx, handoverCode);
    const result = await packages.load(
      resolve(file),
      handoverCode,
      actor,
      'cli',
      preview.centralFingerprint,
      slot,
    );
    loaded = true;
    // A store no secret sealed yet is sealed by the handover code until the chair's PIN.
    if (!ctx.door.sealed) await sealByCode(ctx, handoverCode);
    const { out } = output;
    out(
      `Package ${preview.packageId}, revision ${result.revision}: ${result.kind.replace('_', ' ')}.`,
    );
    out(`Central commission key: ${displayFingerprint(preview.centralFingerprint)}`);
    out(
      `Precinct ${preview.precinct.number} (${preview.precinct.precinctId}), ${preview.election.name}, voting day ${ctx.precinct.require().votingDay}.`,
    );
    const taken = readKeys(ctx.db)?.slot ?? null;
    if (taken !== null) {
      const label = preview.slots.find((s) => s.slot === taken)?.label;
      out(`Laptop ${taken} of ${preview.slots.length}${label ? `, ${label}` : ''}.`);
    }
    if (result.kind === 'first_run') {
      out(`${ctx.members.count()} members; ${result.votersImported} voters imported.`);
      out('The chair sets a PIN at the next start of the app, then gives the members theirs.');
    } else {
      const c = result.differences.counts;
      if (result.votersImported > 0) out(`${result.votersImported} voters imported.`);
      out(
        `List: ${c.added} added, ${c.corrected} corrected, ${c.removed} removed; kept as recorded here: ${c.kept_removed + c.kept_added + c.kept_correction + c.kept_ballot}.`,
      );
    }
    return 0;
  } finally {
    ctx.close();
    // A refused package leaves no trace: not even the database this command created for it.
    if (!loaded && !databaseExisted) {
      for (const suffix of ['', '-wal', '-shm']) {
        rmSync(`${databasePath(dataDir)}${suffix}`, { force: true });
      }
      if (!doorExisted) rmSync(doorPath(dataDir), { force: true });
    }
  }
}

/** Seals a store no secret sealed yet by the handover code (until the chair sets a PIN). */
function sealByCode(ctx: CoreContext, handoverCode: string): Promise<void> {
  return ctx.door.addSecrets([
    { kind: 'handover_code', memberId: null, secret: handoverSecret(handoverCode) },
  ]);
}

/**
 * `precinct-desk sync export --data-dir P --out FILE [--full]`: 0 written and verified, 1
 * nothing new to export (no file written), 2 unusable arguments, folder, or no package yet.
 */
async function syncExport(args: ParsedArgs, output: CliOutput): Promise<number> {
  if (args.words.length > 2) throw new UsageError(`unexpected "${args.words.slice(2).join(' ')}"`);
  const dataDir = precinctFolder(args);
  const outArg = stringOption(args, 'out');
  if (!outArg) throw new UsageError('give --out FILE');
  const out = resolve(outArg);
  // Checked before the folder is opened: the chair's laptop and supervisor mode look for these.
  if (!out.toLowerCase().endsWith(SYNC_FILE_EXTENSION)) {
    throw new UsageError(`--out must name a sync file ending in ${SYNC_FILE_EXTENSION}`);
  }
  if (!existsSync(dirname(out))) throw new UsageError(`no folder at ${dirname(out)}`);
  if (existsSync(out)) throw new UsageError(`a file already stands at ${out}`);
  if (!existsSync(databasePath(dataDir)))
    throw new UsageError(`no precinct database in ${dataDir}`);
  const { ctx, actor } = await openPrecinctFolder(dataDir, args, output);
  try {
    requireMemberPermission(ctx, actor, 'sync.export');
    const record = await new ExportService(ctx.db, ctx.clock).export(
      out,
      args.options.has('full'),
      actor,
    );
    output.out(
      `Exported ${record.eventCount} events (#${record.firstSeq}–#${record.lastSeq}) to ${basename(out)}; read back and verified.`,
    );
    output.out(`SHA-256 ${record.sha256}`);
    for (const [type, count] of Object.entries(record.counts).sort()) {
      output.out(`  ${type}: ${count}`);
    }
    return 0;
  } finally {
    ctx.close();
  }
}

/** The precinct's sync commands. */
export const syncCommands: Record<string, Command> = {
  'package load': {
    options: {
      'data-dir': VALUE,
      'code-file': VALUE,
      slot: VALUE,
      member: VALUE,
      'secret-file': VALUE,
      ...REFUSED_CODE_OPTIONS,
      ...REFUSED_SECRET_OPTIONS,
    },
    run: packageLoad,
    // A package the core refuses is the check failing (1); nothing was changed.
    refusal: (error) => withCode(error, 1),
  },
  'sync export': {
    options: {
      'data-dir': VALUE,
      out: VALUE,
      full: FLAG,
      member: VALUE,
      'secret-file': VALUE,
      'code-file': VALUE,
      ...REFUSED_CODE_OPTIONS,
      ...REFUSED_SECRET_OPTIONS,
    },
    run: syncExport,
    // Nothing new is an answer (1); any other refusal is a folder not ready (2).
    refusal: (error) => withCode(error, error.code === 'nothing_to_export' ? 1 : 2),
  },
};
