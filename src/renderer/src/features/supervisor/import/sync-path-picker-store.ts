import { create } from 'zustand';

export interface SyncPathRequest {
  /** Tells one request from the next, so the dialog starts afresh for each. */
  id: number;
  /** File name endings to list, without the dot; empty lists every file. */
  extensions: string[];
  /** A whole folder may be chosen (imports walk it). */
  folders: boolean;
  resolve: (path: string | null) => void;
}

interface SyncPathPickerState {
  request: SyncPathRequest | null;
  /** Opens the in-app open dialog; resolves with the chosen path, or null when cancelled. */
  choose: (options: { extensions: string[]; folders: boolean }) => Promise<string | null>;
  finish: (path: string | null) => void;
}

let lastRequestId = 0;

/**
 * Supervisor mode's in-app "open" dialog for hosts without native dialogs (the Chromium
 * host): a file, or with `folders` a whole folder of sync files.
 */
export const useSyncPathPickerStore = create<SyncPathPickerState>()((set, get) => ({
  request: null,
  choose: (options) =>
    new Promise<string | null>((resolve) => {
      get().request?.resolve(null);
      set({ request: { ...options, id: ++lastRequestId, resolve } });
    }),
  finish: (path) => {
    get().request?.resolve(path);
    set({ request: null });
  },
}));
