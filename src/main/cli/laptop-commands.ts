/**
 * `precinct-desk central open-laptop`: the central commission opens a precinct laptop handed
 * back after the election with its own key (docs/at-rest.md, "A returned laptop"), on the
 * supervisor's machine: the laptop's folder is read, never written.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ReturnedLaptop } from '@shared/supervisor/returned-laptop-contract';
import { SYNC_FILE_EXTENSION } from '../core/airgap/file-endings';
import { EVENT_REGISTRY } from '../core/feature-list';
import { requireCentralKeys } from '../core/features/supervisor/central-keys';
import {
  checkLaptopFolder,
  exportReturnedLaptop,
  openReturnedLaptop,
} from '../core/features/supervisor/returned-laptop';
import { systemClock } from '../core/kernel/clock';
import { FLAG, stringOption, UsageError, VALUE, type ParsedArgs } from './args';
import { ACCOUNT_OPTIONS, centralStore, positional, required } from './central-access';
import { Refusal, type CliOutput, type Command } from './command';

/** The sync file to write (`--export-out`), checked before anything is opened. */
function exportTarget(args: ParsedArgs): string | null {
  const given = stringOption(args, 'export-out');
  if (given === undefined) return null;
  const out = resolve(given);
  if (!out.toLowerCase().endsWith(SYNC_FILE_EXTENSION)) {
    throw new UsageError(`--export-out must name a sync file ending in ${SYNC_FILE_EXTENSION}`);
  }
  if (!existsSync(dirname(out))) throw new UsageError(`no folder at ${dirname(out)}`);
  if (existsSync(out)) throw new UsageError(`a file already stands at ${out}`);
  return out;
}

function printSummary(laptopDir: string, s: ReturnedLaptop, out: (line: string) => void): void {
  out(`Returned laptop in ${laptopDir}, opened with the central commission's key (read only).`);
  out(
    s.precinct
      ? `Precinct ${s.precinct.number}, ${s.precinct.name} (${s.precinct.precinctId ?? 'no package'}), election ${s.electionId ?? '—'}.`
      : 'No precinct set up on it.',
  );
  out(`Laptop ${s.deviceId ?? '—'}${s.slot === null ? '' : `, slot ${s.slot}`}.`);
  out(`Events: ${s.events} in its log; its own last is number ${s.lastSeq}.`);
  out(
    s.chain.ok
      ? `Chain: verified (${s.chain.checked} events).`
      : `Chain: BROKEN at device ${s.chain.problem?.deviceId ?? '—'}, event ${s.chain.problem?.seq ?? '—'} (${s.chain.problem?.reason ?? '—'}).`,
  );
  out(
    s.lastExport
      ? `Last export: ${s.lastExport.exportedAt}, up to event ${s.lastExport.lastSeq} (${s.lastExport.fileName}); ${s.unexported} events after it.`
      : `Last export: none; ${s.unexported} events never exported.`,
  );
  out(`Closed: ${s.closed ? 'yes' : 'no'}.`);
  out(
    s.protocolVersions.length > 0
      ? `Protocol versions: ${s.protocolVersions.map((v) => `${v.version} (signed ${v.signedAt})`).join(', ')}.`
      : 'Protocol versions: none.',
  );
}

/**
 * `central open-laptop --data-dir C --laptop-dir L --account NAME --secret-file FILE
 * [--export-out FILE.pdsync] [--json]`: 0 opened (and exported), 1 its chain does not verify,
 * 2 refused with its code (nothing written anywhere but the export).
 */
async function openLaptop(args: ParsedArgs, output: CliOutput): Promise<number> {
  positional(args, 0, 0, '');
  const laptopDir = resolve(required(args, 'laptop-dir'));
  const target = exportTarget(args);
  // The folder's door is checked before the passphrase is asked: nothing to open, nothing asked.
  checkLaptopFolder(laptopDir);
  const { db } = await centralStore(args, output, 'keys.manage');
  let laptop;
  try {
    laptop = openReturnedLaptop(laptopDir, requireCentralKeys(db), EVENT_REGISTRY.chainChecks);
  } finally {
    db.close();
  }
  try {
    const exported = target
      ? { path: target, events: await exportReturnedLaptop(laptop, target, systemClock) }
      : null;
    if (args.options.has('json')) {
      output.out(JSON.stringify({ ...laptop.summary, exported }));
    } else {
      printSummary(laptopDir, laptop.summary, output.out);
      if (exported) {
        output.out(
          `${exported.events} events exported to ${exported.path}; import it with sync import.`,
        );
      }
    }
    return laptop.summary.chain.ok ? 0 : 1;
  } finally {
    laptop.close();
  }
}

export const laptopCommands: Record<string, Command> = {
  'central open-laptop': {
    options: {
      'data-dir': VALUE,
      'laptop-dir': VALUE,
      'export-out': VALUE,
      json: FLAG,
      ...ACCOUNT_OPTIONS,
    },
    run: openLaptop,
    // The laptop's refusals by their codes (not_precinct_folder, no_central_wrap, …): exit 2.
    refusal: (error) => new Refusal(error.code, `${error.code}: ${error.message}`),
  },
};
