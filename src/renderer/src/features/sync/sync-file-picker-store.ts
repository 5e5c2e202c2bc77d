import { create } from 'zustand';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';

/** What is being opened: a precinct package or sync files; the picker's texts follow it. */
export type SyncFileKind = 'package' | 'sync';

export const SYNC_FILE_EXTENSIONS: Record<SyncFileKind, string[]> = {
  package: ['pdpkg'],
  sync: ['pdsync'],
};

export interface SyncFileRequest {
  id: number;
  kind: SyncFileKind;
  resolve: (path: string | null) => void;
}

interface SyncFilePickerState {
  request: SyncFileRequest | null;
  choose: (kind: SyncFileKind) => Promise<string | null>;
  finish: (path: string | null) => void;
}

let lastRequestId = 0;

/** The in-app "open a file" dialog for packages and sync files (hosts without native dialogs). */
export const useSyncFilePickerStore = create<SyncFilePickerState>()((set, get) => ({
  request: null,
  choose: (kind) =>
    new Promise<string | null>((resolve) => {
      get().request?.resolve(null);
      set({ request: { id: ++lastRequestId, kind, resolve } });
    }),
  finish: (path) => {
    get().request?.resolve(path);
    set({ request: null });
  },
}));

export type ChosenFiles = { paths: string[] } | { error: ApiError } | null;

/**
 * Lets the user pick a package or sync files: the host's own open dialog where it has one (for
 * sync files, several at once), the in-app picker otherwise. Null when cancelled.
 */
export async function chooseSyncFiles(
  nativeDialogs: boolean,
  kind: SyncFileKind,
  filterName: string,
): Promise<ChosenFiles> {
  if (!nativeDialogs) {
    const path = await useSyncFilePickerStore.getState().choose(kind);
    return path === null ? null : { paths: [path] };
  }
  const chosen = await callApi('showOpenDialog', {
    filters: [{ name: filterName, extensions: SYNC_FILE_EXTENSIONS[kind] }],
    multiple: kind === 'sync',
  });
  if (!chosen.ok) return chosen.error.code === 'dialog_cancelled' ? null : { error: chosen.error };
  return chosen.value.paths.length > 0 ? { paths: chosen.value.paths } : null;
}
