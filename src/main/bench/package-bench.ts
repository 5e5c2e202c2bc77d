/**
 * The package bench (docs/benchmarks.md, "Packages"): making a precinct's package as the
 * supervisor store does (spec and list checked, recorded, sealed with a new handover code at
 * the real key-stretching cost, signed, written durably), and opening it with its code as a
 * laptop does. The bench never honours the test switch: every figure is at the real cost.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCentralDatabase } from '../core/features/supervisor/supervisor-db';
import { makeCentralKeys } from '../core/features/supervisor/central-keys';
import { createPackage } from '../core/features/supervisor/package-maker';
import { openPackage } from '../core/airgap/package-file';
import { newHandoverCode } from '../core/airgap/handover-code';
import { makingCost, REAL_COST, sealBody } from '../core/airgap/package-seal';
import type { Db } from '../core/kernel/db/database';

/** The account the bench's packages are recorded as made by, in its store's supervisor log. */
const BENCH_ACCOUNT = { id: '0b3f4e5d-6c7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'Bench' };
import { note, percentile, report, secondsAsync } from './report';
import { sampleSpec } from './sample-spec';
import { sampleVoters, writeVoterCsv } from './sample-voters';

const VOTING_DAY = '2027-03-19';
/** A large precinct's list. */
const VOTERS = 3_000;
const RUNS = 5;

const spec = (number: number) =>
  sampleSpec({
    electionId: 'bench-election',
    precinctId: `bench-${number}`,
    number,
    votingDay: VOTING_DAY,
  });

export async function packageBench(dir: string): Promise<void> {
  if (makingCost().n !== REAL_COST.n) throw new Error('the package bench runs at the real cost');
  mkdirSync(dir, { recursive: true });
  const db = openCentralDatabase(join(dir, 'central'), true) as Db;
  try {
    makeCentralKeys(db, new Date().toISOString());
    const votersPath = join(dir, 'list.csv');
    await writeVoterCsv(votersPath, sampleVoters(VOTERS, VOTING_DAY, 77));
    const made: number[] = [];
    const opened: number[] = [];
    const stretched: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const specPath = join(dir, `spec-${run}.json`);
      writeFileSync(specPath, JSON.stringify(spec(900 + run)));
      const outPath = join(dir, `p-${run}.pdpkg`);
      const [created, makeSeconds] = await secondsAsync(() =>
        createPackage(
          db,
          { specPath, votersPath, outPath },
          new Date().toISOString(),
          BENCH_ACCOUNT,
        ),
      );
      made.push(makeSeconds * 1000);
      const bytes = readFileSync(outPath);
      const [read, openSeconds] = await secondsAsync(() =>
        openPackage(bytes, created.handoverCode),
      );
      if (!read.ok) throw new Error(`the bench package does not open: ${read.problem}`);
      opened.push(openSeconds * 1000);
      // The key stretching alone: an empty body sealed at the real cost.
      const [, sealSeconds] = await secondsAsync(() =>
        sealBody(Buffer.alloc(0), newHandoverCode(), 'bench'),
      );
      stretched.push(sealSeconds * 1000);
    }
    stretched.sort((a, b) => a - b);
    made.sort((a, b) => a - b);
    opened.sort((a, b) => a - b);
    note(
      `Packages: ${VOTERS} voters each, scrypt N=2^${Math.log2(REAL_COST.n)} r=${REAL_COST.r} p=${REAL_COST.p}, ${RUNS} runs`,
    );
    report('package creation, real key stretching', percentile(made, 50), 'ms', {
      worst_ms: made[made.length - 1] as number,
    });
    report('key stretching alone (scrypt)', percentile(stretched, 50), 'ms', {
      worst_ms: stretched[stretched.length - 1] as number,
    });
    report('package opening with its code', percentile(opened, 50), 'ms', {
      worst_ms: opened[opened.length - 1] as number,
    });
  } finally {
    db.close();
  }
}
