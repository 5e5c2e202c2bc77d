import type { ApiError } from '../../../shared/result';
import { callApi } from '../api/precinct-client';
import { useFilePickerStore, type OpenPathTextKeys } from './file-picker-store';

export type ChosenPaths = { paths: string[] } | { error: ApiError } | null;

export interface ChooseOptions {
  /** `file`: exactly one file; `files`: one or more; `folder`: folders to walk. */
  kind: 'file' | 'files' | 'folder';
  /** File name endings offered, without the dot; empty offers every file. */
  extensions: readonly string[];
  /** The filter's name in the host's own dialog. */
  filterName: string;
  /** The in-app dialog's words; with `thisFolder`, a whole folder may be chosen there. */
  texts: OpenPathTextKeys;
}

/**
 * Lets the member pick paths: the host's own open dialog where it has one, the in-app picker
 * otherwise (one file or folder per pick). Null when cancelled.
 */
export async function choosePaths(
  nativeDialogs: boolean,
  { kind, extensions, filterName, texts }: ChooseOptions,
): Promise<ChosenPaths> {
  if (!nativeDialogs) {
    const path = await useFilePickerStore.getState().open({ extensions, texts });
    return path === null ? null : { paths: [path] };
  }
  const chosen = await callApi('showOpenDialog', {
    filters:
      extensions.length > 0 && kind !== 'folder'
        ? [{ name: filterName, extensions: [...extensions] }]
        : [],
    multiple: kind !== 'file',
    ...(kind === 'folder' ? { directories: true } : {}),
  });
  if (!chosen.ok) return chosen.error.code === 'dialog_cancelled' ? null : { error: chosen.error };
  return chosen.value.paths.length > 0 ? { paths: chosen.value.paths } : null;
}
