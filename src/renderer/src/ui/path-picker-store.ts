import { create } from 'zustand';

export interface PathPickerRequest {
  defaultName: string;
  resolve: (path: string | null) => void;
}

interface PathPickerState {
  request: PathPickerRequest | null;
  /** Opens the in-app picker; resolves with the chosen path, or null when cancelled. */
  pick: (defaultName: string) => Promise<string | null>;
  finish: (path: string | null) => void;
}

export const usePathPickerStore = create<PathPickerState>()((set, get) => ({
  request: null,
  pick: (defaultName) =>
    new Promise<string | null>((resolve) => {
      // A second request replaces a forgotten first one; the first counts as cancelled.
      get().request?.resolve(null);
      set({ request: { defaultName, resolve } });
    }),
  finish: (path) => {
    get().request?.resolve(path);
    set({ request: null });
  },
}));
