import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DirectoryListing } from '../../../../../shared/api';
import type { ApiError } from '../../../../../shared/result';
import { callApi } from '../../../api/precinct-client';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FolderListing } from '../../../ui/FolderListing';
import { joinPath } from '../../../ui/file-paths';
import { Modal } from '../../../ui/Modal';
import { TextField } from '../../../ui/TextField';
import { useSyncPathPickerStore, type SyncPathRequest } from './sync-path-picker-store';

/** Mount once: shows the in-app open dialog whenever a supervisor screen asks for a path. */
export function SyncPathPickerHost() {
  const request = useSyncPathPickerStore((state) => state.request);
  if (!request) return null;
  return <SyncPathPicker key={request.id} request={request} />;
}

const fits = (name: string, extensions: string[]) =>
  extensions.length === 0 ||
  extensions.some((extension) => name.toLowerCase().endsWith(`.${extension}`));

/** Folders to walk through, the files that fit, the folder itself when allowed, or a typed path. */
function SyncPathPicker({ request }: { request: SyncPathRequest }) {
  const t = useT();
  const language = useLanguage();
  const finish = useSyncPathPickerStore((state) => state.finish);
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [pathMissing, setPathMissing] = useState(false);
  const folderRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let current = true;
    void callApi('listDirectory', {}).then((result) => {
      if (!current) return;
      if (result.ok) setListing(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  async function openFolder(folder: string) {
    const result = await callApi('listDirectory', { path: folder });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setListing(result.value);
    // The pressed button is gone with the old listing; keep focus in the dialog.
    folderRef.current?.focus();
  }

  function open(event: FormEvent) {
    event.preventDefault();
    const typed = path.trim();
    setPathMissing(typed === '');
    if (typed) finish(typed);
  }

  const files =
    listing?.entries.filter(
      (entry) => entry.kind === 'file' && fits(entry.name, request.extensions),
    ) ?? [];

  return (
    <Modal
      title={t(request.folders ? 'supervisor.open.title' : 'supervisor.open.titleFile')}
      onCancel={() => finish(null)}
    >
      <form onSubmit={open} noValidate>
        {listing ? (
          <FolderListing
            listing={listing}
            folderRef={folderRef}
            onOpenFolder={(folder) => void openFolder(folder)}
          >
            {request.folders ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => finish(listing.path)}
              >
                {t('supervisor.open.thisFolder')}
              </button>
            ) : null}
            <h3 className="path-picker-heading">{t('supervisor.open.files')}</h3>
            {files.length > 0 ? (
              <ul className="path-picker-list">
                {files.map((entry) => (
                  <li key={entry.name}>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => finish(joinPath(listing.path, entry.name))}
                    >
                      {entry.name}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('supervisor.open.noFiles')}</p>
            )}
          </FolderListing>
        ) : null}
        <TextField
          label={t('pathPicker.filePath')}
          hint={t(request.folders ? 'supervisor.open.pathHint' : 'supervisor.open.pathHintFile')}
          error={pathMissing ? t('validation.required') : null}
          announceError
          className="input-wide"
          spellCheck={false}
          autoComplete="off"
          value={path}
          onValueChange={setPath}
        />
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <div className="button-row">
          <button type="submit" className="button-primary">
            {t('supervisor.open.open')}
          </button>
          <button type="button" className="button-secondary" onClick={() => finish(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
