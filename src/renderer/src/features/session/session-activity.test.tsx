import { act, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderScreen, testAppState } from '../../api/screen-test';
import { useSessionStore } from '../../app-state/session-store';
import { SessionActivity } from './SessionActivity';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const handlers = {
  lockSession: () => null,
  touchSession: () => null,
  getAppState: () => testAppState(null, 'en'),
};

describe('the session activity watch', () => {
  it('locks the session after the chosen minutes without input, and says why', async () => {
    const { mock } = renderScreen(<SessionActivity autoLockMinutes={2} />, { handlers });
    await act(() => vi.advanceTimersByTimeAsync(119_000));
    expect(mock.callsOf('lockSession')).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(mock.callsOf('lockSession')).toEqual([{ reason: 'idle' }]);
    expect(useSessionStore.getState().loginNotice).toEqual({ kind: 'idle_lock', minutes: 2 });
    expect(useSessionStore.getState().appState?.session).toBeNull();
  });

  it('counts input as activity and tells the core at most every half minute', async () => {
    const { mock } = renderScreen(<SessionActivity autoLockMinutes={1} />, { handlers });
    for (let second = 0; second < 90; second += 10) {
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      fireEvent.keyDown(window, { key: 'a' });
    }
    expect(mock.callsOf('lockSession')).toEqual([]);
    expect(mock.callsOf('touchSession')).toHaveLength(3);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(mock.callsOf('lockSession')).toEqual([{ reason: 'idle' }]);
  });
});
