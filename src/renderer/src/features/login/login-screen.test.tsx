import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoginMember } from '@shared/api';
import { refuse } from '../../api/mock-precinct';
import { button, renderScreen, testAppState, testSession } from '../../api/screen-test';
import { useSessionStore } from '../../app-state/session-store';
import { LoginScreen } from './LoginScreen';

const members: LoginMember[] = [
  { id: 'm-chair', fullName: 'Aida Serikova', role: 'chair', hasPin: true },
  { id: 'm-new', fullName: 'Bolat Nurlanov', role: 'member', hasPin: false },
];

describe('the login screen', () => {
  it('asks for a name before sending anything, and offers no member without a PIN', async () => {
    const { mock } = renderScreen(<LoginScreen />, {
      permissions: null,
      handlers: { listLoginMembers: () => members },
    });
    expect((await screen.findByLabelText('Bolat Nurlanov')).hasAttribute('disabled')).toBe(true);
    fireEvent.click(button('Log in'));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose your name from the list.');
    expect(mock.callsOf('login')).toEqual([]);
  });

  it('says a wrong PIN and the attempts left in Russian, clears the PIN and puts focus there', async () => {
    const { mock } = renderScreen(<LoginScreen />, {
      language: 'ru',
      permissions: null,
      handlers: {
        listLoginMembers: () => members,
        login: () => refuse('wrong_pin', { attemptsLeft: 2 }),
      },
    });
    fireEvent.click(await screen.findByLabelText('Aida Serikova'));
    const pin = screen.getByLabelText('PIN-код');
    fireEvent.change(pin, { target: { value: '4821' } });
    fireEvent.click(button('Войти'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Неверный PIN-код. До блокировки входа осталось 2 попытки.',
      ),
    );
    expect(mock.callsOf('login')).toEqual([{ memberId: 'm-chair', pin: '4821' }]);
    expect((pin as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(pin);
  });

  it('starts the session the core answers, in the member’s language', async () => {
    const session = testSession(['record'], 'kk', 'member');
    renderScreen(<LoginScreen />, {
      permissions: null,
      handlers: {
        listLoginMembers: () => members,
        login: () => session,
        getAppState: () => testAppState(session, 'kk'),
      },
    });
    fireEvent.click(await screen.findByLabelText('Aida Serikova'));
    fireEvent.change(screen.getByLabelText('PIN'), { target: { value: '4821' } });
    fireEvent.click(button('Log in'));
    await waitFor(() => expect(useSessionStore.getState().appState?.session).toEqual(session));
    expect(await screen.findByRole('heading', { name: 'Кіру' })).toBeTruthy();
  });
});
