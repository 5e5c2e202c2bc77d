import { useId, useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import type { PackageLoadResult, PackagePreview } from '../../../../shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { PackagePreviewView } from './PackagePreviewView';
import { defaultSlot, SlotChoice } from './SlotChoice';
import { choosePaths } from '../../ui/choose-paths';
import { fileNameOf } from './sync-text';

/**
 * Choose a package file, read what it holds and whose key signed it, choose which of the
 * precinct's laptops this is (its slot), confirm the fingerprint matches the handover act,
 * load. Nothing changes before the confirmation.
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
  const [path, setPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [slot, setSlot] = useState<number | null>(null);
  const [slotMissing, setSlotMissing] = useState(false);
  const [busy, setBusy] = useState<'checking' | 'loading' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const checkboxId = useId();
  const hintId = useId();

  async function choose() {
    setError(null);
    const chosen = await choosePaths(nativeDialogs, {
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
    const file = chosen.paths[0] ?? '';
    setPath(file);
    setPreview(null);
    setConfirmed(false);
    setBusy('checking');
    const result = await callApi('previewPackage', { path: file });
    setBusy(null);
    if (result.ok) {
      setPreview(result.value);
      setSlot(defaultSlot(result.value));
      setSlotMissing(false);
    } else setError(result.error);
  }

  async function load() {
    if (!preview || !path || busy) return;
    const needsSlot = preview.currentSlot === null && slot === null;
    if (needsSlot) setSlotMissing(true);
    if (!confirmed) setConfirmMissing(true);
    if (needsSlot || !confirmed) return;
    setBusy('loading');
    const result = await callApi('loadPackage', {
      path,
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
      {path ? <p>{t('package.file', { file: fileNameOf(path) })}</p> : null}
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
