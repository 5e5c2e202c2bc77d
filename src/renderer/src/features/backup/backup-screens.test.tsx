import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupStatus } from '@shared/backup/backup-contract';
import { button, renderScreen } from '../../api/screen-test';
import { BACKUP_POLL_MS, useBackupStore } from './backup-store';
import { BackupIndicator } from './BackupIndicator';
import { BackupPanel } from './BackupPanel';

const FOLDER = '/media/aida/BACKUP/precinct-101';
const HANDLE = `fh_${'a'.repeat(32)}`;

const status = (change: Partial<BackupStatus> = {}): BackupStatus => ({
  folder: FOLDER,
  lastBackupAt: '2027-03-14T05:12:00.000Z',
  lastBackupFile: 'precinct-101-abcd1234-20270314T051200Z-42.pdbackup',
  lastSeq: 42,
  pending: false,
  lastError: null,
  ...change,
});

const nativeHost = { host: { kind: 'chromium' as const, nativeDialogs: true } };

afterEach(() => {
  useBackupStore.setState({ status: null, error: null });
  vi.useRealTimers();
});

describe('the backup section of settings', () => {
  it('lets the chair choose the folder, then shows it with the backup just written', async () => {
    let current = status({ folder: null, lastBackupAt: null, lastBackupFile: null, lastSeq: null });
    const { mock } = renderScreen(<BackupPanel />, {
      appState: nativeHost,
      handlers: {
        getBackupStatus: () => current,
        showOpenDialog: () => ({ files: [{ handle: HANDLE, path: FOLDER, kind: 'folder' }] }),
        setBackupFolder: () => {
          current = status();
          return current;
        },
      },
    });
    expect(await screen.findByText('No backup folder is named yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
    fireEvent.click(button('Choose the backup folder'));
    expect((await screen.findByTestId('backup-folder')).textContent).toBe(FOLDER);
    expect(mock.callsOf('showOpenDialog')).toEqual([
      { filters: [], multiple: true, directories: true },
    ]);
    expect(mock.callsOf('setBackupFolder')).toEqual([{ folderHandle: HANDLE }]);
    // Almaty is UTC+5: 05:12 UTC is 10:12 at the precinct.
    expect(screen.getByTestId('backup-last').textContent).toMatch(/10:12.*No\. 42/);
    expect(button('Back up now')).toBeTruthy();
  });

  it('says a failing stick in Russian and keeps the buttons from other members', async () => {
    renderScreen(<BackupPanel />, {
      language: 'ru',
      permissions: ['record'],
      role: 'member',
      handlers: {
        getBackupStatus: () =>
          status({ lastError: { code: 'disk_full', at: '2027-03-14T06:00:00.000Z' } }),
      },
    });
    expect((await screen.findByTestId('backup-problem')).textContent).toContain(
      'Копия не записана в',
    );
    expect(screen.getByTestId('backup-problem').textContent).toContain(
      'флешка для копий заполнена.',
    );
    expect(screen.queryByRole('button', { name: 'Создать копию сейчас' })).toBeNull();
    expect(screen.getByText('Папку указывает и копию запускает только председатель.')).toBeTruthy();
  });

  it('shows a backup written now by the chair', async () => {
    let current = status({ lastSeq: 42 });
    const { mock } = renderScreen(<BackupPanel />, {
      handlers: {
        getBackupStatus: () => current,
        backupNow: () => {
          current = status({ lastBackupAt: '2027-03-14T06:30:00.000Z', lastSeq: 57 });
          return current;
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getByTestId('backup-last').textContent).toMatch(/11:30/));
    expect(screen.getByTestId('backup-last').textContent).toContain('No. 57');
    expect(mock.callsOf('backupNow')).toEqual([{}]);
  });
});

describe('the header line', () => {
  it('shows the last backup in Kazakh and turns into a warning as the stick goes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let current = status();
    renderScreen(<BackupIndicator />, {
      language: 'kk',
      handlers: { getBackupStatus: () => current },
    });
    const line = await screen.findByRole('status');
    await waitFor(() => expect(line.textContent).toBe('Соңғы көшірме: 10:12'));
    current = status({ lastError: { code: 'backup_folder_missing', at: '2027-03-14T06:05:00Z' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BACKUP_POLL_MS);
    });
    await waitFor(() => expect(line.className).toContain('backup-indicator-warning'));
    expect(line.textContent).toBe(
      '⚠ 11:05 кезінде көшірме жазылмады: көшірмелер флешкасы немесе қалтасы жоқ.',
    );
    // The same region is kept: a screen reader hears the change, not a new region each poll.
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  it('warns when no folder is named', async () => {
    renderScreen(<BackupIndicator />, {
      handlers: { getBackupStatus: () => status({ folder: null, lastBackupAt: null }) },
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('⚠ No backup folder named'),
    );
  });
});
