import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useSupervisorStore } from '../supervisor-store';
import { openState } from '../supervisor-test-state';
import { describe, expect, it } from 'vitest';
import type { OpenedFile } from '@shared/files/files-contract';
import type { PackageInputsCheck } from '@shared/supervisor/supervisor-contract';
import { renderScreen } from '../../../api/screen-test';
import { PackagesSection } from './PackagesSection';

const spec: OpenedFile = {
  handle: `fh_${'s'.repeat(32)}`,
  path: '/media/usb/p412.json',
  kind: 'file',
};
const list: OpenedFile = {
  handle: `fh_${'v'.repeat(32)}`,
  path: '/media/usb/list.csv',
  kind: 'file',
};

/** Supervisor mode with the host's own dialogs: the open dialog answers spec, then list. */
function renderPackages(check: () => PackageInputsCheck, language: 'en' | 'ru' = 'en') {
  // An administrator is logged in: the screen offers making packages to that role only.
  useSupervisorStore.setState({ state: openState('administrator') });
  const answers = [spec, list];
  return renderScreen(<PackagesSection />, {
    language,
    permissions: null,
    appState: {
      mode: 'supervisor',
      setUp: false,
      precinct: null,
      host: { kind: 'electron', nativeDialogs: true },
    },
    handlers: {
      showOpenDialog: () => ({ files: [answers.shift() ?? list] }),
      checkPackageInputs: check,
      chooseSaveFile: () => ({ handle: `fh_${'o'.repeat(32)}`, path: '/media/usb/p412.pdpkg' }),
      getSupervisorState: () => openState('administrator'),
    },
  });
}

async function chooseBoth(chooseSpec: string, chooseList: string) {
  fireEvent.click(screen.getByRole('button', { name: chooseSpec }));
  await screen.findByText(spec.path);
  fireEvent.click(screen.getByRole('button', { name: chooseList }));
  await screen.findByText(list.path);
}

describe('making a package', () => {
  it('checks the list once both files are chosen and disables making it, with the counts beside, before any save dialog', async () => {
    const { mock } = renderPackages(() => ({ rows: 1200, errorRows: 7, errors: 9, warnings: 0 }));
    await chooseBoth('Choose the spec…', 'Choose the voter list…');
    const make = screen.getByRole('button', { name: 'Create the package and save as…' });
    await waitFor(() =>
      expect(screen.getByTestId('package-check').textContent).toBe(
        'No package can be made from this list: 7 rows with errors (9 errors in all). Correct the list, then choose it again.',
      ),
    );
    expect(make.getAttribute('aria-disabled')).toBe('true');
    expect(make.getAttribute('aria-describedby')).toBe('package-check');
    expect(make.className).toBe('button-secondary button-unavailable');
    fireEvent.click(make);
    expect(mock.callsOf('chooseSaveFile')).toEqual([]);
    expect(mock.callsOf('createPackage')).toEqual([]);
    expect(mock.callsOf('checkPackageInputs')).toEqual([
      { specHandle: spec.handle, votersHandle: list.handle },
    ]);
  });

  it('says the counts in Russian plural forms', async () => {
    renderPackages(() => ({ rows: 30, errorRows: 21, errors: 22, warnings: 0 }), 'ru');
    await chooseBoth('Выбрать описание…', 'Выбрать список избирателей…');
    await waitFor(() =>
      expect(screen.getByTestId('package-check').textContent).toContain(
        '21 строка с ошибками (всего 22 ошибки)',
      ),
    );
  });

  it('offers the save dialog for a list without errors', async () => {
    const { mock } = renderPackages(() => ({ rows: 1, errorRows: 0, errors: 0, warnings: 0 }));
    await chooseBoth('Choose the spec…', 'Choose the voter list…');
    await screen.findByText('The list was checked: 1 row, none with errors.');
    const make = screen.getByRole('button', { name: 'Create the package and save as…' });
    expect(make.getAttribute('aria-disabled')).toBeNull();
    expect(make.className).toBe('button-primary');
    fireEvent.click(make);
    await waitFor(() => expect(mock.callsOf('chooseSaveFile')).toHaveLength(1));
  });
});
