import { useRef, useState, type FormEvent } from 'react';
import type { OpenedFile } from '@shared/files/files-contract';
import { TEXT_LIMITS } from '@shared/text-limits';
import { callApi } from '../../../api/precinct-client';
import { useSessionStore } from '../../../app-state/session-store';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { BusyButton } from '../../../ui/BusyButton';
import { chooseFiles } from '../../../ui/choose-files';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { TextField } from '../../../ui/TextField';
import { useSubmit } from '../../../ui/use-submit';
import { FileChoice } from '../packages/PackagesSection';
import { useSupervisorStore } from '../supervisor-store';
import { pairProblems } from './KeyBackupSection';
import { KEY_BACKUP_EXTENSION, passphraseLength, PassphrasePair } from './PassphrasePair';

type Problems = {
  file?: string;
  backupPassphrase?: string;
  account?: string;
  passphrase?: string;
  repeat?: string;
};

/**
 * A new supervisor folder's first run from a key backup: the file (chosen by handle), its
 * passphrase, then this laptop's own administrator. The store opens when it is restored.
 */
export function KeyRestorePanel({ onBack }: { onBack: () => void }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const accept = useSupervisorStore((store) => store.accept);
  const { busy, error, setError, submit } = useSubmit();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [account, setAccount] = useState('');
  const [pair, setPair] = useState({ passphrase: '', repeat: '' });
  const [problems, setProblems] = useState<Problems>({});
  const backupRef = useRef<HTMLInputElement>(null);
  const accountRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  async function choose() {
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'file',
      extensions: [KEY_BACKUP_EXTENSION],
      filterName: t('keyBackup.fileType'),
      texts: {
        title: 'supervisor.open.titleFile',
        filesHeading: 'supervisor.open.files',
        noFiles: 'supervisor.open.noFiles',
        pathHint: 'supervisor.open.pathHintFile',
        open: 'supervisor.open.open',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    setFile(chosen.files[0] ?? null);
    setProblems((p) => ({ ...p, file: undefined }));
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    const required = t('keyBackup.required');
    const found: Problems = {
      ...(file ? {} : { file: required }),
      ...(backupPassphrase === '' ? { backupPassphrase: required } : {}),
      ...(account.trim() ? {} : { account: required }),
      ...pairProblems(pair, t),
    };
    setProblems(found);
    const order = ['backupPassphrase', 'account', 'passphrase', 'repeat'] as const;
    const first = order.find((name) => found[name]);
    if (found.file || first) {
      const refs = {
        backupPassphrase: backupRef,
        account: accountRef,
        passphrase: passphraseRef,
        repeat: repeatRef,
      };
      if (first && !found.file) refs[first].current?.focus();
      return;
    }
    if (!file) return;
    const done = await submit(() =>
      callApi('restoreKeyBackup', {
        inHandle: file.handle,
        backupPassphrase,
        account: account.trim(),
        passphrase: pair.passphrase,
      }),
    );
    if (done) accept(done.value);
    else setBackupPassphrase('');
  }

  return (
    <section className="section central-access" aria-labelledby="key-restore-heading">
      <PageHeading focusOnMount>
        <span id="key-restore-heading">{t('keyRestore.title')}</span>
      </PageHeading>
      <p>{t('keyRestore.intro')}</p>
      <form className="form-section" noValidate onSubmit={(event) => void send(event)}>
        <FileChoice
          id="key-restore-file"
          label={t('keyRestore.file')}
          path={file?.path ?? null}
          problem={problems.file ?? null}
          buttonLabel={t('keyRestore.choose')}
          onChoose={() => void choose()}
        />
        <TextField
          label={t('keyRestore.backupPassphrase')}
          type="password"
          value={backupPassphrase}
          onValueChange={setBackupPassphrase}
          error={problems.backupPassphrase ?? null}
          ref={backupRef}
          autoComplete="off"
          maxLength={1024}
        />
        <h2>{t('keyRestore.adminHeading')}</h2>
        <p>{t('keyRestore.adminIntro')}</p>
        <TextField
          label={t('centralAccess.account')}
          value={account}
          onValueChange={setAccount}
          error={problems.account ?? null}
          ref={accountRef}
          autoComplete="username"
          maxLength={TEXT_LIMITS.name}
          spellCheck={false}
        />
        <PassphrasePair
          labels={{ passphrase: t('centralAccess.passphrase'), repeat: t('centralAccess.repeat') }}
          hint={`${t('centralAccess.passphraseHint')} ${tp('keyBackup.length', passphraseLength(pair.passphrase))}`}
          value={pair}
          onChange={setPair}
          problems={problems}
          passphraseRef={passphraseRef}
          repeatRef={repeatRef}
        />
        <ErrorAlert message={error ? describeError(error, language) : null} />
        <div role="status">
          {busy ? <p className="message message-info">{t('keyRestore.restoring')}</p> : null}
        </div>
        <div className="button-row">
          <BusyButton busy={busy}>{t('keyRestore.submit')}</BusyButton>
          <button type="button" className="button-secondary" onClick={onBack}>
            {t('keyRestore.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
