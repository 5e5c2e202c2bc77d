import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DirectoryListing } from '../../../../shared/api';
import type { ApiError } from '../../../../shared/result';
import { callApi } from '../../api/precinct-client';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FolderListing } from '../../ui/FolderListing';
import { joinPath } from '../../ui/file-paths';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import {
  SYNC_FILE_EXTENSIONS,
  useSyncFilePickerStore,
  type SyncFileRequest,
} from './sync-file-picker-store';

/** Mount once per screen that opens packages or sync files. */
export function SyncFilePickerHost() {
  const request = useSyncFilePickerStore((state) => state.request);
  if (!request) return null;
  return <SyncFilePicker key={request.id} request={request} />;
}

/** Folders to walk through and the files that fit; a path can also be typed. */
function SyncFilePicker({ request }: { request: SyncFileRequest }) {
  const t = useT();
  const language = useLanguage();
  const finish = useSyncFilePickerStore((state) => state.finish);
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [path, setPath] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [pathMissing, setPathMissing] = useState(false);
  const folderRef = useRef<HTMLParagraphElement>(null);
  const extensions = SYNC_FILE_EXTENSIONS[request.kind];

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
      (entry) =>
        entry.kind === 'file' &&
        extensions.some((extension) => entry.name.toLowerCase().endsWith(`.${extension}`)),
    ) ?? [];
  const title = request.kind === 'package' ? t('package.choose') : t('sync.peerChoose');

  return (
    <Modal title={title} onCancel={() => finish(null)}>
      <form onSubmit={open} noValidate>
        {listing ? (
          <FolderListing
            listing={listing}
            folderRef={folderRef}
            onOpenFolder={(folder) => void openFolder(folder)}
          >
            <h3 className="path-picker-heading">
              {request.kind === 'package' ? t('sync.packageFilter') : t('sync.fileFilter')}
            </h3>
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
              <p>{t('sync.noFilesHere')}</p>
            )}
          </FolderListing>
        ) : null}
        <TextField
          label={t('pathPicker.filePath')}
          hint={t('voters.open.pathHint')}
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
            {t('voters.open.open')}
          </button>
          <button type="button" className="button-secondary" onClick={() => finish(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
