import { create } from 'zustand';
import type { Result } from '../../../shared/result';

/**
 * Writes the file at a chosen path. `overwrite` is false at first; the picker asks the user
 * and tries again with true when the core answers `file_exists`. Resolves to the written path.
 */
export type FileWriter = (path: string, overwrite: boolean) => Promise<Result<string>>;

export interface PathPickerRequest {
  /** Tells one request from the next, so the dialog starts afresh for each. */
  id: number;
  defaultName: string;
  /** Added to a typed path that lacks it, such as `pdf`. */
  extension?: string;
  write: FileWriter;
  resolve: (savedPath: string | null) => void;
}

interface PathPickerState {
  request: PathPickerRequest | null;
  /**
   * Opens the in-app save dialog, which stays open until the file is written or the user
   * cancels. Resolves with the written path, or null when cancelled.
   */
  save: (options: Omit<PathPickerRequest, 'id' | 'resolve'>) => Promise<string | null>;
  finish: (savedPath: string | null) => void;
}

let lastRequestId = 0;

export const usePathPickerStore = create<PathPickerState>()((set, get) => ({
  request: null,
  save: (options) =>
    new Promise<string | null>((resolve) => {
      // A second request replaces a forgotten first one; the first counts as cancelled.
      get().request?.resolve(null);
      set({ request: { ...options, id: ++lastRequestId, resolve } });
    }),
  finish: (savedPath) => {
    get().request?.resolve(savedPath);
    set({ request: null });
  },
}));
