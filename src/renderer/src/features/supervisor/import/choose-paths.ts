import type { ApiError } from '../../../../../shared/result';
import { callApi } from '../../../api/precinct-client';
import { useSyncPathPickerStore } from './sync-path-picker-store';

export type ChosenPaths = { paths: string[] } | { error: ApiError } | null;

export interface ChooseOptions {
  /** `files`: one or more files; `folder`: folders to walk; `file`: exactly one file. */
  kind: 'files' | 'folder' | 'file';
  /** File name endings offered, without the dot; empty offers every file. */
  extensions: string[];
  /** The filter's name in the host's own dialog. */
  filterName: string;
}

/**
 * Lets the supervisor pick paths: the host's own open dialog where it has one, the in-app
 * picker otherwise (one file or folder per pick). Null when cancelled.
 */
export async function choosePaths(
  nativeDialogs: boolean,
  { kind, extensions, filterName }: ChooseOptions,
): Promise<ChosenPaths> {
  if (!nativeDialogs) {
    const path = await useSyncPathPickerStore
      .getState()
      .choose({ extensions, folders: kind !== 'file' });
    return path === null ? null : { paths: [path] };
  }
  const chosen = await callApi('showOpenDialog', {
    filters: extensions.length > 0 && kind !== 'folder' ? [{ name: filterName, extensions }] : [],
    multiple: kind !== 'file',
    directories: kind === 'folder',
  });
  if (!chosen.ok) return chosen.error.code === 'dialog_cancelled' ? null : { error: chosen.error };
  return chosen.value.paths.length > 0 ? { paths: chosen.value.paths } : null;
}
