import type { ApiError, Result as ApiResult } from '@shared/result';
import { callApi } from '../api/precinct-client';
import { useFilePickerStore } from './file-picker-store';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const PDF_FILTER: FileFilter = { name: 'PDF', extensions: ['pdf'] };
export const CSV_FILTER: FileFilter = { name: 'CSV', extensions: ['csv'] };

export type SaveOutcome = { saved: true; path: string } | { saved: false; error: ApiError | null };

/** Writes the chosen file behind a handle; resolves to its path, to show. */
export type HandleWriter = (handle: string) => Promise<ApiResult<string>>;

/**
 * Lets the user choose where to save, as a handle the core keeps the path for, then writes
 * through it. The host's dialog asks about replacing a file itself; the in-app picker binds
 * the typed path, and when the core answers `file_exists` asks and binds it again to replace.
 */
export async function saveByHandle(
  nativeDialogs: boolean,
  defaultName: string,
  filter: FileFilter,
  write: HandleWriter,
): Promise<SaveOutcome> {
  if (!nativeDialogs) {
    const path = await useFilePickerStore.getState().save({
      defaultName,
      extension: filter.extensions[0],
      write: async (typed, replace) => {
        const bound = await callApi('bindSaveFile', { path: typed, filters: [filter], replace });
        return bound.ok ? write(bound.value.handle) : bound;
      },
    });
    return path === null ? { saved: false, error: null } : { saved: true, path };
  }
  const chosen = await callApi('chooseSaveFile', { defaultName, filters: [filter] });
  if (!chosen.ok) {
    return { saved: false, error: chosen.error.code === 'dialog_cancelled' ? null : chosen.error };
  }
  const written = await write(chosen.value.handle);
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
  return saveByHandle(nativeDialogs, defaultName, PDF_FILTER, async (handle) => {
    onWriting?.(true);
    try {
      const saved = await callApi('savePdf', { html, handle });
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
  return saveByHandle(nativeDialogs, defaultName, filter, async (handle) => {
    onWriting?.(true);
    try {
      const saved = await callApi('saveTextFile', { text, handle });
      return saved.ok ? { ok: true, value: saved.value.path } : saved;
    } finally {
      onWriting?.(false);
    }
  });
}
