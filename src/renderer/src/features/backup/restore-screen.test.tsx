import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackupPreview } from '@shared/backup/backup-contract';
import type { OpenedFile } from '@shared/files/files-contract';
import { refuse } from '../../api/mock-precinct';
import { button, renderScreen, testAppState } from '../../api/screen-test';
import { RestoreSetup } from './RestoreSetup';

const handle = (c: string) => `fh_${c.repeat(32)}`;
const STICK: OpenedFile = { handle: handle('b'), path: '/media/aida/BACKUP', kind: 'folder' };
const PACKAGE: OpenedFile = {
  handle: handle('p'),
  path: '/media/aida/PKG/p101.pdpkg',
  kind: 'file',
};

const PREVIEW: BackupPreview = {
  file: 'precinct-101-abcd1234-20270314T051200Z-42.pdbackup',
  createdAt: '2027-03-14T05:12:00.000Z',
  precinctNumber: 101,
  lastSeq: 42,
  deviceId: 'abcd1234-0000-4000-8000-000000000000',
  chairs: [{ memberId: 'm-chair', fullName: 'Aigerim Sadykova' }],
};

/** A new laptop: nothing set up, the host's own dialogs answering in turn. */
function renderRestore(language: 'en' | 'ru', restore: (secret: string) => unknown) {
  const picks = [STICK, PACKAGE];
  let back = 0;
  const rendered = renderScreen(<RestoreSetup onBack={() => (back += 1)} />, {
    language,
    permissions: null,
    appState: { setUp: false, precinct: null, host: { kind: 'chromium', nativeDialogs: true } },
    handlers: {
      showOpenDialog: () => ({ files: [picks.shift()!] }),
      previewBackup: () => PREVIEW,
      restoreBackup: ({ secret }) => restore(secret) as never,
      getAppState: () => testAppState(null, language),
    },
  });
  return { ...rendered, back: () => back };
}

describe('restoring a new laptop from a backup', () => {
  it('shows what the restore will do, says a wrong PIN, then the new slot and the login', async () => {
    const { mock } = renderRestore('en', (secret) =>
      secret === '775533'
        ? {
            file: PREVIEW.file,
            createdAt: PREVIEW.createdAt,
            precinctNumber: 101,
            lastSeq: 42,
            oldDeviceId: PREVIEW.deviceId,
            newDeviceId: 'ffff0000-0000-4000-8000-000000000000',
            slot: 2,
          }
        : refuse('wrong_pin'),
    );
    // Nothing chosen: each missing piece is said, nothing is sent.
    fireEvent.click(button('Restore this laptop'));
    expect(await screen.findAllByText('Choose it first.')).toHaveLength(2);
    expect(mock.callsOf('restoreBackup')).toEqual([]);

    fireEvent.click(button('Choose the backup folder'));
    const preview = await screen.findByTestId('restore-preview');
    expect(preview.textContent).toContain('Precinct No. 101.');
    // Almaty is UTC+5: the backup of 05:12 UTC was written at 10:12 there.
    expect(preview.textContent).toMatch(/10:12.*events up to No\. 42/);
    expect(preview.textContent).toContain('paper list of who has voted');
    expect(mock.callsOf('showOpenDialog')[0]).toEqual({
      filters: [],
      multiple: true,
      directories: true,
    });
    expect(mock.callsOf('previewBackup')).toEqual([{ backupHandle: STICK.handle }]);

    fireEvent.click(button('Choose the package'));
    await waitFor(() =>
      expect(screen.getByTestId('restore-package-path').textContent).toBe(PACKAGE.path),
    );
    fireEvent.change(screen.getByLabelText('Handover code of the package'), {
      target: { value: ' ABCD-EFGH ' },
    });
    expect((screen.getByLabelText('Chair') as HTMLSelectElement).value).toBe('m-chair');
    const secret = screen.getByLabelText(/The chair’s PIN or recovery code/);
    fireEvent.change(secret, { target: { value: '000000' } });
    fireEvent.click(button('Restore this laptop'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/PIN/);
    expect((secret as HTMLInputElement).value).toBe('');

    fireEvent.change(secret, { target: { value: '775533' } });
    fireEvent.click(button('Restore this laptop'));
    const done = await screen.findByTestId('restore-done');
    expect(done.textContent).toContain('replaces laptop abcd1234 of precinct No. 101');
    expect(done.textContent).toContain('took laptop slot 2');
    expect(mock.callsOf('restoreBackup').at(-1)).toEqual({
      backupHandle: STICK.handle,
      packageHandle: PACKAGE.handle,
      handoverCode: 'ABCD-EFGH',
      chairId: 'm-chair',
      secret: '775533',
    });
    fireEvent.click(button('Go to login'));
    await waitFor(() => expect(mock.callsOf('getAppState')).toHaveLength(1));
  });

  it('speaks Russian and translates a refusal of the package', async () => {
    renderRestore('ru', () => refuse('restore_wrong_package'));
    fireEvent.click(button('Выбрать папку резервных копий'));
    expect((await screen.findByTestId('restore-preview')).textContent).toContain(
      'Событий после этой копии в ней нет',
    );
    fireEvent.click(button('Выбрать пакет'));
    await screen.findByText(PACKAGE.path);
    fireEvent.change(screen.getByLabelText('Код передачи пакета'), { target: { value: 'X' } });
    fireEvent.change(screen.getByLabelText(/PIN-код или код восстановления председателя/), {
      target: { value: '775533' },
    });
    fireEvent.click(button('Восстановить ноутбук'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Это пакет другого участка или других выборов: используйте пакет участка, которому принадлежит резервная копия.',
    );
  });
});
