import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  AccommodationSettings,
  RegisterPage,
} from '@shared/accommodations/accommodation-contract';
import { translate } from '@shared/i18n';
import { refuse } from '../../api/mock-precinct';
import { renderScreen } from '../../api/screen-test';
import { AccommodationsScreen } from './AccommodationsScreen';

const settings: AccommodationSettings = {
  cutoffTime: '12:00',
  source: 'default',
  votingDay: '2027-03-14',
  cutoff: null,
  passed: false,
};

const register: RegisterPage = { rows: [], total: 120, openRequests: 4, notOnList: 1 };

describe('the accommodations screen', () => {
  it('shows the cut-off and the register, and pages through it fifty requests at a time', async () => {
    const { mock } = renderScreen(<AccommodationsScreen />, {
      handlers: {
        listLoginMembers: () => [],
        getAccommodationSettings: () => settings,
        listAccommodationRequests: () => register,
      },
    });
    expect((await screen.findByTestId('cutoff-status')).textContent).toBe(
      'Home-voting requests are accepted until 12:00 (precinct time). This is the default.',
    );
    expect(screen.getByRole('button', { name: 'New request' })).toBeTruthy();
    const pager = screen.getByRole('navigation', { name: 'Register pages' });
    expect(pager.textContent).toContain('Page 1 of 3');
    fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pager.textContent).toContain('Page 2 of 3'));
    expect(mock.callsOf('listAccommodationRequests').map((call) => call.offset)).toEqual([0, 50]);
    expect(mock.callsOf('listAccommodationRequests')[1]).toMatchObject({
      order: 'newest',
      limit: 50,
    });
  });

  it('says in Russian why the register could not be read, with nothing to record for a reader', async () => {
    renderScreen(<AccommodationsScreen />, {
      language: 'ru',
      permissions: ['audit.read'],
      handlers: {
        getAccommodationSettings: () => settings,
        listAccommodationRequests: () => refuse('internal'),
      },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Что-то пошло не так. Ничего не изменено.',
    );
    expect(
      screen.queryByRole('button', { name: translate('ru', 'accommodations.newRequest') }),
    ).toBeNull();
  });
});
