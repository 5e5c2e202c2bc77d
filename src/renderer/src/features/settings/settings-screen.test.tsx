import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { refuse } from '../../api/mock-precinct';
import { button, renderScreen, testSession } from '../../api/screen-test';
import { SettingsScreen } from './SettingsScreen';

const minutesField = () => screen.getByLabelText('Minutes without input before the app locks');

describe('the settings screen', () => {
  it('checks the auto-lock time before sending it, then saves it and says so', async () => {
    const { mock } = renderScreen(<SettingsScreen />, {
      permissions: ['settings.edit'],
      handlers: {
        updateSettings: ({ autoLockMinutes }) => ({ autoLockMinutes }),
        getSession: () => ({
          ...testSession(['settings.edit'], 'en', 'chair'),
          autoLockMinutes: 30,
        }),
      },
    });
    expect((minutesField() as HTMLInputElement).value).toBe('15');
    fireEvent.change(minutesField(), { target: { value: '0' } });
    fireEvent.click(button('Save auto-lock time'));
    expect(await screen.findByText('Enter a whole number from 1 to 120.')).toBeTruthy();
    expect(mock.callsOf('updateSettings')).toEqual([]);

    fireEvent.change(minutesField(), { target: { value: '30' } });
    fireEvent.click(button('Save auto-lock time'));
    expect(
      await screen.findByText('Saved: the app locks after 30 minutes without input.'),
    ).toBeTruthy();
    expect(mock.callsOf('updateSettings')).toEqual([{ autoLockMinutes: 30 }]);
    // What the write changed is read again: the session carries the auto-lock time.
    await waitFor(() => expect(mock.callsOf('getSession')).toHaveLength(1));
    expect(mock.callsOf('listMembers')).toEqual([]);
  });

  it('shows a refusal in Russian and only the time to those who may not change it', async () => {
    renderScreen(<SettingsScreen />, {
      language: 'ru',
      permissions: ['settings.edit'],
      handlers: { updateSettings: () => refuse('forbidden') },
    });
    fireEvent.change(screen.getByLabelText('Минут без действий до блокировки'), {
      target: { value: '20' },
    });
    fireEvent.click(button('Сохранить время блокировки'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ваша роль не позволяет это сделать.',
    );
  });

  it('lets a member without the permission only read the time', () => {
    renderScreen(<SettingsScreen />, { permissions: ['record'] });
    expect(screen.queryByRole('button', { name: 'Save auto-lock time' })).toBeNull();
    expect(screen.getByText('The app locks itself after 15 minutes without input.')).toBeTruthy();
  });
});
