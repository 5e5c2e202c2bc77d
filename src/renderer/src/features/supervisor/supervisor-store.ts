import { create } from 'zustand';
import type { SupervisorState } from '@shared/supervisor/supervisor-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';

export const SUPERVISOR_SECTIONS = [
  'import',
  'dashboard',
  'results',
  'alarms',
  'devices',
  'packages',
  'keys',
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
  lock: () => Promise<void>;
}

export const useSupervisorStore = create<SupervisorStore>()((set) => ({
  state: null,
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
  accept: (state) => set({ state, error: null, section: 'import', precinctId: null }),
  lock: async () => {
    const result = await callApi('lockCentralStore', {});
    if (result.ok) set({ state: result.value, error: null, section: 'import', precinctId: null });
    else set({ error: result.error });
  },
}));
