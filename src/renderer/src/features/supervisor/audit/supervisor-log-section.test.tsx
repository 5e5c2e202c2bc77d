import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SupervisorLogEntry } from '@shared/supervisor/accounts-contract';
import { renderScreen } from '../../../api/screen-test';
import { SupervisorLogSection } from './SupervisorLogSection';

const entry = (seq: number, act: SupervisorLogEntry['act'], details = {}): SupervisorLogEntry => ({
  seq,
  at: `2027-03-19T1${seq}:00:00.000Z`,
  accountId: 'a0000000-0000-4000-8000-000000000001',
  accountName: 'Aigerim Administrator',
  act,
  details,
  prevHash: '0'.repeat(64),
  hash: String(seq).repeat(64),
});
const supervisor = { appState: { mode: 'supervisor' as const, setUp: false, precinct: null } };

describe('the supervisor log screen', () => {
  it('lists the acts with their accounts, and says where the chain breaks', async () => {
    let verified = 0;
    const { mock } = renderScreen(<SupervisorLogSection />, {
      ...supervisor,
      permissions: null,
      handlers: {
        listSupervisorLog: () => ({
          total: 2,
          entries: [
            entry(2, 'package.made', { precinct_id: 'p-101', revision: 1 }),
            entry(1, 'store.initialized'),
          ],
        }),
        verifySupervisorLog: () =>
          verified++ === 0
            ? { ok: true, checked: 2, problem: null }
            : { ok: false, checked: 1, problem: { seq: 2, reason: 'hash_mismatch' } },
      },
    });
    const table = await screen.findByTestId('supervisor-log-table');
    expect(table.textContent).toContain('Package made');
    expect(table.textContent).toContain('precinct id: p-101; revision: 1');
    expect(table.textContent).toContain('Aigerim Administrator');
    expect(mock.callsOf('listSupervisorLog')).toEqual([{ limit: 50, offset: 0 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Verify the log' }));
    expect((await screen.findByTestId('supervisor-log-status')).textContent).toBe(
      'Log verified: 2 entries, none changed.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify the log' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The log is broken at entry 2: it was changed after it was recorded.',
    );
  });
});
