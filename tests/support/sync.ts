/** Shared steps of the precinct sync tests (package-load*.test.ts, export, peer import). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackageContent } from '../../src/shared/sync/package-content';
import { makeTestCore, type TestCore } from './core';
import type { VoterData } from '../../src/main/core/features/voters/voter-store';
import { sampleVoters } from '../../src/main/bench/sample-voters';
import {
  newCentralKeys,
  newPrecinctKeys,
  packageContent,
  writePackage,
  type CentralKeys,
  type PrecinctKeys,
} from './package';

export const CHAIR_PIN_FROM_PACKAGE = '775533';

export interface PackageWorld {
  central: CentralKeys;
  precinct: PrecinctKeys;
  voters: VoterData[];
  folder: string;
  /** Writes a package of this world (voters and overrides as given); returns its path. */
  write(options?: {
    revision?: number;
    voters?: VoterData[];
    central?: CentralKeys;
    change?: (content: PackageContent) => PackageContent;
    name?: string;
  }): string;
}

/** A precinct's package world: `size` voters, `laptops` device slots (one by default). */
export function packageWorld(size = 20, laptops = 1): PackageWorld {
  const central = newCentralKeys();
  const precinct = newPrecinctKeys(laptops);
  const voters = [...sampleVoters(size)];
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-package-'));
  let written = 0;
  return {
    central,
    precinct,
    voters,
    folder,
    write(options = {}) {
      const signer = options.central ?? central;
      let content = packageContent({
        central: signer,
        precinct,
        voters: options.voters ?? voters,
      });
      if (options.change) content = options.change(content);
      const path = join(folder, options.name ?? `package-${++written}.pdpkg`);
      writePackage(path, content, signer, options.revision ?? 1);
      return path;
    },
  };
}

/**
 * A laptop set up from a package (taking device slot `slot`, or the only one offered): the
 * chair has set a PIN and is logged in.
 */
export async function precinctFromPackage(world: PackageWorld, core?: TestCore, slot?: number) {
  const t = core ?? makeTestCore();
  const path = world.write();
  const preview = await t.must('previewPackage', { path });
  const loaded = await t.must('loadPackage', {
    path,
    centralFingerprint: preview.centralFingerprint,
    ...(slot === undefined ? {} : { slot }),
  });
  const chair = loaded.chairs[0]?.memberId ?? '';
  await t.must('setPackageChairPin', {
    memberId: chair,
    pin: CHAIR_PIN_FROM_PACKAGE,
    clockConfirmed: true,
  });
  await t.must('login', { memberId: chair, pin: CHAIR_PIN_FROM_PACKAGE });
  return { t, chair, loaded, preview };
}

export const eventCount = (t: TestCore): number =>
  (t.core.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
