import { useRef, useState, type FormEvent } from 'react';
import type { KeyBackupMade } from '@shared/supervisor/key-backup-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../../api/precinct-client';
import { useSessionStore } from '../../../app-state/session-store';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { BusyButton } from '../../../ui/BusyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { saveByHandle } from '../../../ui/save-file';
import { StatusMessage } from '../../../ui/StatusMessage';
import { groupFingerprint } from '../supervisor-text';
import { KEY_BACKUP_EXTENSION, passphraseLength, PassphrasePair } from './PassphrasePair';

/**
 * The administrator's key backup: the central keys and the package registry written to one
 * file, sealed under a passphrase of its own typed twice, saved where the administrator chooses.
 */
export function KeyBackupSection() {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const [pair, setPair] = useState({ passphrase: '', repeat: '' });
  const [problems, setProblems] = useState<{ passphrase?: string; repeat?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [made, setMade] = useState<KeyBackupMade | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setMade(null);
    const found = pairProblems(pair, t);
    setProblems(found);
    if (found.passphrase || found.repeat) {
      (found.passphrase ? passphraseRef : repeatRef).current?.focus();
      return;
    }
    let written: KeyBackupMade | null = null;
    const outcome = await saveByHandle(
      nativeDialogs,
      `central-keys-${new Date().toISOString().slice(0, 10)}.${KEY_BACKUP_EXTENSION}`,
      { name: t('keyBackup.fileType'), extensions: [KEY_BACKUP_EXTENSION] },
      async (outHandle) => {
        setBusy(true);
        try {
          const result = await callApi('makeKeyBackup', { outHandle, passphrase: pair.passphrase });
          if (!result.ok) return result;
          written = result.value;
          return { ok: true, value: result.value.path };
        } finally {
          setBusy(false);
        }
      },
    );
    if (outcome.saved && written) {
      setMade(written);
      setPair({ passphrase: '', repeat: '' });
    } else if (!outcome.saved) {
      setError(outcome.error);
    }
  }

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('keyBackup.title')}</PageHeading>
      <p>{t('keyBackup.intro')}</p>
      <form className="form-section" noValidate onSubmit={(event) => void save(event)}>
        <PassphrasePair
          labels={{ passphrase: t('keyBackup.passphrase'), repeat: t('keyBackup.repeat') }}
          hint={`${t('keyBackup.hint')} ${tp('keyBackup.length', passphraseLength(pair.passphrase))}`}
          value={pair}
          onChange={setPair}
          problems={problems}
          passphraseRef={passphraseRef}
          repeatRef={repeatRef}
        />
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <BusyButton busy={busy}>{t('keyBackup.save')}</BusyButton>
      </form>
      <div role="status">
        {busy ? <p className="message message-info">{t('keyBackup.saving')}</p> : null}
      </div>
      {made ? <BackupResult made={made} /> : null}
    </section>
  );
}

/** What is wrong with a new passphrase typed twice, in the screen's words. */
export function pairProblems(
  pair: { passphrase: string; repeat: string },
  t: ReturnType<typeof useT>,
): { passphrase?: string; repeat?: string } {
  return {
    ...(pair.passphrase === ''
      ? { passphrase: t('keyBackup.required') }
      : passphraseLength(pair.passphrase) < 12
        ? { passphrase: t('keyBackup.tooShort') }
        : {}),
    ...(pair.repeat !== pair.passphrase ? { repeat: t('keyBackup.mismatch') } : {}),
  };
}

function BackupResult({ made }: { made: KeyBackupMade }) {
  const t = useT();
  return (
    <>
      <StatusMessage tone="success">{t('keyBackup.saved')}</StatusMessage>
      <table className="data-table" data-testid="key-backup-made">
        <caption>{t('keyBackup.resultCaption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('keyBackup.path')}</th>
            <td>{made.path}</td>
          </tr>
          <tr>
            <th scope="row">{t('keyBackup.precincts')}</th>
            <td>{made.precincts}</td>
          </tr>
          <tr>
            <th scope="row">{t('keyBackup.fingerprint')}</th>
            <td>
              <code>{groupFingerprint(made.fingerprint)}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('keyBackup.sha256')}</th>
            <td>
              <code>{groupFingerprint(made.sha256)}</code>
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
