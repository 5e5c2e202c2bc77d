import { fireEvent, screen, waitFor } from '@testing-library/react';
import { centralPermissionsOf } from '@shared/supervisor/central-roles';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import { refuse } from '../../../api/mock-precinct';
import { button, renderScreen } from '../../../api/screen-test';
import { useSupervisorStore } from '../supervisor-store';
import { FirstRunChoice } from './FirstRunChoice';
import { KeyBackupSection } from './KeyBackupSection';

const nativeSupervisor = {
  mode: 'supervisor' as const,
  setUp: false,
  precinct: null,
  host: { kind: 'electron' as const, nativeDialogs: true },
};
const GOOD = 'cedar and juniper on the hill';
const FINGERPRINT = 'ab'.repeat(32);

const opened: SupervisorState = {
  initialized: true,
  access: 'open',
  account: 'Dana Second',
  accountId: '6f1c2a8e-1d2b-4c3d-8e4f-5a6b7c8d9e0f',
  role: 'administrator',
  permissions: centralPermissionsOf('administrator'),
  mustChangePassphrase: false,
  autoLockMinutes: 10,
  fingerprint: FINGERPRINT,
  precincts: 3,
  devices: 0,
  openAlarms: 0,
  heldFiles: 0,
};

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the key backup screen', () => {
  it('shows the length only, refuses a short or unrepeated passphrase, then saves where the host dialog chose', async () => {
    const { mock } = renderScreen(<KeyBackupSection />, {
      permissions: null,
      appState: nativeSupervisor,
      handlers: {
        chooseSaveFile: () => ({ handle: 'fh_0123456789abcdef', path: '/media/usb/keys.pdkeys' }),
        makeKeyBackup: () => ({
          path: '/media/usb/keys.pdkeys',
          bytes: 4096,
          sha256: 'cd'.repeat(32),
          precincts: 3,
          fingerprint: FINGERPRINT,
        }),
      },
    });
    type('Backup passphrase', 'short one');
    expect(screen.getByText(/9 characters typed \(at least 12 needed\)\./)).toBeTruthy();
    fireEvent.click(button('Save the key backup…'));
    expect(await screen.findByText(translate('en', 'keyBackup.tooShort'))).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Backup passphrase'));
    type('Backup passphrase', GOOD);
    type('Backup passphrase again', `${GOOD}!`);
    fireEvent.click(button('Save the key backup…'));
    expect(await screen.findByText(translate('en', 'keyBackup.mismatch'))).toBeTruthy();
    expect(mock.callsOf('chooseSaveFile')).toEqual([]);

    type('Backup passphrase again', GOOD);
    fireEvent.click(button('Save the key backup…'));
    expect((await screen.findByTestId('key-backup-made')).textContent).toContain(
      '/media/usb/keys.pdkeys',
    );
    expect(mock.callsOf('chooseSaveFile')).toEqual([
      {
        defaultName: expect.stringMatching(/^central-keys-\d{4}-\d{2}-\d{2}\.pdkeys$/),
        filters: [{ name: 'Key backup', extensions: ['pdkeys'] }],
      },
    ]);
    expect(mock.callsOf('makeKeyBackup')).toEqual([
      { outHandle: 'fh_0123456789abcdef', passphrase: GOOD },
    ]);
    // The passphrase is not kept on screen once the file is written.
    expect((screen.getByLabelText('Backup passphrase') as HTMLInputElement).value).toBe('');
  });

  it('says in Russian when the account is not an administrator', async () => {
    renderScreen(<KeyBackupSection />, {
      permissions: null,
      language: 'ru',
      appState: nativeSupervisor,
      handlers: {
        chooseSaveFile: () => ({ handle: 'fh_0123456789abcdef', path: '/media/usb/keys.pdkeys' }),
        makeKeyBackup: () => refuse('administrator_only'),
      },
    });
    type(translate('ru', 'keyBackup.passphrase'), GOOD);
    type(translate('ru', 'keyBackup.repeat'), GOOD);
    fireEvent.click(button(translate('ru', 'keyBackup.save')));
    expect((await screen.findByRole('alert')).textContent).toBe(
      translate('ru', 'errors.administrator_only'),
    );
  });
});

describe('the first run of a supervisor folder', () => {
  it('offers a restore from a key backup beside the new store, and restores with the file, its passphrase and the administrator', async () => {
    const { mock } = renderScreen(<FirstRunChoice newStore={<p>new store form</p>} />, {
      permissions: null,
      appState: nativeSupervisor,
      handlers: {
        showOpenDialog: () => ({
          files: [{ handle: 'fh_fedcba9876543210', path: '/media/usb/keys.pdkeys', kind: 'file' }],
        }),
        restoreKeyBackup: ({ backupPassphrase }) =>
          backupPassphrase === GOOD ? opened : refuse('wrong_backup_passphrase'),
      },
    });
    expect(screen.getByText('new store form')).toBeTruthy();
    fireEvent.click(button('Restore from a key backup'));
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Restore from a key backup'),
    );
    expect(screen.queryByText('new store form')).toBeNull();

    // Nothing chosen and nothing typed: each field says so, nothing is sent.
    fireEvent.click(button('Restore'));
    expect(await screen.findAllByText('Fill this in.')).toHaveLength(4);
    expect(mock.callsOf('restoreKeyBackup')).toEqual([]);

    fireEvent.click(button('Choose the key backup…'));
    expect(await screen.findByText('/media/usb/keys.pdkeys')).toBeTruthy();
    type('Passphrase of the key backup', 'not the right one');
    type('Account name', 'Dana Second');
    type('Passphrase', 'second laptop passphrase');
    type('Passphrase again', 'second laptop passphrase');
    fireEvent.click(button('Restore'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      translate('en', 'errors.wrong_backup_passphrase'),
    );
    type('Passphrase of the key backup', GOOD);
    fireEvent.click(button('Restore'));
    await waitFor(() => expect(useSupervisorStore.getState().state).toEqual(opened));
    expect(mock.callsOf('restoreKeyBackup').at(-1)).toEqual({
      inHandle: 'fh_fedcba9876543210',
      backupPassphrase: GOOD,
      account: 'Dana Second',
      passphrase: 'second laptop passphrase',
    });
  });

  it('goes back to making a new store', () => {
    renderScreen(<FirstRunChoice newStore={<p>new store form</p>} />, {
      permissions: null,
      appState: nativeSupervisor,
    });
    fireEvent.click(button('Restore from a key backup'));
    fireEvent.click(button('Make a new central store instead'));
    expect(screen.getByText('new store form')).toBeTruthy();
  });
});
