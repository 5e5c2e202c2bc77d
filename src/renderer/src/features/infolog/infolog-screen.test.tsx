import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InfoLogEntryView, InfoLogPage } from '@shared/infolog/infolog-contract';
import { translate } from '@shared/i18n';
import { refuse } from '../../api/mock-precinct';
import { button, renderScreen, testAppState } from '../../api/screen-test';
import { InfoLogScreen } from './InfoLogScreen';

const media: InfoLogEntryView = {
  id: 'e1',
  kind: 'media',
  number: 3,
  occurredAt: '2027-03-10T04:00:00Z',
  occurredLocal: '2027-03-10T09:00',
  details: {
    kind: 'media',
    outlet: 'Qazaq Radio',
    journalist: 'Dana Omarova',
    foreign: false,
    accreditation: '',
    coverage: 'Preparations at the polling station',
  },
  recordedById: 'm-chair',
  recordedByName: 'Aida Serikova',
  recordedAt: '2027-03-10T04:01:00Z',
  withdrawn: null,
  corrections: 0,
  history: [],
  observer: null,
  complaint: null,
};

const pageOf = (entries: InfoLogEntryView[]): InfoLogPage => ({
  entries,
  total: entries.length,
  members: [{ id: 'm-chair', name: 'Aida Serikova' }],
  presentObservers: 0,
  overdueComplaints: 0,
});

const clock = testAppState(null, 'en').clock;

describe('the information log screen', () => {
  it('withdraws an entry with a reason and shows the log as the core then reads it', async () => {
    let current = media;
    const { mock } = renderScreen(<InfoLogScreen />, {
      handlers: {
        listInfoLog: () => pageOf([current]),
        getClockStatus: () => clock,
        withdrawInfoLogEntry: ({ reason }) => {
          current = { ...media, withdrawn: { at: clock.nowIso, reason, memberName: null } };
          return current;
        },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw Media visit No. 3' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw the entry' }));
    expect(await within(dialog).findByText('Fill in this field.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason for withdrawing'), {
      target: { value: 'Recorded twice' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw the entry' }));
    expect(
      await screen.findByText(
        'Media visit No. 3 was withdrawn. It stays in the log, marked, with the reason.',
      ),
    ).toBeTruthy();
    expect(mock.callsOf('withdrawInfoLogEntry')).toEqual([
      { entryId: 'e1', reason: 'Recorded twice' },
    ]);
    // The write changed the log: the screen read it again without a reload of its own.
    await waitFor(() => expect(screen.getByText('Withdrawn: Recorded twice')).toBeTruthy());
    expect(mock.callsOf('listInfoLog').length).toBeGreaterThanOrEqual(2);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it("keeps the dialog open with the core's refusal in Russian", async () => {
    renderScreen(<InfoLogScreen />, {
      language: 'ru',
      handlers: {
        listInfoLog: () => pageOf([media]),
        getClockStatus: () => clock,
        withdrawInfoLogEntry: () => refuse('entry_withdrawn'),
      },
    });
    const name = { kind: translate('ru', 'infolog.kind.media'), number: 3 };
    fireEvent.click(
      await screen.findByRole('button', { name: translate('ru', 'infolog.withdrawFor', name) }),
    );
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.change(within(dialog).getByLabelText(translate('ru', 'infolog.withdrawReason')), {
      target: { value: 'Дубль' },
    });
    fireEvent.click(button(translate('ru', 'infolog.submitWithdraw')));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Эта запись отозвана; изменить её больше нельзя.',
    );
  });

  it('offers no record or withdraw buttons to a member who may only read', async () => {
    renderScreen(<InfoLogScreen />, {
      permissions: ['audit.read'],
      handlers: { listInfoLog: () => pageOf([media]) },
    });
    expect(await screen.findByText('Qazaq Radio', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw Media visit No. 3' })).toBeNull();
  });
});
