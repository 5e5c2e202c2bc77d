/**
 * Every supervisor operation of the contract has its need in the one table
 * (central-operations.ts), and the core enforces it for each role: an operation found in the
 * contract's supervisor groups without an entry fails the first test, and every operation an
 * operator's role lacks is refused (`not_permitted`) before its handler runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../src/shared/api';
import { centralAccountOperations } from '../../src/shared/supervisor/accounts-contract';
import {
  CENTRAL_OPERATION_NEEDS,
  type CentralOperationName,
} from '../../src/shared/supervisor/central-operations';
import { centralCan } from '../../src/shared/supervisor/central-roles';
import { keyBackupOperations } from '../../src/shared/supervisor/key-backup-contract';
import { resultsOperations } from '../../src/shared/supervisor/results-contract';
import { precinctListOperations } from '../../src/shared/supervisor/precinct-list-contract';
import { returnedLaptopOperations } from '../../src/shared/supervisor/returned-laptop-contract';
import { supervisorOperations } from '../../src/shared/supervisor/supervisor-contract';
import { makeTestCore, type TestCore } from '../support/core';
import { startCentral } from '../support/supervisor';
import { ADMIN, ADMIN_PASSPHRASE } from '../support/cli';

const OPERATOR = 'Olzhas Operator';
const INITIAL = 'initial passphrase of olzhas';
const OWN = 'olzhas chose this one himself';

const contractNames = [
  ...Object.keys(supervisorOperations),
  ...Object.keys(resultsOperations),
  ...Object.keys(precinctListOperations),
  ...Object.keys(centralAccountOperations),
  ...Object.keys(keyBackupOperations),
  ...Object.keys(returnedLaptopOperations),
].sort();

/** Calls a handler past the contract's input check: the guard runs before any input is read. */
async function codeOf(t: TestCore, name: CentralOperationName): Promise<string | null> {
  try {
    await (t.core.handlers[name] as (input: unknown) => unknown)({});
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'other';
  }
}

let t: TestCore | null = null;
afterEach(() => {
  t?.dispose();
  t = null;
});

describe('the supervisor operations and their roles', () => {
  it('names every supervisor operation of the contract, and no other', () => {
    expect(Object.keys(CENTRAL_OPERATION_NEEDS).sort()).toEqual(contractNames);
  });

  it('refuses every operation an operator’s role lacks, and every one while locked', async () => {
    t = makeTestCore();
    await startCentral(t);
    await t.must('addCentralAccount', { name: OPERATOR, role: 'operator', passphrase: INITIAL });
    const names = Object.keys(CENTRAL_OPERATION_NEEDS) as CentralOperationName[];

    await t.must('lockCentralStore', {});
    for (const name of names.filter((n) => CENTRAL_OPERATION_NEEDS[n] !== 'open')) {
      expect(await codeOf(t, name), name).toBe('central_locked');
    }

    // An initial passphrase opens only the change of it.
    await t.must('unlockCentralStore', { account: OPERATOR, passphrase: INITIAL });
    expect((await t.must('getSupervisorState', {})).mustChangePassphrase).toBe(true);
    for (const name of names.filter(
      (n) => !['open', 'account'].includes(CENTRAL_OPERATION_NEEDS[n]),
    )) {
      expect(await codeOf(t, name), name).toBe('passphrase_change_required');
    }
    await t.must('changeCentralPassphrase', { passphrase: OWN });
    await t.must('lockCentralStore', {});
    const state = await t.must('unlockCentralStore', { account: OPERATOR, passphrase: OWN });
    expect(state).toMatchObject({ role: 'operator', mustChangePassphrase: false });

    let refused = 0;
    for (const name of names) {
      const need = CENTRAL_OPERATION_NEEDS[name];
      if (need === 'open') continue;
      const code = await codeOf(t, name);
      if (need === 'account' || centralCan('operator', need)) {
        expect(code, name).not.toBe('not_permitted');
      } else {
        expect(code, name).toBe('not_permitted');
        refused++;
      }
    }
    // Packages, revocations and the five account operations at least.
    expect(refused).toBeGreaterThanOrEqual(7);
    // Through the hosts' door too, with a valid input.
    expect(await t.call('revokeDevice', { deviceId: 'dev-1', reason: 'Lost' })).toMatchObject({
      ok: false,
      error: { code: 'not_permitted' },
    });
    expect(
      await t.call('addCentralAccount', { name: 'X', role: 'administrator', passphrase: OWN }),
    ).toMatchObject({ ok: false, error: { code: 'not_permitted' } });

    // The administrator is refused nothing by its role.
    await t.must('lockCentralStore', {});
    await t.must('unlockCentralStore', { account: ADMIN, passphrase: ADMIN_PASSPHRASE });
    for (const name of names.filter((n) => CENTRAL_OPERATION_NEEDS[n] !== 'open')) {
      expect(await codeOf(t, name), name).not.toBe('not_permitted');
    }
  }, 60_000);
});

/** The handlers' type names every operation of the table (compile-time check). */
export type Covered = Pick<ApiHandlers, CentralOperationName>;
