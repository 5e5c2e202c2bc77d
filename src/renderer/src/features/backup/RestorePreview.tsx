import type { BackupPreview } from '@shared/backup/backup-contract';
import { useSessionStore } from '../../app-state/session-store';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';

/** What a restore from this backup will do, shown before it runs (read before any secret). */
export function RestorePreview({ preview }: { preview: BackupPreview }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.clock.timeZone);
  return (
    <section
      className="restore-preview"
      aria-labelledby="restore-preview-heading"
      data-testid="restore-preview"
    >
      <h2 id="restore-preview-heading">{t('backupUi.restore.previewTitle')}</h2>
      {preview.precinctNumber !== null ? (
        <p>{t('backupUi.restore.previewPrecinct', { number: preview.precinctNumber })}</p>
      ) : null}
      <p>
        {t('backupUi.restore.previewTime', {
          time: formatInstant(preview.createdAt, timeZone, language),
          seq: preview.lastSeq,
        })}
      </p>
      <p className="message message-warning">{t('backupUi.restore.previewLoss')}</p>
      <p>{t('backupUi.restore.previewSlot')}</p>
    </section>
  );
}
