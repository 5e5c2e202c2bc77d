import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClockStatus } from '@shared/precinct/precinct-contract';
import type { MockHandlers } from '../../../api/mock-precinct';
import { renderScreen } from '../../../api/screen-test';
import { VotedListSuggestion } from './VotedListSuggestion';
import { useVotedListStore } from './voted-list-store';

const clockAt = (localTime: string, localDate = '2027-03-14'): ClockStatus => ({
  nowIso: `${localDate}T${localTime}:00.000Z`,
  timeZone: 'Asia/Almaty',
  localDate,
  localTime,
  behindLatestEvent: false,
  latestEventAt: null,
  confirmedToday: true,
  overridden: false,
});

const handlersAt = (clock: { now: ClockStatus }): MockHandlers => ({
  getClockStatus: () => clock.now,
});

/** Lets the clock's answer arrive and the screen take it. */
const settled = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
  });

afterEach(() => useVotedListStore.setState({ settledHour: null }));

describe('the hourly suggestion to print the list of who has voted', () => {
  it('comes during voting hours, is said in the live region, and hides until the next hour', async () => {
    const clock = { now: clockAt('10:20') };
    renderScreen(<VotedListSuggestion />, { language: 'ru', handlers: handlersAt(clock) });
    const notice = await screen.findByTestId('voted-list-suggestion');
    expect(notice.textContent).toContain('Пора напечатать список проголосовавших');
    expect(screen.getByTestId('voted-list-announcer').textContent).toContain('Сейчас 10:00');
    expect(
      screen.getByRole('button', { name: 'Печать списка проголосовавших / сохранить в PDF' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Не сейчас (до 11:00)' }));
    expect(screen.queryByTestId('voted-list-suggestion')).toBeNull();
    expect(screen.getByTestId('voted-list-announcer').textContent).toBe('');
    expect(useVotedListStore.getState().settledHour).toBe('2027-03-14 10:00');
  });

  it('comes again the next hour, and not at all outside voting hours', async () => {
    useVotedListStore.setState({ settledHour: '2027-03-14 10:00' });
    const clock = { now: clockAt('10:50') };
    const { mock } = renderScreen(<VotedListSuggestion />, {
      language: 'kk',
      handlers: handlersAt(clock),
    });
    await settled();
    expect(mock.callsOf('getClockStatus').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('voted-list-suggestion')).toBeNull();
    clock.now = clockAt('11:00');
    useVotedListStore.setState({ settledHour: '2027-03-14 10:00' });
    renderScreen(<VotedListSuggestion />, { language: 'kk', handlers: handlersAt(clock) });
    expect((await screen.findByTestId('voted-list-suggestion')).textContent).toContain(
      'Қазір 11:00',
    );
  });

  it('says nothing before the first full hour or after closing', async () => {
    for (const time of ['07:40', '20:05']) {
      const { mock, unmount } = renderScreen(<VotedListSuggestion />, {
        handlers: handlersAt({ now: clockAt(time) }),
      });
      await settled();
      expect(mock.callsOf('getClockStatus').length).toBeGreaterThan(0);
      expect(screen.queryByTestId('voted-list-suggestion')).toBeNull();
      unmount();
    }
  });
});
