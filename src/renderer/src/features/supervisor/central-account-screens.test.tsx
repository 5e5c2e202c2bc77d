import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderScreen } from '../../api/screen-test';
import { ChangePassphrasePanel } from './ChangePassphrasePanel';
import { PackagesSection } from './packages/PackagesSection';
import { useSupervisorStore } from './supervisor-store';
import { openState } from './supervisor-test-state';

const supervisor = { appState: { mode: 'supervisor' as const, setUp: false, precinct: null } };

describe('the passphrase change after an initial one', () => {
  beforeEach(() =>
    useSupervisorStore.setState({ state: openState('operator', { mustChangePassphrase: true }) }),
  );

  it('asks for 12+ characters twice, then sends the new passphrase and reads the state again', async () => {
    const { mock } = renderScreen(<ChangePassphrasePanel />, {
      ...supervisor,
      permissions: null,
      handlers: {
        changeCentralPassphrase: () => ({ ok: true }),
        getSupervisorState: () => openState('operator'),
      },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Choose your own passphrase' })).toBe(
      document.activeElement,
    );
    fireEvent.change(screen.getByLabelText('New passphrase'), { target: { value: 'too short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my passphrase' }));
    expect(screen.getByLabelText('New passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(mock.callsOf('changeCentralPassphrase')).toEqual([]);
    fireEvent.change(screen.getByLabelText('New passphrase'), {
      target: { value: 'olzhas own passphrase' },
    });
    fireEvent.change(screen.getByLabelText('Passphrase again'), {
      target: { value: 'olzhas own passphrase' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save my passphrase' }));
    await waitFor(() =>
      expect(useSupervisorStore.getState().state?.mustChangePassphrase).toBe(false),
    );
    expect(mock.callsOf('changeCentralPassphrase')).toEqual([
      { passphrase: 'olzhas own passphrase' },
    ]);
  });
});

describe('making packages by role', () => {
  it('disables making a package for an operator, with the reason', () => {
    useSupervisorStore.setState({ state: openState('operator') });
    renderScreen(<PackagesSection />, { ...supervisor, permissions: null });
    const make = screen.getByRole('button', { name: 'Create the package and save as…' });
    expect((make as HTMLButtonElement).disabled).toBe(true);
    const reason = document.getElementById(make.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(
      'Only an administrator makes packages. You are logged in as an operator.',
    );
  });

  it('offers it to an administrator', () => {
    useSupervisorStore.setState({ state: openState('administrator') });
    renderScreen(<PackagesSection />, { ...supervisor, permissions: null });
    const make = screen.getByRole('button', { name: 'Create the package and save as…' });
    expect((make as HTMLButtonElement).disabled).toBe(false);
    expect(make.getAttribute('aria-describedby')).toBeNull();
  });
});
