import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultProtocolLines } from '@shared/protocol/protocol-line-labels';
import type { ProtocolLine } from '@shared/protocol/protocol-lines';
import { sampleVoters, writeVoterCsv } from '../../../bench/sample-voters';
import {
  addPrecinct,
  centralFixture,
  spec,
  VOTING_DAY,
  type CentralFixture,
  TEST_SUPERVISOR,
} from '../../../../../tests/support/supervisor';
import { createPackage } from './package-maker';
import { precinctProtocols } from './results-views';

let fx: CentralFixture;
afterEach(() => fx?.dispose());

describe('the protocol’s lines in supervisor mode', () => {
  it('follow the package that gave them, and the law’s for a package without', async () => {
    fx = centralFixture();
    const law = defaultProtocolLines();
    const lines: ProtocolLine[] = [
      law[0]!,
      { key: 'unused', label: { kk: 'Жойылған бюллетеньдер', ru: 'Погашенные бюллетени' } },
      ...law.slice(1).filter((line) => line.key !== 'unused'),
    ];
    const good = spec('p-201', 201);
    const specPath = fx.file(
      'p-201-spec.json',
      JSON.stringify({
        ...good,
        election: { ...good.election, protocol: { quorum: 'two_thirds', lines } },
      }),
    );
    const votersPath = join(fx.dir, 'p-201-list.csv');
    await writeVoterCsv(votersPath, sampleVoters(5, VOTING_DAY, 201));
    await createPackage(
      fx.db,
      { specPath, votersPath, outPath: join(fx.dir, 'p-201.pdpkg') },
      '2027-03-01T00:00:00.000Z',
      TEST_SUPERVISOR,
    );
    await addPrecinct(fx, 'p-202', 202);

    expect(precinctProtocols(fx.db, 'p-201').lines).toEqual(lines);
    expect(precinctProtocols(fx.db, 'p-202').lines).toEqual(law);
  });
});
