import { useRef, useState } from 'react';
import type { DirectoryListing } from '@shared/api';
import type { ApiError } from '@shared/result';
import { callApi } from '../api/precinct-client';

/**
 * The folder a path dialog shows: its listing as the host read it, the error when it could
 * not, and the line focus goes to once another folder is opened.
 */
export function useFolderBrowser() {
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const folderRef = useRef<HTMLParagraphElement>(null);

  /** Opens `folder`: its listing, or null when it could not be read (the error says why). */
  async function openFolder(folder: string): Promise<DirectoryListing | null> {
    const result = await callApi('listDirectory', { path: folder });
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setError(null);
    setListing(result.value);
    // The pressed button is gone with the old listing; keep focus in the dialog.
    folderRef.current?.focus();
    return result.value;
  }

  return { listing, setListing, error, setError, folderRef, openFolder };
}
