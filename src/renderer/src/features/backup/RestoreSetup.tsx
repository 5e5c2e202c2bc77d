import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { BackupPreview, RestoreOutcome } from '@shared/backup/backup-contract';
import type { OpenedFile } from '@shared/files/files-contract';
import { callApi } from '../../api/precinct-client';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { useT } from '../../i18n/use-t';
import { BusyButton } from '../../ui/BusyButton';
import type { ChosenFiles } from '../../ui/choose-files';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Field } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/use-submit';
import '../../styles/backup.css';
import { RestoreDone } from './RestoreDone';
import { RestorePreview } from './RestorePreview';
import { chooseBackup, choosePackage } from './restore-pickers';

type Problems = { backup?: string; package?: string; code?: string; secret?: string };

/**
 * First run's "Restore from a backup": the backup (its folder or one file) and what restoring
 * it will do, the package and its handover code, the chair and the chair's PIN or recovery
 * code; then the result, and on to the login of the restored precinct.
 */
export function RestoreSetup({ onBack }: { onBack: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const { busy, error, setError, submit } = useSubmit();
  const [backup, setBackup] = useState<OpenedFile | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [pkg, setPkg] = useState<OpenedFile | null>(null);
  const [code, setCode] = useState('');
  const [chair, setChair] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState<RestoreOutcome | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  /** The one file or folder chosen; a refusal is shown; null when cancelled. */
  function taken(chosen: ChosenFiles): OpenedFile | null {
    if (!chosen) return null;
    if ('error' in chosen) {
      setError(chosen.error);
      return null;
    }
    return chosen.files[0] ?? null;
  }

  async function pickBackup(kind: 'folder' | 'file') {
    const file = taken(await chooseBackup(nativeDialogs, kind, t));
    if (!file) return;
    // Read before any secret; a damaged or missing backup is said at once.
    const read = await callApi('previewBackup', { backupHandle: file.handle });
    if (!read.ok) {
      setError(read.error);
      return;
    }
    setError(null);
    setBackup(file);
    setPreview(read.value);
    setChair(read.value.chairs[0]?.memberId ?? '');
    setProblems((p) => ({ ...p, backup: undefined }));
  }

  async function pickPackage() {
    const file = taken(await choosePackage(nativeDialogs, t));
    if (!file) return;
    setPkg(file);
    setProblems((p) => ({ ...p, package: undefined }));
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    const required = t('backupUi.restore.required');
    const choose = t('backupUi.restore.chooseFirst');
    const found: Problems = {
      ...(backup && preview ? {} : { backup: choose }),
      ...(pkg ? {} : { package: choose }),
      ...(code.trim() ? {} : { code: required }),
      ...(secret ? {} : { secret: required }),
    };
    setProblems(found);
    if (found.code) codeRef.current?.focus();
    else if (found.secret) secretRef.current?.focus();
    if (Object.keys(found).length > 0 || !backup || !pkg) return;
    const restored = await submit(() =>
      callApi('restoreBackup', {
        backupHandle: backup.handle,
        packageHandle: pkg.handle,
        handoverCode: code.trim(),
        chairId: chair,
        secret,
      }),
    );
    setSecret('');
    if (restored) setDone(restored.value);
  }

  if (done) return <RestoreDone outcome={done} />;
  return (
    <section aria-labelledby="restore-heading">
      <PageHeading focusOnMount>
        <span id="restore-heading">{t('backupUi.restore.title')}</span>
      </PageHeading>
      <p>{t('backupUi.restore.intro')}</p>
      <form className="form-section" noValidate onSubmit={(event) => void send(event)}>
        <Chosen
          id="restore-backup"
          label={t('backupUi.restore.backup')}
          path={backup?.path ?? null}
          none={t('backupUi.restore.noBackup')}
          problem={problems.backup ?? null}
        >
          <button
            type="button"
            className="button-secondary"
            onClick={() => void pickBackup('folder')}
          >
            {t('backupUi.restore.chooseFolder')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => void pickBackup('file')}
          >
            {t('backupUi.restore.chooseFile')}
          </button>
        </Chosen>
        <p className="field-hint">{t('backupUi.restore.folderHint')}</p>
        {preview ? <RestorePreview preview={preview} /> : null}
        <Chosen
          id="restore-package"
          label={t('backupUi.restore.package')}
          path={pkg?.path ?? null}
          none={t('backupUi.restore.noPackage')}
          problem={problems.package ?? null}
        >
          <button type="button" className="button-secondary" onClick={() => void pickPackage()}>
            {t('backupUi.restore.choosePackage')}
          </button>
        </Chosen>
        <TextField
          label={t('backupUi.restore.handoverCode')}
          value={code}
          onValueChange={setCode}
          error={problems.code ?? null}
          ref={codeRef}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        {preview && preview.chairs.length > 0 ? (
          <Field label={t('backupUi.restore.chair')}>
            {(control) => (
              <select {...control} value={chair} onChange={(e) => setChair(e.target.value)}>
                {preview.chairs.map((c) => (
                  <option key={c.memberId} value={c.memberId}>
                    {c.fullName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <TextField
          label={t('backupUi.restore.secret')}
          hint={t('backupUi.restore.secretHint')}
          type="password"
          value={secret}
          onValueChange={setSecret}
          error={problems.secret ?? null}
          ref={secretRef}
          autoComplete="off"
          maxLength={200}
        />
        <ErrorAlert message={errorText(error)} />
        <div role="status">
          {busy ? <p className="message message-info">{t('backupUi.restore.restoring')}</p> : null}
        </div>
        <div className="button-row">
          <BusyButton busy={busy}>{t('backupUi.restore.submit')}</BusyButton>
          <button type="button" className="button-link" onClick={onBack}>
            {t('backupUi.restore.back')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A file chosen by handle: a group named by its label, its path (or none yet), its buttons. */
function Chosen({
  id,
  label,
  path,
  none,
  problem,
  children,
}: {
  id: string;
  label: string;
  path: string | null;
  none: string;
  problem: string | null;
  children: ReactNode;
}) {
  return (
    <fieldset className="field restore-choice" aria-describedby={`${id}-path`}>
      <legend>{label}</legend>
      <p id={`${id}-path`} className="backup-folder" data-testid={`${id}-path`}>
        {path ?? none}
      </p>
      <div className="button-row">{children}</div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
