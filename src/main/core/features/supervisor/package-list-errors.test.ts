import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleVoters, writeVoterCsv } from '../../../bench/sample-voters';
import {
  centralFixture,
  makePackage,
  spec,
  startCentral,
  VOTING_DAY,
  type CentralFixture,
} from '../../../../../tests/support/supervisor';
import {
  makeTestCore,
  readHandles,
  writeHandle,
  type TestCore,
} from '../../../../../tests/support/core';
import type { VoterData } from '../voters';
import { DomainError } from '@shared/result';
import { translate } from '@shared/i18n';
import { translatePlural } from '@shared/i18n/plural';

let fx: CentralFixture;
afterEach(() => fx?.dispose());

describe('a package refused for a list with errors', () => {
  it('counts the rows with errors and the errors apart', async () => {
    fx = centralFixture();
    const voters = [...sampleVoters(6, '2027-03-19', 412)];
    // Row 2: two errors (no surname, no address); row 3: one (no given name).
    voters[0] = { ...voters[0]!, last_name: '', address: '' };
    voters[1] = { ...voters[1]!, first_name: '' };
    const refused = await makePackage(fx, 'p412', 412, voters).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    const { code, details } = refused as DomainError;
    expect(code).toBe('voter_list_errors');
    expect(details).toEqual({ rows: 2, errors: 3 });
    const counted = {
      rows: translatePlural('en', 'packages.errorRows', 2),
      errors: translatePlural('en', 'packages.errorsInAll', 3),
    };
    expect(translate('en', 'errors.voter_list_errors', counted)).toBe(
      'The voter list has 2 rows with errors (3 errors in all); no package was made.',
    );
  });
});

describe('a package’s list checked before the save dialog', () => {
  const cores: TestCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.dispose();
  });

  async function chosen(voters: VoterData[]) {
    const core = makeTestCore();
    cores.push(core);
    await startCentral(core);
    const specPath = join(core.dataDir, 'p413-spec.json');
    writeFileSync(specPath, JSON.stringify(spec('p413', 413)));
    const listPath = join(core.dataDir, 'p413-list.csv');
    await writeVoterCsv(listPath, voters);
    const [specHandle, votersHandle] = await readHandles(core, [specPath, listPath]);
    return { core, specHandle: specHandle ?? '', votersHandle: votersHandle ?? '' };
  }

  it('counts rows and errors through the handles, and makes nothing', async () => {
    const voters = [...sampleVoters(6, VOTING_DAY, 413)];
    voters[0] = { ...voters[0]!, last_name: '', address: '' };
    voters[1] = { ...voters[1]!, first_name: '' };
    const { core, specHandle, votersHandle } = await chosen(voters);
    const checked = await core.must('checkPackageInputs', { specHandle, votersHandle });
    expect(checked).toEqual({ rows: 6, errorRows: 2, errors: 3, warnings: 0 });
    expect((await core.must('getSupervisorState', {})).precincts).toBe(0);
  });

  it('leaves the handles usable for making the package after a clean check', async () => {
    const { core, specHandle, votersHandle } = await chosen([...sampleVoters(4, VOTING_DAY, 413)]);
    const checked = await core.must('checkPackageInputs', { specHandle, votersHandle });
    expect(checked).toMatchObject({ rows: 4, errorRows: 0, errors: 0 });
    const outHandle = await writeHandle(core, join(core.dataDir, 'p413.pdpkg'), 'pdpkg');
    const made = await core.must('createPackage', { specHandle, votersHandle, outHandle });
    expect(made.voterRows).toBe(4);
  });

  it('refuses a spec that cannot be used before any save is offered', async () => {
    const { core, votersHandle } = await chosen([...sampleVoters(2, VOTING_DAY, 413)]);
    const badPath = join(core.dataDir, 'bad-spec.json');
    writeFileSync(badPath, '{"precinct": 1}');
    const badSpec = await readHandles(core, [badPath]);
    const refused = await core.call('checkPackageInputs', {
      specHandle: badSpec[0] ?? '',
      votersHandle,
    });
    expect(refused.ok ? null : refused.error.code).toBe('spec_invalid');
  });
});
