import { CancelButton } from './CancelButton';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../i18n/describe-error';
import { useLanguage, useT } from '../i18n/use-t';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorAlert } from './ErrorAlert';
import { FolderListing, PathField } from './FolderListing';
import { baseName, joinPath, withExtension } from './file-paths';
import { Modal } from './Modal';
import { useFilePickerStore, type FilePickerRequest, type SaveRequest } from './file-picker-store';
import { OpenPathDialog } from './OpenPathDialog';
import { useFolderBrowser } from './use-folder-browser';

/** Mount once: shows the in-app save or open dialog whenever some screen asks for a path. */
export function FilePickerHost() {
  const t = useT();
  const request = useFilePickerStore((state) => state.request);
  const finish = useFilePickerStore((state) => state.finish);
  if (!request) return null;
  if (request.mode === 'save') return <SavePathDialog key={request.id} request={request} />;
  const { texts } = request;
  return (
    <OpenPathDialog
      key={request.id}
      texts={{
        title: t(texts.title),
        filesHeading: t(texts.filesHeading),
        noFiles: t(texts.noFiles),
        pathHint: t(texts.pathHint),
        open: t(texts.open),
        ...(texts.thisFolder ? { thisFolder: t(texts.thisFolder) } : {}),
      }}
      extensions={request.extensions}
      onFinish={finish}
    />
  );
}

function SavePathDialog({ request }: { request: SaveRequest & FilePickerRequest }) {
  const t = useT();
  const language = useLanguage();
  const finish = useFilePickerStore((state) => state.finish);
  const {
    listing,
    error,
    setError,
    folderRef,
    openFolder: listFolder,
    openStart,
  } = useFolderBrowser();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  /** A path that already holds a file: the user is asked whether to replace it. */
  const [existing, setExisting] = useState<string | null>(null);
  const pathRef = useRef<HTMLInputElement>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    void openStart(() => current).then((opened) => {
      // Keep what the user may already have typed while the folder was being read.
      if (opened) setPath((typed) => typed || joinPath(opened.path, request.defaultName));
    });
    return () => {
      current = false;
    };
  }, [request.defaultName, openStart]);

  async function openFolder(folder: string) {
    const opened = await listFolder(folder);
    if (opened) setPath(joinPath(opened.path, baseName(path) || request.defaultName));
  }

  async function write(target: string, overwrite: boolean) {
    setBusy(true);
    setError(null);
    const result = await request.write(target, overwrite);
    // Closed or replaced by another request while the file was being written.
    if (!alive.current || useFilePickerStore.getState().request !== request) return;
    if (result.ok) {
      finish(result.value);
      return;
    }
    setBusy(false);
    if (result.error.code === 'file_exists' && !overwrite) {
      setExisting(target);
      return;
    }
    setExisting(null);
    setError(result.error);
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const typed = path.trim();
    if (!typed || busy) return;
    const chosen = withExtension(typed, request.extension);
    setPath(chosen);
    void write(chosen, false);
  }

  function cancel() {
    if (!busy) finish(null);
  }

  return (
    <>
      <Modal title={t('pathPicker.title')} onCancel={cancel}>
        <form onSubmit={save} noValidate>
          {/* Room is kept for the listing, so the fields and buttons below do not move
              when it arrives (a press straddling that moment would miss its button). */}
          <div className="path-picker-listing">
            {listing ? (
              <FolderListing
                listing={listing}
                folderRef={folderRef}
                onOpenFolder={(folder) => void openFolder(folder)}
              />
            ) : null}
          </div>
          <PathField ref={pathRef} value={path} onValueChange={setPath} />
          <ErrorAlert message={error ? describeError(error, language) : null} />
          <div role="status">
            {busy && !existing ? (
              <p className="message message-info">{t('common.saving')}</p>
            ) : null}
          </div>
          <div className="button-row">
            <button
              type="submit"
              className="button-primary"
              disabled={!path.trim()}
              aria-disabled={busy || undefined}
              aria-busy={busy || undefined}
            >
              {t('pathPicker.save')}
            </button>
            <CancelButton busy={busy} onCancel={cancel} />
          </div>
        </form>
      </Modal>
      {existing ? (
        <ConfirmDialog
          title={t('pathPicker.replaceTitle', { name: baseName(existing) })}
          explanation={t('pathPicker.replaceExplain')}
          confirmLabel={t('pathPicker.replace')}
          busy={busy}
          onConfirm={() => void write(existing, true)}
          onCancel={() => setExisting(null)}
          returnFocusRef={pathRef}
        />
      ) : null}
    </>
  );
}
