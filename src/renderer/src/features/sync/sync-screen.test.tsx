import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import { translatePlural } from '@shared/i18n/plural';
import type { SyncExportRecord } from '@shared/sync/sync-contract';
import { button, renderScreen, testAppState } from '../../api/screen-test';
import { SyncScreen } from './SyncScreen';

const written: SyncExportRecord & { eventCount: number } = {
  exportId: 'x1',
  exportedAt: '2027-03-10T05:00:00Z',
  memberName: 'Aida Serikova',
  fileName: 'precinct-101-2027-03-10.pdsync',
  path: '/media/usb/precinct-101-2027-03-10.pdsync',
  sha256: 'ab'.repeat(32),
  firstSeq: 1,
  lastSeq: 57,
  counts: { 'member.logged_in': 57 },
  full: true,
  eventCount: 57,
};

const nativeHost = { host: { kind: 'electron' as const, nativeDialogs: true } };

describe('the sync screen', () => {
  it('shows a member who may export only the export, and says at once in Kazakh that nothing is new', async () => {
    const { mock } = renderScreen(<SyncScreen />, {
      language: 'kk',
      permissions: ['record', 'sync.export'],
      appState: nativeHost,
      handlers: {
        listSyncExports: () => [],
        getSyncExportState: () => ({ totalEvents: 57, newEvents: 0 }),
      },
    });
    expect(
      screen.queryByRole('heading', { name: translate('kk', 'sync.packageSection') }),
    ).toBeNull();
    expect(screen.queryByRole('heading', { name: translate('kk', 'sync.peerSection') })).toBeNull();
    expect(
      await screen.findByText(translatePlural('kk', 'sync.pending', 57, { pending: 0 })),
    ).toBeTruthy();
    fireEvent.click(button('Файлға шығару'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Шығаратын жаңа ештеңе жоқ: бұл ноутбуктың барлық оқиғалары шығарылған.',
    );
    expect(mock.callsOf('chooseSaveFile')).toEqual([]);
    expect(mock.callsOf('exportSyncFile')).toEqual([]);
  });

  it('writes a full export to the file the host dialog chose and reports what went out', async () => {
    const { mock } = renderScreen(<SyncScreen />, {
      permissions: ['sync.export'],
      appState: { ...nativeHost, precinct: testAppState(null, 'en').precinct },
      handlers: {
        listSyncExports: () => [],
        getSyncExportState: () => ({ totalEvents: 57, newEvents: 0 }),
        chooseSaveFile: () => ({ handle: 'fh_0123456789abcdef', path: written.path }),
        exportSyncFile: () => written,
      },
    });
    fireEvent.click(screen.getByLabelText('Full export: every event of this laptop'));
    fireEvent.click(button('Export to a file'));
    expect((await screen.findByTestId('export-result')).textContent).toContain(
      'Exported 57 events (#1–#57) to precinct-101-2027-03-10.pdsync',
    );
    expect(mock.callsOf('chooseSaveFile')).toEqual([
      {
        defaultName: expect.stringMatching(/^precinct-101-\d{4}-\d{2}-\d{2}\.pdsync$/),
        filters: [{ name: 'Sync files', extensions: ['pdsync'] }],
      },
    ]);
    expect(mock.callsOf('exportSyncFile')).toEqual([{ handle: 'fh_0123456789abcdef', full: true }]);
    expect(screen.getByTestId('export-sha256').textContent).toBe(written.sha256);
  });

  it('does not offer the export before the package is loaded, and says why beside the button', async () => {
    const { mock } = renderScreen(<SyncScreen />, {
      permissions: ['record', 'sync.export'],
      appState: nativeHost,
      handlers: {
        listSyncExports: () => [],
        getSyncExportState: () => ({ totalEvents: 3, newEvents: 3 }),
        getPackageState: () => ({
          loaded: false,
          pendingChairPin: false,
          electionId: null,
          precinctId: null,
          revision: null,
          centralFingerprint: null,
          chairs: [],
        }),
      },
    });
    const exportButton = button('Export to a file');
    await screen.findByText(/has not loaded its precinct package/);
    expect(exportButton.getAttribute('aria-disabled')).toBe('true');
    expect(exportButton.className).not.toContain('button-primary');
    const reason = document.getElementById(exportButton.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(translate('en', 'sync.exportNeedsPackage'));
    fireEvent.click(exportButton);
    expect(mock.callsOf('chooseSaveFile')).toEqual([]);
  });

  it('tells a member what the page is for instead of showing it blank', () => {
    renderScreen(<SyncScreen />, {
      permissions: ['record', 'ballot.issue'],
      role: 'member',
      handlers: {},
    });
    expect(screen.getByText(translate('en', 'sync.notYourRole'))).toBeTruthy();
  });
});
