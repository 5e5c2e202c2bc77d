import { useId, useState } from 'react';
import type { OpenedFile } from '@shared/files/files-contract';
import type { ApiError } from '@shared/result';
import type { PackageLoadResult, PackagePreview } from '@shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { TextField } from '../../ui/TextField';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { PackagePreviewView } from './PackagePreviewView';
import { defaultSlot, SlotChoice } from './SlotChoice';
import { chooseFiles } from '../../ui/choose-files';
import { fileNameOf } from './sync-text';

/**
 * Choose a package file, read its signed header and whose key signed it, choose which of the
 * precinct's laptops this is (its slot), type the handover code from the act beside the
 * fingerprint check, confirm the fingerprint matches, load. The code opens the sealed body;
 * nothing changes before the confirmation, or with a wrong code.
 */
export function PackageLoader({
  chooseLabel,
  headingLevel,
  onLoaded,
}: {
  chooseLabel: string;
  headingLevel: 2 | 3;
  onLoaded: (result: PackageLoadResult, preview: PackagePreview) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  /** The package chosen: a read handle, previewed then loaded through the same one. */
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [code, setCode] = useState('');
  const [codeMissing, setCodeMissing] = useState(false);
  const [slot, setSlot] = useState<number | null>(null);
  const [slotMissing, setSlotMissing] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'loading' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const checkboxId = useId();
  const hintId = useId();

  async function choose() {
    setError(null);
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'file',
      extensions: ['pdpkg'],
      filterName: t('sync.packageFilter'),
      texts: {
        title: 'package.choose',
        filesHeading: 'sync.packageFilter',
        noFiles: 'sync.noFilesHere',
        pathHint: 'voters.open.pathHint',
        open: 'voters.open.open',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    const opened = chosen.files[0];
    if (!opened) return;
    setFile(opened);
    setPreview(null);
    setConfirmed(false);
    setCode('');
    setBusy('checking');
    const result = await callApi('previewPackage', { handle: opened.handle });
    setBusy(null);
    if (result.ok) {
      setPreview(result.value);
      setSlot(defaultSlot(result.value));
      setSlotMissing(false);
    } else setError(result.error);
  }

  async function load() {
    if (!preview || !file || busy) return;
    setError(null);
    const needsSlot = preview.currentSlot === null && slot === null;
    setSlotMissing(needsSlot);
    setCodeMissing(code.trim() === '');
    setConfirmMissing(!confirmed);
    if (needsSlot || !confirmed || code.trim() === '') return;
    setBusy('loading');
    const result = await callApi('loadPackage', {
      handle: file.handle,
      handoverCode: code,
      centralFingerprint: preview.centralFingerprint,
      ...(preview.currentSlot === null && slot !== null ? { slot } : {}),
    });
    setBusy(null);
    if (result.ok) onLoaded(result.value, preview);
    else setError(result.error);
  }

  return (
    <div className="package-loader">
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        {chooseLabel}
      </button>
      {file ? <p>{t('package.file', { file: fileNameOf(file.path) })}</p> : null}
      {busy ? (
        <StatusMessage>
          {busy === 'checking' ? t('package.checking') : t('package.loading')}
        </StatusMessage>
      ) : null}
      <ErrorAlert message={errorText(error)} />
      {preview ? (
        <>
          <PackagePreviewView preview={preview} headingLevel={headingLevel} />
          <SlotChoice
            preview={preview}
            slot={slot}
            missing={slotMissing}
            onChange={(chosen) => {
              setSlot(chosen);
              setSlotMissing(false);
            }}
          />
          <TextField
            label={t('package.code')}
            hint={t('package.codeHint')}
            error={codeMissing && code.trim() === '' ? t('package.codeRequired') : null}
            value={code}
            onValueChange={(value) => {
              setCode(value);
              setCodeMissing(false);
            }}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            className="handover-code-input"
          />
          <div className="choice">
            <input
              id={checkboxId}
              type="checkbox"
              checked={confirmed}
              aria-invalid={confirmMissing && !confirmed ? true : undefined}
              aria-describedby={confirmMissing && !confirmed ? hintId : undefined}
              onChange={(event) => {
                setConfirmed(event.target.checked);
                setConfirmMissing(false);
              }}
            />
            <label htmlFor={checkboxId}>{t('package.confirmMatch')}</label>
          </div>
          {confirmMissing && !confirmed ? (
            <ErrorAlert id={hintId} message={t('package.confirmRequired')} />
          ) : null}
          <button
            type="button"
            className="button-primary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void load()}
          >
            {t('package.load')}
          </button>
        </>
      ) : null}
    </div>
  );
}
