import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AccommodationSummary, TripView } from '@shared/accommodations/accommodation-contract';
import type { InfoLogEntryView, InfoLogPage } from '@shared/infolog/infolog-contract';
import type { ClockStatus } from '@shared/precinct/precinct-contract';
import type { Turnout } from '@shared/voters/voter-api';
import type { MockHandlers } from '../../api/mock-precinct';
import { renderScreen } from '../../api/screen-test';
import { HomeScreen } from './HomeScreen';

const NBSP = '\u00a0';

const clock: ClockStatus = {
  nowIso: '2027-03-14T07:30:00.000Z',
  timeZone: 'Asia/Almaty',
  localDate: '2027-03-14',
  localTime: '12:30',
  behindLatestEvent: false,
  latestEventAt: null,
  confirmedToday: true,
  overridden: false,
};

const figure = (time: Turnout['figures'][number]['time'], reached: boolean, total: number) => ({
  time,
  reached,
  station: total,
  portableBox: 0,
  total,
  percent: reached ? Math.round((total / 12_345) * 10_000) / 100 : 0,
});

const turnout: Turnout = {
  votingDay: '2027-03-14',
  listed: 12_345,
  station: 2_003,
  portableBox: 21,
  total: 2_024,
  percent: 16.4,
  figures: [
    figure('10:00', true, 1_200),
    figure('12:00', true, 2_003),
    figure('14:00', false, 0),
    figure('16:00', false, 0),
    figure('18:00', false, 0),
    figure('20:00', false, 0),
  ],
};

const complaint = (id: string, dueDate: string) =>
  ({
    id,
    kind: 'complaint',
    withdrawn: null,
    complaint: {
      status: 'open',
      deadline: { rule: 'same_day', days: 0, dueDate, dueAt: `${dueDate}T19:00:00Z` },
      respondedAt: null,
      overdue: false,
      late: false,
    },
  }) as unknown as InfoLogEntryView;

const page = (entries: InfoLogEntryView[], presentObservers: number): InfoLogPage => ({
  entries,
  total: entries.length,
  members: [],
  presentObservers,
  overdueComplaints: 0,
});

const handlers: MockHandlers = {
  getClockStatus: () => clock,
  getTurnout: () => turnout,
  getAccommodationSummary: () =>
    ({
      byKindStatus: [],
      requests: { total: 0, open: 0, closed: 0, notOnList: 0 },
      homeVoting: {
        votingDay: '2027-03-14',
        ballotsIssued: 0,
        fulfilled: 0,
        declinedLate: 0,
        pending: 3,
      },
    }) satisfies AccommodationSummary,
  listHomeVotingTrips: () => [
    { status: 'departed' } as TripView,
    { status: 'returned' } as TripView,
  ],
  listInfoLog: (filter) =>
    filter.kind === 'complaint'
      ? page(
          [
            complaint('a', '2027-03-14'),
            complaint('b', '2027-03-14'),
            complaint('c', '2027-03-16'),
          ],
          0,
        )
      : page([], 22),
  listSyncAlarms: () => [],
  getSyncExportState: () => ({ totalEvents: 40, newEvents: 5 }),
  listSyncExports: () => [],
};

describe('the voting-day home', () => {
  it('writes Kazakh numbers with a space between thousands and a decimal comma', async () => {
    renderScreen(<HomeScreen onGo={() => undefined} />, { language: 'kk', handlers });
    const card = await screen.findByTestId('home-turnout');
    await within(card).findByRole('progressbar');
    expect(card.querySelector('.home-figure')?.textContent).toBe(
      `12${NBSP}345 сайлаушының 2${NBSP}024 дауыс берді: 16,4%.`,
    );
    expect(within(card).getByRole('progressbar').getAttribute('aria-valuetext')).toBe('16,4%');
    const chart = within(card).getByRole('img');
    expect(chart.textContent).toContain('10:00 — 9,7%; 12:00 — 16,2%');
  });

  it('says its counts in Russian plural forms and works out what is due', async () => {
    renderScreen(<HomeScreen onGo={() => undefined} />, { language: 'ru', handlers });
    expect(await screen.findByText('3 выезда на дом ожидают')).toBeTruthy();
    expect(screen.getByText('1 группа сейчас на выезде')).toBeTruthy();
    expect(await screen.findByText('Присутствуют 22 наблюдателя')).toBeTruthy();
    expect(await screen.findByText('2 жалобы — срок ответа сегодня')).toBeTruthy();
    expect(await screen.findByText('5 изменений ещё не выгружено')).toBeTruthy();
    expect(screen.getByTestId('home-report').textContent).toContain('Следующий отчёт в 14:00');
    expect(screen.getByTestId('home-now').textContent).toContain('12:30 (UTC+5)');
  });

  it('shows a member only what a member may read, and asks the core for nothing else', async () => {
    const { mock } = renderScreen(<HomeScreen onGo={() => undefined} />, {
      language: 'en',
      handlers,
      role: 'member',
      permissions: ['record', 'ballot.issue', 'audit.read'],
    });
    expect(await screen.findByText('22 observers present')).toBeTruthy();
    expect(screen.queryByTestId('home-alarms')).toBeNull();
    expect(screen.queryByTestId('home-export')).toBeNull();
    expect(mock.callsOf('listSyncAlarms')).toEqual([]);
    expect(mock.callsOf('getSyncExportState')).toEqual([]);
  });
});
