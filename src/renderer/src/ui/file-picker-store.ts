import { create } from 'zustand';
import type { MessageKey } from '@shared/i18n';
import type { Result } from '@shared/result';

/**
 * Binds the typed path to a write handle in the core and writes through it (see saveByHandle).
 * `overwrite` is false at first; the picker asks the user and tries again with true when the
 * core answers `file_exists`. Resolves to the written path.
 */
export type FileWriter = (path: string, overwrite: boolean) => Promise<Result<string>>;

/** The words of an open dialog, as keys: each screen names what it opens. */
export interface OpenPathTextKeys {
  title: MessageKey;
  filesHeading: MessageKey;
  noFiles: MessageKey;
  pathHint: MessageKey;
  open: MessageKey;
  /** Offered when a whole folder may be chosen. */
  thisFolder?: MessageKey;
}

export interface SaveRequest {
  mode: 'save';
  defaultName: string;
  /** Added to a typed path that lacks it, such as `pdf`. */
  extension?: string;
  write: FileWriter;
}

export interface OpenRequest {
  mode: 'open';
  /** File name endings to list, without the dot; empty lists every file. */
  extensions: readonly string[];
  texts: OpenPathTextKeys;
}

/** One request of the in-app file dialogs, told from the next by its id. */
export type FilePickerRequest = (SaveRequest | OpenRequest) & {
  id: number;
  resolve: (path: string | null) => void;
};

interface FilePickerState {
  request: FilePickerRequest | null;
  /** The folder the picker showed last: the next open or save starts there. */
  lastFolder: string | null;
  rememberFolder: (folder: string) => void;
  /**
   * Opens the in-app save dialog, which stays open until the file is written or the user
   * cancels. Resolves with the written path, or null when cancelled.
   */
  save: (options: Omit<SaveRequest, 'mode'>) => Promise<string | null>;
  /** Opens the in-app open dialog; resolves with the chosen path, or null when cancelled. */
  open: (options: Omit<OpenRequest, 'mode'>) => Promise<string | null>;
  finish: (path: string | null) => void;
}

let lastRequestId = 0;

/**
 * The in-app "save" and "open" dialogs of hosts without native ones (the Chromium host): one
 * request at a time, shown by the one `FilePickerHost` the app mounts.
 */
export const useFilePickerStore = create<FilePickerState>()((set, get) => {
  function ask(request: SaveRequest | OpenRequest): Promise<string | null> {
    return new Promise<string | null>((resolve) => {
      // A second request replaces a forgotten first one; the first counts as cancelled.
      get().request?.resolve(null);
      set({ request: { ...request, id: ++lastRequestId, resolve } });
    });
  }
  return {
    request: null,
    lastFolder: null,
    rememberFolder: (folder) => set({ lastFolder: folder }),
    save: (options) => ask({ ...options, mode: 'save' }),
    open: (options) => ask({ ...options, mode: 'open' }),
    finish: (path) => {
      get().request?.resolve(path);
      set({ request: null });
    },
  };
});
