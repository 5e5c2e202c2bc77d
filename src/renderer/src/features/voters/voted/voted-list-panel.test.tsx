import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SectionsState } from '@shared/voters/voter-api';
import type { VotedList } from '@shared/voters/voted-list-api';
import type { MockHandlers } from '../../../api/mock-precinct';
import { renderScreen } from '../../../api/screen-test';
import { VotedListPanel } from './VotedListPanel';
import { useVotedListStore } from './voted-list-store';

const section = (sectionId: string, name: string, deskLabel: string) => ({
  sectionId,
  name,
  deskLabel,
  deviceId: 'laptop-1',
  rule: { kind: 'alphabet' as const, from: name.charAt(0), to: name.charAt(2) },
});

const list: VotedList = {
  precinctNumber: 101,
  precinctName: 'School No. 5',
  electionName: 'Election',
  votingDay: '2027-03-14',
  printedDate: '2027-03-14',
  printedTime: '13:05',
  timeZone: 'Asia/Almaty',
  sectionsDefined: true,
  parts: [],
};

const handlers = (sections: SectionsState['sections']): MockHandlers => ({
  getSections: () => ({ sections, thisDeviceId: 'laptop-1', knownDevices: ['laptop-1'] }),
  getVotedList: () => list,
});

afterEach(() => useVotedListStore.setState({ settledHour: null }));

async function printWith(button: HTMLElement) {
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Print or save as PDF' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save as PDF…' }));
}

describe('the buttons of the list of who has voted', () => {
  it('one for all sections and one per section; each reads its own part of the list', async () => {
    const { mock } = renderScreen(<VotedListPanel />, {
      handlers: handlers([section('s1', 'А–Л', 'Desk 1'), section('s2', 'М–Я', 'Desk 2')]),
    });
    const buttons = await screen.findByRole('list', { name: 'The list to print' });
    await waitFor(() =>
      expect(
        within(buttons)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([
        'Print all sections / save as PDF',
        'Print section А–Л / save as PDF',
        'Print section М–Я / save as PDF',
      ]),
    );
    await printWith(screen.getByRole('button', { name: 'Print section М–Я / save as PDF' }));
    await waitFor(() => expect(mock.callsOf('getVotedList')).toEqual([{ sectionId: 's2' }]));
    // A section's list does not settle the hour's suggestion; all sections do.
    expect(useVotedListStore.getState().settledHour).toBeNull();
  });

  it('one button for the whole list when it is not split, which settles the hour', async () => {
    const { mock } = renderScreen(<VotedListPanel />, { language: 'kk', handlers: handlers([]) });
    const button = await screen.findByRole('button', {
      name: 'Дауыс бергендер тізімін басып шығару / PDF ретінде сақтау',
    });
    expect(screen.getAllByRole('button')).toHaveLength(1);
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'PDF етіп сақтау…' }));
    await waitFor(() => expect(mock.callsOf('getVotedList')).toEqual([{}]));
    await waitFor(() => expect(useVotedListStore.getState().settledHour).toBe('2027-03-14 13:00'));
  });
});
