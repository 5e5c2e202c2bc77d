import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CentralAccountView } from '@shared/supervisor/accounts-contract';
import { refuse } from '../../../api/mock-precinct';
import { renderScreen } from '../../../api/screen-test';
import { useSupervisorStore } from '../supervisor-store';
import { openState } from '../supervisor-test-state';
import { AccountsSection } from './AccountsSection';

const admin: CentralAccountView = {
  id: 'a0000000-0000-4000-8000-000000000001',
  name: 'Aigerim Administrator',
  role: 'administrator',
  active: true,
  mustChangePassphrase: false,
  createdAt: '2027-03-01T05:00:00Z',
  lockedUntil: null,
};
const supervisor = { appState: { mode: 'supervisor' as const, setUp: false, precinct: null } };

describe('the supervisor accounts screen', () => {
  beforeEach(() => useSupervisorStore.setState({ state: openState('administrator') }));

  it('adds an operator with an initial passphrase, checked before it is sent', async () => {
    let accounts = [admin];
    const { mock } = renderScreen(<AccountsSection />, {
      ...supervisor,
      permissions: null,
      handlers: {
        listCentralAccounts: () => accounts,
        addCentralAccount: ({ name, role }) => {
          const added = {
            ...admin,
            id: 'b0000000-0000-4000-8000-000000000002',
            name,
            role,
            mustChangePassphrase: true,
          };
          accounts = [...accounts, added];
          return added;
        },
      },
    });
    expect((await screen.findByTestId('accounts-table')).textContent).toContain(
      'Aigerim Administrator (you)',
    );
    const form = screen.getByRole('form', { name: 'Add an account' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Olzhas Operator' } });
    fireEvent.change(within(form).getByLabelText('Initial passphrase', { exact: true }), {
      target: { value: 'short' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the account' }));
    expect(mock.callsOf('addCentralAccount')).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Initial passphrase', { exact: true }), {
      target: { value: 'a long initial passphrase' },
    });
    fireEvent.change(within(form).getByLabelText('Initial passphrase again'), {
      target: { value: 'a long initial passphrase' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the account' }));
    expect(await screen.findByText('Account Olzhas Operator added.')).toBeTruthy();
    expect(mock.callsOf('addCentralAccount')).toEqual([
      { name: 'Olzhas Operator', role: 'operator', passphrase: 'a long initial passphrase' },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('accounts-table').textContent).toContain(
        'Olzhas Operator OperatorActive, initial passphrase',
      ),
    );
  });

  it('shows the refusal to deactivate the last administrator, in Russian', async () => {
    renderScreen(<AccountsSection />, {
      ...supervisor,
      language: 'ru',
      permissions: null,
      handlers: {
        listCentralAccounts: () => [admin],
        deactivateCentralAccount: () => refuse('last_administrator'),
      },
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Деактивировать Aigerim Administrator' }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: 'Деактивировать Aigerim Administrator?',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Деактивировать' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Это последний активный администратор: его нельзя деактивировать или сделать оператором.',
    );
  });

  it('changes a role with a new initial passphrase', async () => {
    const operator = {
      ...admin,
      id: 'b0000000-0000-4000-8000-000000000002',
      name: 'Olzhas',
      role: 'operator' as const,
    };
    const { mock } = renderScreen(<AccountsSection />, {
      ...supervisor,
      permissions: null,
      handlers: {
        listCentralAccounts: () => [admin, operator],
        setCentralAccountRole: ({ role }) => ({ ...operator, role, mustChangePassphrase: true }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Change role of Olzhas' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of Olzhas' });
    expect((within(dialog).getByLabelText('New role') as HTMLSelectElement).value).toBe(
      'administrator',
    );
    fireEvent.change(within(dialog).getByLabelText('Initial passphrase', { exact: true }), {
      target: { value: 'olzhas administers now' },
    });
    fireEvent.change(within(dialog).getByLabelText('Initial passphrase again'), {
      target: { value: 'olzhas administers now' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account Olzhas: saved.')).toBeTruthy();
    expect(mock.callsOf('setCentralAccountRole')).toEqual([
      { accountId: operator.id, role: 'administrator', passphrase: 'olzhas administers now' },
    ]);
  });
});
