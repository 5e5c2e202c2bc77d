import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { PackageState } from '@shared/sync/sync-contract';
import { refuse } from '../../api/mock-precinct';
import { button, renderScreen } from '../../api/screen-test';
import { SetupScreen } from './SetupScreen';

const noPackage: PackageState = {
  loaded: false,
  pendingChairPin: false,
  electionId: null,
  precinctId: null,
  revision: null,
  centralFingerprint: null,
  chairs: [],
};

/** The package loader is handed over by the composition; setup only places it. */
function NoLoader({ chooseLabel }: { chooseLabel: string }) {
  return <p>{chooseLabel}</p>;
}

const firstRun = { appState: { setUp: false, precinct: null }, permissions: null };

describe('the setup screen', () => {
  it('checks the whole form first, sends nothing, and takes focus to the first problem', async () => {
    const { mock } = renderScreen(<SetupScreen PackageLoader={NoLoader} />, {
      ...firstRun,
      handlers: { getPackageState: () => noPackage },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Complete setup' }));
    const summary = await screen.findByText(translate('en', 'validation.summary'));
    expect(summary.getAttribute('role')).toBe('alert');
    const name = screen.getByLabelText('Name of the election or referendum');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(mock.callsOf('completeSetup')).toEqual([]);
  });

  it('says in Russian why supervisor mode could not start', async () => {
    const { mock } = renderScreen(<SetupScreen PackageLoader={NoLoader} />, {
      ...firstRun,
      language: 'ru',
      handlers: {
        getPackageState: () => noPackage,
        startSupervisorMode: () => refuse('internal'),
      },
    });
    fireEvent.click(
      await screen.findByRole('button', {
        name: translate('ru', 'setup.choice.supervisor'),
      }),
    );
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
        'Что-то пошло не так. Ничего не изменено.',
      ),
    );
    expect(mock.callsOf('startSupervisorMode')).toEqual([{}]);
    expect(mock.callsOf('getAppState')).toEqual([]);
    expect(button(translate('ru', 'setup.submit'))).toBeTruthy();
  });
});
