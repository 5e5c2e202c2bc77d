import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VoterSummary } from '@shared/voters/voter-api';
import { refuse } from '../../../api/mock-precinct';
import { renderScreen } from '../../../api/screen-test';
import { useVotersNavStore } from '../voters-store';
import { FindArea } from './FindArea';
import { useVoterSearchStore } from './voter-search-store';

const voter = (iin: string, lastName: string, firstName: string): VoterSummary => ({
  iin,
  lastName,
  firstName,
  patronymic: null,
  birthDate: '1980-05-17',
  address: '5 Abai Avenue, flat 12',
  status: 'listed',
  absentee: false,
  homeVoting: false,
  ballotIssued: false,
  removalPending: false,
});

const found = [
  voter('800517300123', 'Serikova', 'Aida'),
  voter('810101400456', 'Serikov', 'Nurlan'),
];

describe('the voter search', () => {
  it('searches as the member types, and the keyboard opens the highlighted voter', async () => {
    const { mock } = renderScreen(<FindArea />, {
      handlers: {
        searchVoters: ({ query }) => ({
          voters: query ? found : [],
          total: query ? found.length : 0,
          totalCapped: false,
          truncated: false,
        }),
      },
    });
    const box = screen.getByRole('combobox', { name: 'Search the list' });
    fireEvent.change(box, { target: { value: 'serik' } });
    expect(await screen.findByText('2 voters found.')).toBeTruthy();
    expect(mock.callsOf('searchVoters')).toEqual([
      { query: '', limit: 5000 },
      { query: 'serik', limit: 5000 },
    ]);
    expect(screen.getByRole('listbox', { name: 'Voters found' }).textContent).toContain('Serikov');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toMatch(/-1$/);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(useVotersNavStore.getState().cardIin).toBe('810101400456'));
  });

  it('says in Kazakh why the list could not be searched', async () => {
    renderScreen(<FindArea />, {
      language: 'kk',
      handlers: { searchVoters: () => refuse('forbidden') },
    });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Серік' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Сіздің рөліңіз бұған рұқсат бермейді.',
    );
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('offers the import as the next step on an empty list, to who may import', async () => {
    const empty = () => ({ voters: [], total: 0, totalCapped: false, truncated: false });
    useVoterSearchStore.getState().reset();
    renderScreen(<FindArea />, { handlers: { searchVoters: empty } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import the voter list' }));
    expect(useVotersNavStore.getState().area).toBe('import');
  });

  it('says who imports the list to a member who may not', async () => {
    const empty = () => ({ voters: [], total: 0, totalCapped: false, truncated: false });
    useVoterSearchStore.getState().reset();
    renderScreen(<FindArea />, {
      permissions: ['record', 'ballot.issue'],
      role: 'member',
      handlers: { searchVoters: empty },
    });
    expect(await screen.findByText(/imports the list; searching works once it is in/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import the voter list' })).toBeNull();
  });
});
