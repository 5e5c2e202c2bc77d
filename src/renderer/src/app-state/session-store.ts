import { create } from 'zustand';
import type { AppState, ClockStatus, SessionInfo } from '@shared/api';
import type { ApiError, ErrorCode } from '@shared/result';
import { callApi, setSessionLostListener } from '../api/precinct-client';
import { addReader } from '../api/queries';
import { useLanguageStore } from '../i18n/language-store';

/** Why the login screen is showing instead of the work the user was doing. */
export type LoginNotice =
  { kind: 'idle_lock'; minutes: number } | { kind: 'locked' } | { kind: 'logged_out' };

export type Screen =
  'loading' | 'boot_failed' | 'setup' | 'login' | 'change_pin' | 'app' | 'supervisor';

export interface SessionState {
  appState: AppState | null;
  bootError: ApiError | null;
  loginNotice: LoginNotice | null;
  /** Reads the whole app state from the core (first thing at start, and after session changes). */
  refresh: () => Promise<void>;
  loggedIn: (session: SessionInfo) => Promise<void>;
  /** The core returned a newer view of the session (PIN changed, settings saved). */
  sessionChanged: (session: SessionInfo) => void;
  clockChanged: (clock: ClockStatus) => void;
  lock: (notice: LoginNotice) => Promise<void>;
  logout: () => Promise<void>;
  sessionLost: (code: ErrorCode) => void;
}

function showLanguageOf(state: AppState): void {
  useLanguageStore.getState().setLanguage(state.session?.language ?? state.deviceLanguage);
}

export const useSessionStore = create<SessionState>()((set, get) => {
  /** Forgets the session on this side, then reloads what the login screen needs. */
  function leaveSession(notice: LoginNotice | null): Promise<void> {
    const appState = get().appState;
    if (appState) set({ appState: { ...appState, session: null } });
    set({ loginNotice: notice });
    return get().refresh();
  }

  return {
    appState: null,
    bootError: null,
    loginNotice: null,

    refresh: async () => {
      const result = await callApi('getAppState', {});
      if (!result.ok) {
        set({ bootError: result.error });
        return;
      }
      set({ appState: result.value, bootError: null });
      showLanguageOf(result.value);
    },

    loggedIn: async (session) => {
      const appState = get().appState;
      if (appState) set({ appState: { ...appState, session }, loginNotice: null });
      useLanguageStore.getState().setLanguage(session.language);
      // The clock status after login decides whether the chair is asked to confirm it.
      await get().refresh();
    },

    sessionChanged: (session) => {
      const appState = get().appState;
      if (appState) set({ appState: { ...appState, session } });
    },

    clockChanged: (clock) => {
      const appState = get().appState;
      if (appState) set({ appState: { ...appState, clock } });
    },

    lock: async (notice) => {
      await callApi('lockSession', { reason: notice.kind === 'idle_lock' ? 'idle' : 'manual' });
      await leaveSession(notice);
    },

    logout: async () => {
      await callApi('logout', {});
      await leaveSession(null);
    },

    sessionLost: (code) => {
      if (!get().appState?.session) return;
      void leaveSession({ kind: code === 'session_locked' ? 'locked' : 'logged_out' });
    },
  };
});

setSessionLostListener((code) => useSessionStore.getState().sessionLost(code));

// The session carries what writes to it change (the auto-lock time the timer uses, say): it
// is read again after them, as the contract's declarations say (src/shared/operation-data.ts).
addReader(['session'], async () => {
  const session = await callApi('getSession', {});
  if (session.ok && session.value) useSessionStore.getState().sessionChanged(session.value);
});

/** Which screen the app shows for the state it has. */
export function selectScreen(state: SessionState): Screen {
  const appState = state.appState;
  if (!appState) return state.bootError ? 'boot_failed' : 'loading';
  // The central commission's folder has no precinct, members or login.
  if (appState.mode === 'supervisor') return 'supervisor';
  if (!appState.setUp) return 'setup';
  if (!appState.session) return 'login';
  return appState.session.mustChangePin ? 'change_pin' : 'app';
}
