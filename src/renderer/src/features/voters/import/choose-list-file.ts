import type { ApiError } from '../../../../../shared/result';
import { callApi } from '../../../api/precinct-client';
import { useOpenFilePickerStore } from './open-file-picker-store';

/** What a voter list file may be: CSV (also saved as .txt) or an Excel workbook. */
export const LIST_FILE_EXTENSIONS = ['csv', 'txt', 'xlsx'];

export type ChosenFile = { path: string } | { error: ApiError } | null;

/**
 * Lets the member pick a voter list file: the host's own open dialog where it has one, the
 * in-app picker otherwise. Null when the member cancelled.
 */
export async function chooseListFile(
  nativeDialogs: boolean,
  filterName: string,
): Promise<ChosenFile> {
  if (!nativeDialogs) {
    const path = await useOpenFilePickerStore.getState().choose(LIST_FILE_EXTENSIONS);
    return path === null ? null : { path };
  }
  const chosen = await callApi('showOpenDialog', {
    filters: [{ name: filterName, extensions: LIST_FILE_EXTENSIONS }],
    multiple: false,
  });
  if (!chosen.ok) return chosen.error.code === 'dialog_cancelled' ? null : { error: chosen.error };
  const path = chosen.value.paths[0];
  return path ? { path } : null;
}
