import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '@shared/i18n';
import type { ReturnedLaptop } from '@shared/supervisor/returned-laptop-contract';
import type { ImportRun } from '@shared/supervisor/supervisor-contract';
import { refuse } from '../../../api/mock-precinct';
import { renderScreen } from '../../../api/screen-test';
import { ReturnedLaptopPanel } from './ReturnedLaptopPanel';

const FOLDER = {
  handle: `fh_${'a'.repeat(32)}`,
  path: '/media/aigerim/LAPTOP/data',
  kind: 'folder' as const,
};

const laptop: ReturnedLaptop = {
  precinct: { precinctId: 'p-101', number: 101, name: 'School No. 5' },
  electionId: 'kz-2027',
  deviceId: 'dev-7f3a',
  slot: 2,
  events: 420,
  lastSeq: 418,
  chain: { ok: true, checked: 420, problem: null },
  lastExport: { exportedAt: '2027-03-14T15:02:00.000Z', lastSeq: 400, fileName: 'x.pdsync' },
  unexported: 18,
  closed: true,
  protocolVersions: [{ version: 1, signedAt: '2027-03-14T18:40:00.000Z' }],
};

const run: ImportRun = {
  runId: 'r-1',
  total: 1,
  done: 1,
  accepted: 1,
  alreadyImported: 0,
  held: 0,
  rejected: 0,
  newEvents: 18,
  finished: true,
  files: [
    {
      file: 'dev-7f3a-returned.pdsync',
      status: 'accepted',
      code: null,
      device: 'dev-7f3a',
      precinctId: 'p-101',
      firstSeq: 1,
      lastSeq: 418,
      newEvents: 18,
      waitingFor: null,
    },
  ],
  leftOut: [],
};

const supervisor = {
  permissions: null,
  appState: {
    mode: 'supervisor' as const,
    setUp: false,
    precinct: null,
    host: { kind: 'electron' as const, nativeDialogs: true },
  },
};

describe('opening a returned laptop in supervisor mode', () => {
  it('opens the chosen folder by its handle, shows what it holds and imports its events', async () => {
    const { mock } = renderScreen(<ReturnedLaptopPanel />, {
      ...supervisor,
      handlers: {
        showOpenDialog: () => ({ files: [FOLDER] }),
        openReturnedLaptop: () => laptop,
        importReturnedLaptop: () => run,
      },
    });
    const region = screen.getByRole('region', { name: 'Open a returned laptop' });
    fireEvent.click(
      within(region).getByRole('button', { name: 'Choose the laptop’s data folder' }),
    );
    const facts = await screen.findByTestId('returned-laptop-summary');
    expect(mock.callsOf('showOpenDialog')).toEqual([
      { filters: [], multiple: true, directories: true },
    ]);
    // The page names the folder by its handle only.
    expect(mock.callsOf('openReturnedLaptop')).toEqual([{ handle: FOLDER.handle }]);
    const text = facts.textContent ?? '';
    for (const shown of [
      FOLDER.path,
      'No. 101, School No. 5 (p-101)',
      'dev-7f3a, slot 2',
      'in its log: 420; its own last: No. 418',
      'Verified (events checked: 420)',
      '2027-03-14 15:02 UTC, up to event No. 400; events after it: 18',
      'version 1, signed 2027-03-14 18:40 UTC',
    ]) {
      expect(text).toContain(shown);
    }
    fireEvent.click(
      screen.getByRole('button', { name: 'Import its events into the central store' }),
    );
    expect(
      await screen.findByText('The laptop’s events were imported: new events: 18.'),
    ).toBeTruthy();
    expect(mock.callsOf('importReturnedLaptop')).toEqual([{ handle: FOLDER.handle }]);
    expect(screen.getByTestId('returned-laptop-import').textContent).toContain('dev-7f3a');
  });

  it('says in Kazakh why a folder does not open, and shows nothing of it', async () => {
    renderScreen(<ReturnedLaptopPanel />, {
      ...supervisor,
      language: 'kk',
      handlers: {
        showOpenDialog: () => ({ files: [FOLDER] }),
        openReturnedLaptop: () => refuse('central_key_mismatch'),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: translate('kk', 'returnedLaptop.choose') }));
    expect(await screen.findByText(translate('kk', 'errors.central_key_mismatch'))).toBeTruthy();
    expect(screen.queryByTestId('returned-laptop-summary')).toBeNull();
    expect(
      screen.queryByRole('button', { name: translate('kk', 'returnedLaptop.import') }),
    ).toBeNull();
  });
});
