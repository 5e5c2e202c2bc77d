import { mutate } from '../../api/queries';
import { useSessionStore } from '../../app-state/session-store';
import { usePermission } from '../../app-state/use-permission';
import { useErrorText } from '../../app-state/use-error-text';
import { useLanguage, useT } from '../../i18n/use-t';
import { BusyButton } from '../../ui/BusyButton';
import { chooseFiles } from '../../ui/choose-files';
import { formatInstant } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSubmit } from '../../ui/use-submit';
import '../../styles/backup.css';
import { BACKUP_EXTENSION } from './backup-files';
import { useBackupStore } from './backup-store';
import { REASON_KEYS } from './backup-text';
import { useBackupStatus } from './use-backup-status';

/**
 * Settings' backup section: the folder, the last backup and any failure for every member;
 * choosing the folder and "Back up now" for the chair (settings.edit).
 */
export function BackupPanel() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const canEdit = usePermission('settings.edit');
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const take = useBackupStore((state) => state.take);
  const status = useBackupStatus();
  const { busy, error, setError, submit } = useSubmit();
  const when = (iso: string) => formatInstant(iso, timeZone, language);

  async function chooseFolder() {
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'folder',
      extensions: [BACKUP_EXTENSION],
      filterName: t('backupUi.title'),
      texts: {
        title: 'backupUi.chooseTitle',
        filesHeading: 'backupUi.chooseFiles',
        noFiles: 'backupUi.chooseNone',
        pathHint: 'backupUi.choosePathHint',
        open: 'backupUi.restore.pickOpen',
        thisFolder: 'backupUi.chooseThis',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    const folder = chosen.files[0];
    if (!folder) return;
    const done = await submit(() => mutate('setBackupFolder', { folderHandle: folder.handle }));
    if (done) take(done.value);
  }

  async function backupNow() {
    const done = await submit(() => mutate('backupNow', {}));
    if (done) take(done.value);
  }

  const problem = status?.lastError ?? null;
  return (
    <section className="settings-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupUi.title')}</h2>
      <p>{t('backupUi.intro')}</p>
      <dl className="backup-facts">
        <dt>{t('backupUi.folder')}</dt>
        <dd className="backup-folder" data-testid="backup-folder">
          {status?.folder ?? t('backupUi.noFolder')}
        </dd>
      </dl>
      <p data-testid="backup-last">
        {status?.lastBackupAt
          ? t('backupUi.lastFull', { time: when(status.lastBackupAt), seq: status.lastSeq ?? 0 })
          : t('backupUi.none')}
      </p>
      {status?.pending && status.lastBackupAt ? <p>{t('backupUi.pending')}</p> : null}
      {problem ? (
        <p className="message message-warning" data-testid="backup-problem">
          {t('backupUi.problem', { time: when(problem.at), reason: t(REASON_KEYS[problem.code]) })}{' '}
          {t('backupUi.keepVoting')}
        </p>
      ) : null}
      {canEdit ? (
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={() => void chooseFolder()}>
            {t('backupUi.choose')}
          </button>
          {status?.folder ? (
            <BusyButton type="button" busy={busy} onClick={() => void backupNow()}>
              {t('backupUi.now')}
            </BusyButton>
          ) : null}
        </div>
      ) : (
        <p>{t('backupUi.readOnly')}</p>
      )}
      <div role="status">
        {busy ? <p className="message message-info">{t('backupUi.working')}</p> : null}
      </div>
      <ErrorAlert message={errorText(error)} />
    </section>
  );
}
