import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PrecinctSummary } from '@shared/supervisor/supervisor-contract';
import { renderScreen } from '../../../api/screen-test';
import { zoneLabel } from '../../../ui/date-time-format';
import { PrecinctsTable } from './PrecinctsTable';

const NBSP = '\u00a0';

const precinct: PrecinctSummary = {
  precinctId: 'p-412',
  number: 412,
  name: 'Мектеп № 12',
  region: 'Алматы',
  district: 'Медеу',
  lastSyncAt: '2027-03-19T04:30:00.000Z',
  devices: 3,
  voters: 12_345,
  ballots: 2_003,
  requests: 1_200,
  logEntries: 7,
  listCorrections: 0,
  openAlarms: 1,
};

describe('supervisor mode’s precincts table', () => {
  it('writes Kazakh counts with a space between thousands, turnout in % with a decimal comma, and the last sync with its zone', () => {
    renderScreen(
      <PrecinctsTable
        precincts={[precinct]}
        order={{ sort: 'number', descending: false }}
        onSort={() => undefined}
        onOpen={() => undefined}
      />,
      {
        language: 'kk',
        permissions: null,
        appState: { mode: 'supervisor', setUp: false, precinct: null },
      },
    );
    const table = screen.getByTestId('precincts-table');
    const cells = within(table).getAllByRole('row')[1]!.querySelectorAll('td');
    const text = [...cells].map((cell) => cell.textContent);
    // Key columns first (name, region, last sync, voters, ballots, turnout), in view without
    // scrolling sideways; the rest after them.
    expect(text.slice(3, 6)).toEqual([`12${NBSP}345`, `2${NBSP}003`, `16,2%`]);
    expect(text[2]).toContain(`(${zoneLabel(undefined, new Date(precinct.lastSyncAt ?? ''))})`);
    expect(text[2]).toMatch(/^19\.03\.2027/);
    expect(text[8]).toBe(`1${NBSP}200`);
  });

  it('says the order in force with aria-sort, and a column pressed sorts by it (again: the other way)', () => {
    const orders: unknown[] = [];
    renderScreen(
      <PrecinctsTable
        precincts={[precinct]}
        order={{ sort: 'ballots', descending: true }}
        onSort={(order) => orders.push(order)}
        onOpen={() => undefined}
      />,
      {
        language: 'en',
        permissions: null,
        appState: { mode: 'supervisor', setUp: false, precinct: null },
      },
    );
    const ballots = screen.getByRole('columnheader', { name: 'Ballots' });
    expect(ballots.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: 'No.' }).getAttribute('aria-sort')).toBeNull();
    // Not every column sorts: a plain header has no button.
    expect(
      within(screen.getByRole('columnheader', { name: 'Devices' })).queryByRole('button'),
    ).toBeNull();
    fireEvent.click(within(ballots).getByRole('button'));
    fireEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(orders).toEqual([
      { sort: 'ballots', descending: false },
      { sort: 'name', descending: false },
    ]);
  });
});
