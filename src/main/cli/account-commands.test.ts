/**
 * Supervisor accounts on the command line: an administrator adds an operator, who replaces the
 * initial passphrase and is then refused what the role does not allow (making packages, the
 * accounts); `audit verify` of a supervisor folder checks the log of those acts, and names the
 * entry where it breaks.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spec, VOTING_DAY } from '../../../tests/support/supervisor';
import {
  ADMIN,
  adminStore,
  asAdmin,
  centralInit,
  cli,
  secretFile,
  tempFolders,
} from '../../../tests/support/cli';
import { sampleVoters, writeVoterCsv } from '../bench/sample-voters';

const folder = tempFolders('precinct-desk-accounts-');
const OPERATOR = 'Olzhas Operator';
const asOperator = (passphrase: string) => [
  '--account',
  OPERATOR,
  '--secret-file',
  secretFile(passphrase),
];

describe('central account and audit verify', () => {
  it('adds an operator, who replaces the initial passphrase and cannot make packages', async () => {
    const dir = join(folder(), 'central');
    expect((await centralInit(dir)).code).toBe(0);
    const add = await cli(
      'central',
      'account',
      'add',
      OPERATOR,
      '--role',
      'operator',
      '--data-dir',
      dir,
      ...asAdmin(),
      '--new-secret-file',
      secretFile('initial for olzhas'),
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.out).toContain(`${OPERATOR}\toperator\tactive, initial passphrase`);
    // A passphrase on the command line itself is refused before anything is read.
    expect(
      (
        await cli(
          'central',
          'account',
          'list',
          '--data-dir',
          dir,
          '--passphrase',
          'x',
          '--account',
          ADMIN,
        )
      ).code,
    ).toBe(2);

    const specPath = join(dir, '..', 'spec.json');
    writeFileSync(specPath, JSON.stringify(spec('p-77', 77)));
    const votersPath = join(dir, '..', 'list.csv');
    await writeVoterCsv(votersPath, sampleVoters(3, VOTING_DAY, 77));
    const make = (who: string[]) =>
      cli(
        'package',
        'create',
        '--data-dir',
        dir,
        '--precinct-spec',
        specPath,
        '--voters',
        votersPath,
        '--out',
        join(dir, '..', `p-${Math.random()}.pdpkg`),
        ...who,
      );
    expect(await make(asOperator('initial for olzhas'))).toMatchObject({ code: 2 });
    expect((await make(asOperator('initial for olzhas'))).err).toContain(
      'passphrase_change_required',
    );
    const changed = await cli(
      'central',
      'account',
      'passphrase',
      '--data-dir',
      dir,
      ...asOperator('initial for olzhas'),
      '--new-secret-file',
      secretFile('olzhas own passphrase'),
    );
    expect(changed).toMatchObject({ code: 0 });
    const refused = await make(asOperator('olzhas own passphrase'));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('not_permitted');
    const list = await cli(
      'central',
      'account',
      'list',
      '--data-dir',
      dir,
      ...asOperator('olzhas own passphrase'),
    );
    expect(list.code).toBe(2);
    expect(list.err).toContain('not_permitted');
    expect(await make(asAdmin())).toMatchObject({ code: 0 });

    const verified = await cli(
      'audit',
      'verify',
      '--data-dir',
      dir,
      ...asOperator('olzhas own passphrase'),
    );
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toContain('Supervisor log verified: 4 entries.');

    // An entry edited after it was recorded: exit 1, at that entry.
    const db = await adminStore(dir);
    try {
      expect(
        db.prepare('SELECT seq, account_name, act FROM supervisor_log ORDER BY seq').all(),
      ).toEqual([
        { seq: 1, account_name: ADMIN, act: 'store.initialized' },
        { seq: 2, account_name: ADMIN, act: 'account.added' },
        { seq: 3, account_name: OPERATOR, act: 'account.passphrase_changed' },
        { seq: 4, account_name: ADMIN, act: 'package.made' },
      ]);
      db.prepare("UPDATE supervisor_log SET account_name = 'Somebody' WHERE seq = 3").run();
    } finally {
      db.close();
    }
    const broken = await cli('audit', 'verify', '--data-dir', dir, ...asAdmin());
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Supervisor log broken at entry 3: its hash does not match');
  }, 120_000);

  it('keeps the last administrator; a deactivated account’s passphrase opens nothing', async () => {
    const dir = join(folder(), 'central');
    expect((await centralInit(dir)).code).toBe(0);
    const last = await cli(
      'central',
      'account',
      'deactivate',
      ADMIN,
      '--data-dir',
      dir,
      ...asAdmin(),
    );
    expect(last.code).toBe(2);
    expect(last.err).toContain('last_administrator');
    const secret = secretFile('initial for olzhas');
    await cli(
      'central',
      'account',
      'add',
      OPERATOR,
      '--role',
      'operator',
      '--data-dir',
      dir,
      ...asAdmin(),
      '--new-secret-file',
      secret,
    );
    expect(
      (await cli('central', 'account', 'deactivate', OPERATOR, '--data-dir', dir, ...asAdmin()))
        .out,
    ).toContain(`${OPERATOR}\toperator\tdeactivated`);
    const inactive = await cli(
      'sync',
      'verify',
      '--data-dir',
      dir,
      ...asOperator('initial for olzhas'),
      dir,
    );
    expect(inactive.code).toBe(2);
    expect(inactive.err).toContain('account_inactive');
  }, 120_000);
});
