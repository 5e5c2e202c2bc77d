import { create } from 'zustand';

export interface OpenFileRequest {
  /** Tells one request from the next, so the dialog starts afresh for each. */
  id: number;
  /** File name endings to offer, without the dot (`csv`, `xlsx`). */
  extensions: string[];
  resolve: (path: string | null) => void;
}

interface OpenFilePickerState {
  request: OpenFileRequest | null;
  /** Opens the in-app open dialog; resolves with the chosen path, or null when cancelled. */
  choose: (extensions: string[]) => Promise<string | null>;
  finish: (path: string | null) => void;
}

let lastRequestId = 0;

/**
 * The in-app "open a file" dialog of hosts without native dialogs (the Chromium host), the
 * counterpart of the in-app save dialog in ui/path-picker-store.ts.
 */
export const useOpenFilePickerStore = create<OpenFilePickerState>()((set, get) => ({
  request: null,
  choose: (extensions) =>
    new Promise<string | null>((resolve) => {
      get().request?.resolve(null);
      set({ request: { id: ++lastRequestId, extensions, resolve } });
    }),
  finish: (path) => {
    get().request?.resolve(path);
    set({ request: null });
  },
}));
