import { useCallback, useRef, useState } from 'react';
import type { DirectoryListing } from '@shared/api';
import type { ApiError } from '@shared/result';
import { callApi } from '../api/precinct-client';
import { useFilePickerStore } from './file-picker-store';

/**
 * The folder a path dialog shows: its listing as the host read it, the error when it could
 * not, and the line focus goes to once another folder is opened. The last folder shown is
 * remembered, so the next dialog opens there.
 */
export function useFolderBrowser() {
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const folderRef = useRef<HTMLParagraphElement>(null);
  const rememberFolder = useFilePickerStore((state) => state.rememberFolder);

  /** Opens `folder`: its listing, or null when it could not be read (the error says why). */
  async function openFolder(folder: string): Promise<DirectoryListing | null> {
    const result = await callApi('listDirectory', { path: folder });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setError(null);
    setListing(result.value);
    rememberFolder(result.value.path);
    // The pressed button is gone with the old listing; keep focus in the dialog.
    folderRef.current?.focus();
    return result.value;
  }

  /**
   * The listing a dialog starts with: the last folder used, or the home folder when there is
   * none or it is gone (a stick taken out). Answers nothing once `stillWanted` says the dialog
   * closed meanwhile.
   */
  const openStart = useCallback(
    async (stillWanted: () => boolean): Promise<DirectoryListing | null> => {
      const last = useFilePickerStore.getState().lastFolder;
      let result = last ? await callApi('listDirectory', { path: last }) : null;
      if (!result?.ok) result = await callApi('listDirectory', {});
      if (!stillWanted()) return null;
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      setListing(result.value);
      rememberFolder(result.value.path);
      return result.value;
    },
    [rememberFolder],
  );

  return { listing, setListing, error, setError, folderRef, openFolder, openStart };
}
