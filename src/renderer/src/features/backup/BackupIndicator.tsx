import { useSessionStore } from '../../app-state/session-store';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatTimeIn } from '../../ui/date-time-format';
import '../../styles/backup.css';
import { REASON_KEYS } from './backup-text';
import { useBackupStatus } from './use-backup-status';

/**
 * The header's backup line on every screen: the last backup's time, or a warning with its
 * reason. One status region whose words change only when the state does, so a screen reader
 * hears a new failure once, and nothing here ever stands in the way of a ballot.
 */
export function BackupIndicator() {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const status = useBackupStatus();
  const time = (iso: string) => formatTimeIn(new Date(iso), timeZone, language);
  let text = '';
  let warning = false;
  if (status) {
    const problem = status.lastError;
    if (problem) {
      warning = true;
      text = t('backupUi.problem', {
        time: time(problem.at),
        reason: t(REASON_KEYS[problem.code]),
      });
    } else if (!status.folder) {
      warning = true;
      text = t('backupUi.headerNoFolder');
    } else {
      text = status.lastBackupAt
        ? t('backupUi.header', { time: time(status.lastBackupAt) })
        : t('backupUi.headerNone');
    }
  }
  return (
    <p
      role="status"
      className={`backup-indicator${warning ? ' backup-indicator-warning' : ''}`}
      data-testid="backup-indicator"
    >
      {warning ? <span aria-hidden="true">⚠ </span> : null}
      {text}
    </p>
  );
}
