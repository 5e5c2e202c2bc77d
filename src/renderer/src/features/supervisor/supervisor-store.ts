import { create } from 'zustand';
import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import type { CentralPermission } from '@shared/supervisor/central-roles';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';

/** Every account's passphrase is at least this long (the core checks it too). */
export const MIN_PASSPHRASE = 12;

export const SUPERVISOR_SECTIONS = [
  'import',
  'dashboard',
  'results',
  'alarms',
  'devices',
  'packages',
  'keys',
  'accounts',
  'audit',
] as const;
export type SupervisorSection = (typeof SUPERVISOR_SECTIONS)[number];

interface SupervisorStore {
  state: SupervisorState | null;
  error: ApiError | null;
  section: SupervisorSection;
  /** The precinct the dashboard shows in detail, or null for the overview. */
  precinctId: string | null;
  go: (section: SupervisorSection) => void;
  openPrecinct: (precinctId: string | null) => void;
  /** Reads the central store's state (key, counts) again, after any change. */
  refresh: () => Promise<void>;
  /** The state an unlock or the administrator's making answered. */
  accept: (state: SupervisorState) => void;
  /** Closes the central store: the passphrase is needed again. */
  lock: (reason?: 'idle') => Promise<void>;
  /** Why the store was last locked by the app itself (minutes without input), until a login. */
  idleLocked: number | null;
}

/** Whether the logged-in account's role allows `permission` (the core decides; this only shows). */
export function useCentralPermission(permission: CentralPermission): boolean {
  return useSupervisorStore((store) => store.state?.permissions.includes(permission) ?? false);
}

export const useSupervisorStore = create<SupervisorStore>()((set, get) => ({
  state: null,
  idleLocked: null,
  error: null,
  section: 'import',
  precinctId: null,
  go: (section) => set({ section, precinctId: null }),
  openPrecinct: (precinctId) => set({ section: 'dashboard', precinctId }),
  refresh: async () => {
    const result = await callApi('getSupervisorState', {});
    if (result.ok) set({ state: result.value, error: null });
    else set({ error: result.error });
  },
  accept: (state) =>
    set({ state, error: null, section: 'import', precinctId: null, idleLocked: null }),
  lock: async (reason) => {
    const minutes = reason === 'idle' ? (get().state?.autoLockMinutes ?? null) : null;
    const result = await callApi('lockCentralStore', {});
    if (result.ok) {
      set({
        state: result.value,
        error: null,
        section: 'import',
        precinctId: null,
        idleLocked: minutes,
      });
    } else set({ error: result.error });
  },
}));
