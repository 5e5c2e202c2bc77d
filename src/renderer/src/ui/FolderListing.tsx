import { useId, type ComponentProps, type ReactNode, type RefObject } from 'react';
import type { DirectoryListing } from '@shared/api';
import { useT } from '../i18n/use-t';
import { joinPath } from './file-paths';
import { TextField } from './TextField';

/**
 * The folder part of the in-app file pickers: the USB sticks mounted now, first; where we are,
 * the way up, the folders to step into, then whatever the picker adds (the files to open).
 */
export function FolderListing({
  listing,
  folderRef,
  onOpenFolder,
  children,
}: {
  listing: DirectoryListing;
  /** Takes focus after a step, since the pressed button is gone with the old listing. */
  folderRef: RefObject<HTMLParagraphElement | null>;
  onOpenFolder: (folder: string) => void;
  children?: ReactNode;
}) {
  const t = useT();
  const hintId = useId();
  const folders = listing.entries.filter((entry) => entry.kind === 'dir');
  return (
    <>
      {listing.removable.length > 0 ? (
        <section aria-labelledby={`${hintId}-heading`} className="path-picker-removable">
          <h3 id={`${hintId}-heading`} className="path-picker-heading">
            {t('pathPicker.removable')}
          </h3>
          <p id={hintId} className="field-hint">
            {t('pathPicker.removableHint')}
          </p>
          <ul className="path-picker-list">
            {listing.removable.map((stick) => (
              <li key={stick.path}>
                <button
                  type="button"
                  className="button-link"
                  aria-current={stick.path === listing.path ? 'location' : undefined}
                  onClick={() => onOpenFolder(stick.path)}
                >
                  {stick.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p ref={folderRef} tabIndex={-1} className="path-picker-folder">
        {t('pathPicker.currentFolder', { path: listing.path })}
      </p>
      {listing.parent !== null ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => onOpenFolder(listing.parent ?? listing.path)}
        >
          {t('pathPicker.parent')}
        </button>
      ) : null}
      <h3 className="path-picker-heading">{t('pathPicker.folders')}</h3>
      {folders.length > 0 ? (
        <ul className="path-picker-list">
          {folders.map((entry) => (
            <li key={entry.name}>
              <button
                type="button"
                className="button-link"
                onClick={() => onOpenFolder(joinPath(listing.path, entry.name))}
              >
                {entry.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('pathPicker.noFolders')}</p>
      )}
      {children}
    </>
  );
}

type PathFieldProps = Omit<
  ComponentProps<typeof TextField>,
  'label' | 'className' | 'spellCheck' | 'autoComplete'
>;

/** The path a file is saved to or opened from, typed or completed from the listing. */
export function PathField(props: PathFieldProps) {
  const t = useT();
  return (
    <TextField
      {...props}
      label={t('pathPicker.filePath')}
      className="input-wide"
      spellCheck={false}
      autoComplete="off"
    />
  );
}
