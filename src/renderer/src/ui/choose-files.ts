import type { OpenedFile } from '@shared/api';
import type { ApiError } from '@shared/result';
import { callApi } from '../api/precinct-client';
import { useFilePickerStore, type OpenPathTextKeys } from './file-picker-store';

/** What the member chose: read handles (folder handles for folders) the core keeps the paths of. */
export type ChosenFiles = { files: OpenedFile[] } | { error: ApiError } | null;

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
 * Lets the member pick files or folders to read, answered as handles: the host's own open
 * dialog where it has one (the core issues the handles), the in-app picker otherwise (one file
 * or folder per pick; the path it lists or the member types is bound to a handle by the core
 * and never used here again). Null when cancelled.
 */
export async function chooseFiles(
  nativeDialogs: boolean,
  { kind, extensions, filterName, texts }: ChooseOptions,
): Promise<ChosenFiles> {
  const filters =
    extensions.length > 0 && kind !== 'folder'
      ? [{ name: filterName, extensions: [...extensions] }]
      : [];
  if (!nativeDialogs) {
    const path = await useFilePickerStore.getState().open({ extensions, texts });
    if (path === null) return null;
    const bound = await callApi('bindOpenFile', {
      path,
      filters,
      folders: kind === 'folder' || texts.thisFolder !== undefined,
    });
    return bound.ok ? { files: [bound.value] } : { error: bound.error };
  }
  const chosen = await callApi('showOpenDialog', {
    filters,
    multiple: kind !== 'file',
    ...(kind === 'folder' ? { directories: true } : {}),
  });
  if (!chosen.ok) return chosen.error.code === 'dialog_cancelled' ? null : { error: chosen.error };
  return chosen.value.files.length > 0 ? { files: chosen.value.files } : null;
}
