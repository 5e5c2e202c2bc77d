import type { ApiError } from '../../../shared/result';
import { callApi } from '../api/precinct-client';
import { withExtension } from './file-paths';
import { useFilePickerStore, type FileWriter } from './file-picker-store';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const PDF_FILTER: FileFilter = { name: 'PDF', extensions: ['pdf'] };
export const CSV_FILTER: FileFilter = { name: 'CSV', extensions: ['csv'] };

export type SaveOutcome = { saved: true; path: string } | { saved: false; error: ApiError | null };

/**
 * Lets the user choose where to save, then writes the file there. The host's own dialog has
 * already asked about replacing an existing file, so its path is written with overwrite; the
 * in-app picker writes through `write` itself and asks before replacing. Cancelling is not
 * an error to show: it ends as `{ saved: false, error: null }`.
 */
export async function saveFile(
  nativeDialogs: boolean,
  defaultName: string,
  filter: FileFilter,
  write: FileWriter,
): Promise<SaveOutcome> {
  const extension = filter.extensions[0];
  if (!nativeDialogs) {
    const path = await useFilePickerStore.getState().save({ defaultName, extension, write });
    return path === null ? { saved: false, error: null } : { saved: true, path };
  }
  const chosen = await callApi('showSaveDialog', { defaultName, filters: [filter] });
  if (!chosen.ok) {
    return { saved: false, error: chosen.error.code === 'dialog_cancelled' ? null : chosen.error };
  }
  const written = await write(withExtension(chosen.value.path, extension), true);
  return written.ok ? { saved: true, path: written.value } : { saved: false, error: written.error };
}

/**
 * Saves a self-contained HTML document as a PDF where the user chooses. `onWriting` hears
 * when the host starts and stops printing, for a busy message.
 */
export function saveHtmlAsPdf(
  nativeDialogs: boolean,
  defaultName: string,
  html: string,
  onWriting?: (writing: boolean) => void,
): Promise<SaveOutcome> {
  return saveFile(nativeDialogs, defaultName, PDF_FILTER, async (path, overwrite) => {
    onWriting?.(true);
    try {
      const saved = await callApi('savePdf', { html, path, overwrite });
      return saved.ok ? { ok: true, value: saved.value.path } : saved;
    } finally {
      onWriting?.(false);
    }
  });
}

/**
 * Saves text (such as CSV) where the user chooses; the core writes it as UTF-8 with a byte
 * order mark. `onWriting` hears when writing starts and stops.
 */
export function saveTextAsFile(
  nativeDialogs: boolean,
  defaultName: string,
  filter: FileFilter,
  text: string,
  onWriting?: (writing: boolean) => void,
): Promise<SaveOutcome> {
  return saveFile(nativeDialogs, defaultName, filter, async (path, overwrite) => {
    onWriting?.(true);
    try {
      const saved = await callApi('saveTextFile', { text, path, overwrite });
      return saved.ok ? { ok: true, value: saved.value.path } : saved;
    } finally {
      onWriting?.(false);
    }
  });
}
