import { existsSync, statSync } from 'node:fs';
import type { Db } from '../core/kernel/db/database';
import { requireCentralKeys } from '../core/features/supervisor/central-keys';
import { importBytes, result, type ImportContext } from '../core/features/supervisor/import-file';
import { expandPaths, importAll, syncFilesIn } from '../core/features/supervisor/import-run';
import { PACKAGE_FILE_EXTENSION, SYNC_FILE_EXTENSION } from '../core/airgap/file-endings';
import { createPackage, ListHasErrors } from '../core/features/supervisor/package-maker';
import { revokeDevice } from '../core/features/supervisor/supervisor-handlers';
import { supervisorOperations } from '@shared/supervisor/supervisor-contract';
import { DEFAULT_MAX_FILE_BYTES, readRegularFile } from '../core/airgap/container';
import { displayFingerprint, normalizeFingerprint } from '../core/airgap/keys';
import { openPackage, readPackageHeader } from '../core/airgap/package-file';
import { handoverCodeOf, REFUSED_CODE_OPTIONS } from './handover-code-input';
import { FLAG, stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { Refusal, type CliOutput, type Command } from './command';
import {
  ACCOUNT_OPTIONS,
  centralInit,
  centralInitRefusal,
  centralStore,
  nowIso,
  positional,
  required,
} from './central-access';
import { printText } from './voters-commands';
import { durably } from '../core/features/supervisor/supervisor-db';
import { recordImportRun } from '../core/features/supervisor/supervisor-log';
import { accountCommands } from './account-commands';

function context(db: Db): ImportContext {
  return { db, keys: requireCentralKeys(db), maxBytes: DEFAULT_MAX_FILE_BYTES, now: nowIso };
}

/** `package create --data-dir C --precinct-spec SPEC.json --voters LIST --out FILE`. */
async function packageCreate(args: ParsedArgs, output: CliOutput): Promise<number> {
  positional(args, 0, 0, '');
  const specPath = required(args, 'precinct-spec');
  const votersPath = required(args, 'voters');
  const outPath = required(args, 'out');
  // Checked before anything is read or opened: the precinct's loader opens only packages.
  if (!outPath.toLowerCase().endsWith(PACKAGE_FILE_EXTENSION)) {
    throw new UsageError(`--out must name a package file ending in ${PACKAGE_FILE_EXTENSION}`);
  }
  if (!existsSync(specPath)) throw new UsageError(`no spec file at ${specPath}`);
  if (!existsSync(votersPath)) throw new UsageError(`no voter list at ${votersPath}`);
  if (existsSync(outPath)) throw new UsageError(`a file already stands at ${outPath}`);
  const { db, account } = await centralStore(args, output, 'packages.make');
  try {
    const made = await createPackage(db, { specPath, votersPath, outPath }, nowIso(), account);
    // The code is printed this once and kept nowhere: it goes on the handover act.
    if (args.options.has('json')) {
      output.out(
        JSON.stringify({
          file: made.path,
          revision: made.revision,
          sha256: made.sha256,
          fingerprint: made.centralFingerprint,
          handover_code: made.handoverCode,
        }),
      );
      return 0;
    }
    output.out(
      `Package revision ${made.revision} for precinct ${made.precinctId} written to ${made.path}: ${made.voterRows} voters, SHA-256 ${made.sha256}.`,
    );
    output.out(`Central key: ${displayFingerprint(made.centralFingerprint)}`);
    output.out(`Handover code: ${made.handoverCode}`);
    output.out(
      'Write the code on the handover act now: it is shown only this once. The act and the package travel separately.',
    );
    return 0;
  } catch (error) {
    if (error instanceof ListHasErrors) {
      output.out(`No package written: the voter list has rows with errors.`);
      printText(error.outcome, output.out);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

/**
 * `package verify FILE [--central-key FINGERPRINT] [--code-file FILE]`: the signature and the
 * header; with the handover code's file, also the sealed body opened and its content. Needs
 * no account. 0 valid, 1 not (with its code), 2 unusable arguments.
 */
async function packageVerify(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  const [file] = positional(args, 1, 1, 'the package file') as [string];
  const keyText = stringOption(args, 'central-key');
  const expected = keyText === undefined ? undefined : normalizeFingerprint(keyText);
  if (expected === null) throw new UsageError('--central-key must be a 64-digit hex fingerprint');
  if (!existsSync(file)) throw new UsageError(`no file at ${file}`);
  // Any code option goes to the code's reader, which refuses one given on the command line.
  const withCode = ['code-file', ...Object.keys(REFUSED_CODE_OPTIONS)].some((o) =>
    args.options.has(o),
  );
  const handoverCode = withCode ? await handoverCodeOf(args, output) : null;
  const bytes = readRegularFile(file, DEFAULT_MAX_FILE_BYTES);
  if (typeof bytes === 'string') {
    out(`${file}: ${bytes}`);
    return 1;
  }
  if (handoverCode === null) {
    const read = readPackageHeader(bytes, expected);
    if (!read.ok) {
      out(`${file}: ${read.problem}`);
      return 1;
    }
    const { header } = read;
    out(`${file}: signature valid (the sealed body is checked with --code-file)`);
    out(
      `Precinct ${header.precinct_number} (${header.precinct_id}), election ${header.election_id}, revision ${header.revision}, ${header.voter_rows} voters.`,
    );
    out(`Central key: ${displayFingerprint(read.centralFingerprint)}`);
    return 0;
  }
  const checked = await openPackage(bytes, handoverCode, expected);
  if (!checked.ok) {
    out(`${file}: ${checked.problem}`);
    return 1;
  }
  const { header, content, centralFingerprint } = checked;
  out(`${file}: valid`);
  out(
    `Precinct ${content.precinct.number} (${header.precinct_id}), election ${header.election_id}, revision ${header.revision}, ${header.voter_rows} voters.`,
  );
  out(`Central key: ${displayFingerprint(centralFingerprint)}`);
  const free = content.slots.filter((s) => s.key_pem !== null).map((s) => s.slot);
  out(
    `Laptop slots: ${content.slots.length}; free: ${free.length > 0 ? free.join(', ') : 'none'}; revoked devices: ${content.revoked_devices.length}.`,
  );
  return 0;
}

function existingPaths(args: ParsedArgs, what: string): string[] {
  const paths = positional(args, 1, Number.MAX_SAFE_INTEGER, what);
  const missing = paths.find((p) => !existsSync(p));
  if (missing) throw new UsageError(`no file or folder at ${missing}`);
  return paths;
}

/** `sync verify --data-dir C FILE...`: checks without writing; a file held for a gap is valid. */
async function syncVerify(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  const paths = existingPaths(args, 'the sync files');
  const { db } = await centralStore(args, output, 'imports.run');
  try {
    const ctx = context(db);
    let allValid = true;
    for (const file of expandPaths(paths)) {
      const bytes = readRegularFile(file, ctx.maxBytes);
      const r =
        typeof bytes === 'string'
          ? result(file, 'rejected', bytes)
          : importBytes(ctx, file, bytes, { dryRun: true });
      if (r.status === 'rejected') allValid = false;
      out(`${file}: ${r.code ?? 'valid'}`);
    }
    return allValid ? 0 : 1;
  } finally {
    db.close();
  }
}

/** `sync import --data-dir C FILE|FOLDER... [--json]`: 0 all in, 3 some held, 1 any rejected. */
async function syncImport(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  const paths = existingPaths(args, 'the sync files or folders');
  // A file named is read as it is; from a folder only its sync files, the rest named as left out.
  const { files: chosen, leftOut } = syncFilesIn(
    paths.map((path) => ({ path, folder: statSync(path).isDirectory() })),
  );
  const { db, account } = await centralStore(args, output, 'imports.run');
  try {
    const run = importAll(context(db), chosen);
    durably(db, () => recordImportRun(db, account, { ...run, leftOut }, nowIso()));
    if (args.options.has('json')) {
      out(
        JSON.stringify({
          left_out: leftOut,
          files: run.files.map((f) => ({
            file: f.file,
            status: f.status,
            code: f.code,
            device: f.device,
            first_seq: f.firstSeq,
            last_seq: f.lastSeq,
            new_events: f.newEvents,
            ...(f.refusedEvent
              ? { refused_event: { seq: f.refusedEvent.seq, type: f.refusedEvent.type } }
              : {}),
          })),
        }),
      );
    } else {
      for (const f of run.files) {
        const what =
          f.status === 'accepted'
            ? `accepted (${f.newEvents} new events)`
            : f.status === 'held'
              ? `held (waiting for seq ${f.waitingFor?.from}..${f.waitingFor?.to} of ${f.device})`
              : f.status === 'rejected'
                ? `rejected: ${f.code}${f.refusedEvent ? ` (event #${f.refusedEvent.seq}, ${f.refusedEvent.type})` : ''}`
                : 'already imported (no change)';
        out(`${f.file}: ${what}`);
      }
      for (const file of leftOut)
        out(`${file}: left out (not a sync file, ${SYNC_FILE_EXTENSION})`);
      out(
        `${run.total} files: ${run.accepted} accepted, ${run.alreadyImported} already imported, ${run.held} held, ${run.rejected} rejected; ${run.newEvents} new events.`,
      );
    }
    return run.rejected > 0 ? 1 : run.held > 0 ? 3 : 0;
  } finally {
    db.close();
  }
}

/**
 * `device revoke DEVICE --data-dir C --reason TEXT`: the app's "Revoke…" on the Devices screen,
 * revoked by the account that opened the store, with the same input rules (the contract's
 * schema: a reason, not blank) and the same checks. 0 revoked; 2 unusable arguments or folder, or refused
 * (`device_not_found`, `device_revoked`: the code is printed), nothing written.
 */
async function deviceRevoke(args: ParsedArgs, output: CliOutput): Promise<number> {
  const { out } = output;
  const [deviceId] = positional(args, 1, 1, 'the device id') as [string];
  const parsed = supervisorOperations.revokeDevice.input.safeParse({
    deviceId,
    reason: stringOption(args, 'reason') ?? '',
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const option = { deviceId: 'the device id', reason: '--reason' };
    throw new UsageError(
      `${option[field as keyof typeof option] ?? field} must be given (not blank, not too long)`,
    );
  }
  const { db, account } = await centralStore(args, output, 'devices.revoke');
  try {
    const device = revokeDevice(db, parsed.data, nowIso(), account);
    out(
      `Device ${device.deviceId} of precinct ${device.precinctId} revoked by ${device.revokedBy} at ${device.revokedAt}: files beyond its event ${device.headSeq} are refused from now on.`,
    );
    return 0;
  } finally {
    db.close();
  }
}

/** The central commission's commands (supervisor mode). */
export const centralCommands: Record<string, Command> = {
  ...accountCommands,
  'central init': {
    options: { 'data-dir': VALUE, ...ACCOUNT_OPTIONS },
    run: centralInit,
    refusal: centralInitRefusal,
  },
  'package create': {
    options: {
      'data-dir': VALUE,
      'precinct-spec': VALUE,
      voters: VALUE,
      out: VALUE,
      json: FLAG,
      ...ACCOUNT_OPTIONS,
    },
    run: packageCreate,
  },
  'package verify': {
    options: { 'central-key': VALUE, 'code-file': VALUE, ...REFUSED_CODE_OPTIONS },
    run: packageVerify,
  },
  'sync verify': { options: { 'data-dir': VALUE, ...ACCOUNT_OPTIONS }, run: syncVerify },
  'sync import': {
    options: { 'data-dir': VALUE, json: FLAG, ...ACCOUNT_OPTIONS },
    run: syncImport,
  },
  'device revoke': {
    options: { 'data-dir': VALUE, reason: VALUE, ...ACCOUNT_OPTIONS },
    run: deviceRevoke,
    // Refused by the store (no such device, revoked already): its code, exit 2, nothing written.
    refusal: (error) => new Refusal(error.code, `${error.code}: ${error.message}`),
  },
};
