import { useEffect, useState, type FormEvent } from 'react';
import { callApi } from '../api/precinct-client';
import { describeError } from '../i18n/describe-error';
import { useLanguage, useT } from '../i18n/use-t';
import { ErrorAlert } from './ErrorAlert';
import { FolderListing, PathField } from './FolderListing';
import { joinPath } from './file-paths';
import { Modal } from './Modal';
import { useFolderBrowser } from './use-folder-browser';

/** The words of one open dialog (each screen that opens files names what it opens). */
export interface OpenPathTexts {
  title: string;
  filesHeading: string;
  noFiles: string;
  pathHint: string;
  open: string;
  /** Offered when a whole folder may be chosen. */
  thisFolder?: string;
}

/** A file fits when its name ends in one of the extensions; no extensions: every file fits. */
const fits = (name: string, extensions: readonly string[]) =>
  extensions.length === 0 ||
  extensions.some((extension) => name.toLowerCase().endsWith(`.${extension}`));

/**
 * The in-app "open" dialog of hosts without native dialogs: folders to walk through, the files
 * that fit (and the folder itself, when `texts.thisFolder` is given), or a typed path.
 */
export function OpenPathDialog({
  texts,
  extensions,
  onFinish,
}: {
  texts: OpenPathTexts;
  extensions: readonly string[];
  onFinish: (path: string | null) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const { listing, error, folderRef, openFolder, openStart } = useFolderBrowser();
  const [path, setPath] = useState('');
  const [pathMissing, setPathMissing] = useState(false);

  useEffect(() => {
    let current = true;
    void openStart(() => current);
    return () => {
      current = false;
    };
  }, [openStart]);

  /**
   * A typed folder is listed, to walk on from there, unless this dialog takes whole folders
   * (then it is the answer, as "this folder" would be); anything else is the answer (the core
   * binds it to a handle, or says there is nothing there).
   */
  async function open(event: FormEvent) {
    event.preventDefault();
    const typed = path.trim();
    setPathMissing(typed === '');
    if (!typed) return;
    if (texts.thisFolder) {
      onFinish(typed);
      return;
    }
    const folder = await callApi('listDirectory', { path: typed });
    if (folder.ok) {
      await openFolder(folder.value.path);
      setPath('');
    } else {
      onFinish(typed);
    }
  }

  const files =
    listing?.entries.filter((entry) => entry.kind === 'file' && fits(entry.name, extensions)) ?? [];

  return (
    <Modal title={texts.title} onCancel={() => onFinish(null)}>
      <form onSubmit={(event) => void open(event)} noValidate>
        {listing ? (
          <FolderListing
            listing={listing}
            folderRef={folderRef}
            onOpenFolder={(folder) => void openFolder(folder)}
          >
            {texts.thisFolder ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => onFinish(listing.path)}
              >
                {texts.thisFolder}
              </button>
            ) : null}
            <h3 className="path-picker-heading">{texts.filesHeading}</h3>
            {files.length > 0 ? (
              <ul className="path-picker-list">
                {files.map((entry) => (
                  <li key={entry.name}>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => onFinish(joinPath(listing.path, entry.name))}
                    >
                      {entry.name}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{texts.noFiles}</p>
            )}
          </FolderListing>
        ) : null}
        <PathField
          hint={texts.pathHint}
          error={pathMissing ? t('validation.required') : null}
          announceError
          value={path}
          onValueChange={setPath}
        />
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <div className="button-row">
          <button type="submit" className="button-primary">
            {texts.open}
          </button>
          <button type="button" className="button-secondary" onClick={() => onFinish(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
