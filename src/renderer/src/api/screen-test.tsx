/**
 * Renders a screen or a kit piece into the test's document (happy-dom) over the typed stand-in
 * for the contract, with a logged-in member whose permissions the test names and the language
 * it names, so a component test exercises the screen as the member would, without a host.
 */
import { render, screen, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { AppState, SessionInfo } from '@shared/api';
import { PERMISSIONS, type Language, type Permission, type Role } from '@shared/roles';
import { useSessionStore } from '../app-state/session-store';
import { useLanguageStore } from '../i18n/language-store';
import { installMockPrecinct, type MockHandlers, type MockPrecinct } from './mock-precinct';

export interface ScreenOptions {
  /** What the contract answers; any other operation is refused as `internal`. */
  handlers?: MockHandlers;
  language?: Language;
  /** The logged-in member's permissions (all by default); null for nobody logged in. */
  permissions?: readonly Permission[] | null;
  role?: Role;
  /** Changes to the app state the screen starts from (setup done, a precinct's laptop). */
  appState?: Partial<AppState>;
}

export const testSession = (
  permissions: readonly Permission[],
  language: Language,
  role: Role,
): SessionInfo => ({
  memberId: 'm-chair',
  fullName: 'Aida Serikova',
  role,
  language,
  permissions: [...permissions],
  mustChangePin: false,
  autoLockMinutes: 15,
});

export function testAppState(session: SessionInfo | null, language: Language): AppState {
  return {
    setUp: true,
    precinct: {
      deviceId: 'laptop-1',
      electionKind: 'election',
      electionName: 'Election of deputies',
      votingDay: '2027-03-14',
      votingHours: { opens: '07:00', closes: '20:00' },
      precinctNumber: 101,
      precinctName: 'School No. 5',
      region: 'Almaty',
      district: 'Medeu',
      address: '5 Abai Avenue',
      timeZone: 'Asia/Almaty',
    },
    session,
    deviceLanguage: language,
    host: { kind: 'chromium', nativeDialogs: false },
    clock: {
      nowIso: '2027-03-10T04:30:00.000Z',
      timeZone: 'Asia/Almaty',
      localDate: '2027-03-10',
      localTime: '09:30',
      behindLatestEvent: false,
      latestEventAt: null,
      confirmedToday: true,
      overridden: false,
    },
    mode: 'precinct',
    closed: false,
  };
}

export interface RenderedScreen extends RenderResult {
  mock: MockPrecinct;
}

/** Installs the mock, the session and the language, then renders `element`. */
export function renderScreen(element: ReactElement, options: ScreenOptions = {}): RenderedScreen {
  const language = options.language ?? 'en';
  const permissions = options.permissions === undefined ? PERMISSIONS : options.permissions;
  const mock = installMockPrecinct(options.handlers ?? {});
  const session = permissions ? testSession(permissions, language, options.role ?? 'chair') : null;
  useSessionStore.setState({
    appState: { ...testAppState(session, language), ...options.appState },
    bootError: null,
    loginNotice: null,
  });
  useLanguageStore.getState().setLanguage(language);
  return { mock, ...render(element) };
}

/** The button with this accessible name (exact text, so "Next" never finds "Next page"). */
export const button = (name: string | RegExp): HTMLElement => screen.getByRole('button', { name });
