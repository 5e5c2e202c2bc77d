/** Shared steps of the precinct sync tests (package-load*.test.ts, export, peer import). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackageContent } from '../../src/shared/sync/package-content';
import { makeTestCore, readHandle, type TestCore } from './core';
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
import { newHandoverCode } from '../../src/main/core/airgap/handover-code';

export const CHAIR_PIN_FROM_PACKAGE = '775533';

export interface PackageWorld {
  central: CentralKeys;
  precinct: PrecinctKeys;
  voters: VoterData[];
  folder: string;
  /** The handover code every package of this world is sealed with. */
  code: string;
  /** Writes a package of this world (voters and overrides as given); returns its path. */
  write(options?: {
    revision?: number;
    voters?: VoterData[];
    central?: CentralKeys;
    change?: (content: PackageContent) => PackageContent;
    name?: string;
  }): Promise<string>;
}

/** A precinct's package world: `size` voters, `laptops` device slots (one by default). */
export function packageWorld(size = 20, laptops = 1): PackageWorld {
  const central = newCentralKeys();
  const precinct = newPrecinctKeys(laptops);
  const voters = [...sampleVoters(size)];
  const folder = mkdtempSync(join(tmpdir(), 'precinct-desk-package-'));
  let written = 0;
  const code = newHandoverCode();
  return {
    central,
    precinct,
    voters,
    folder,
    code,
    async write(options = {}) {
      const signer = options.central ?? central;
      let content = packageContent({
        central: signer,
        precinct,
        voters: options.voters ?? voters,
      });
      if (options.change) content = options.change(content);
      const path = join(folder, options.name ?? `package-${++written}.pdpkg`);
      await writePackage(path, content, signer, code, options.revision ?? 1);
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
  const path = await world.write();
  // As the loader does: one read handle, previewed, then loaded.
  const handle = await readHandle(t, path);
  const preview = await t.must('previewPackage', { handle });
  const loaded = await t.must('loadPackage', {
    handle,
    handoverCode: world.code,
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
