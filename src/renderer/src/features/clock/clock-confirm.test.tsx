import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { refuse } from '../../api/mock-precinct';
import { button, renderScreen, testAppState } from '../../api/screen-test';
import { useSessionStore } from '../../app-state/session-store';
import { ClockConfirmDialog } from './ClockConfirmDialog';

const clock = testAppState(null, 'en').clock;

describe('the clock question', () => {
  it('shows the precinct-local date, time and zone, and records the confirmation', async () => {
    const onClose = vi.fn();
    const confirmed = { ...clock, confirmedToday: true };
    const { mock } = renderScreen(
      <ClockConfirmDialog clock={{ ...clock, confirmedToday: false }} onClose={onClose} />,
      { handlers: { confirmClock: () => confirmed } },
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Is this date, time and time zone correct?',
    });
    expect(dialog.textContent).toContain('(2027-03-10)');
    expect(dialog.textContent).toContain('09:30');
    expect(dialog.textContent).toContain('Asia/Almaty');
    fireEvent.click(button('Yes, confirm'));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(mock.callsOf('confirmClock')).toEqual([{}]);
    expect(useSessionStore.getState().appState?.clock).toEqual(confirmed);
  });

  it('keeps the question open with the refusal in Kazakh', async () => {
    const onClose = vi.fn();
    renderScreen(<ClockConfirmDialog clock={clock} onClose={onClose} />, {
      language: 'kk',
      handlers: { confirmClock: () => refuse('forbidden') },
    });
    fireEvent.click(button('Иә, растаймын'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Сіздің рөліңіз бұған рұқсат бермейді.',
    );
    expect(onClose).not.toHaveBeenCalled();
  });
});
