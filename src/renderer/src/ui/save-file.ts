import type { ApiError, Result } from '../../../shared/result';
import { callApi } from '../api/precinct-client';
import { usePathPickerStore } from './path-picker-store';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const PDF_FILTER: FileFilter = { name: 'PDF', extensions: ['pdf'] };

/**
 * Asks where to save a file: the host's own dialog where it has one, otherwise the in-app
 * picker. Resolves to ok(null) when the user cancels, which is not an error to show.
 */
export async function chooseSavePath(
  nativeDialogs: boolean,
  defaultName: string,
  filters: FileFilter[],
): Promise<Result<string | null>> {
  if (!nativeDialogs) {
    return { ok: true, value: await usePathPickerStore.getState().pick(defaultName) };
  }
  const chosen = await callApi('showSaveDialog', { defaultName, filters });
  if (chosen.ok) return { ok: true, value: chosen.value.path };
  if (chosen.error.code === 'dialog_cancelled') return { ok: true, value: null };
  return chosen;
}

export type SaveOutcome = { saved: true; path: string } | { saved: false; error: ApiError | null };

/** Lets the user choose a path, then has the host print the HTML document there as a PDF. */
export async function saveHtmlAsPdf(
  nativeDialogs: boolean,
  defaultName: string,
  html: string,
): Promise<SaveOutcome> {
  const target = await chooseSavePath(nativeDialogs, defaultName, [PDF_FILTER]);
  if (!target.ok) return { saved: false, error: target.error };
  if (target.value === null) return { saved: false, error: null };
  // A path typed by hand often lacks the extension the core insists on.
  const path = /\.pdf$/i.test(target.value) ? target.value : `${target.value}.pdf`;
  const saved = await callApi('savePdf', { html, path });
  return saved.ok ? { saved: true, path: saved.value.path } : { saved: false, error: saved.error };
}
