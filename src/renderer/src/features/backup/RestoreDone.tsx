import type { RestoreOutcome } from '@shared/backup/backup-contract';
import { useSessionStore } from '../../app-state/session-store';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';

/** The restore done: which laptop this one replaces, its new slot, and on to the login. */
export function RestoreDone({ outcome }: { outcome: RestoreOutcome }) {
  const t = useT();
  const language = useLanguage();
  const refresh = useSessionStore((state) => state.refresh);
  const timeZone = useSessionStore((state) => state.appState?.clock.timeZone);
  return (
    <section aria-labelledby="restore-done-heading" data-testid="restore-done">
      <PageHeading focusOnMount>
        <span id="restore-done-heading">{t('backupUi.restore.doneTitle')}</span>
      </PageHeading>
      <StatusMessage tone="success">
        {t('backupUi.restore.done', {
          old: outcome.oldDeviceId.slice(0, 8),
          number: outcome.precinctNumber ?? '—',
          slot: outcome.slot,
          seq: outcome.lastSeq,
        })}
      </StatusMessage>
      <p className="message message-warning">
        {t('backupUi.restore.doneNext', {
          time: formatInstant(outcome.createdAt, timeZone, language),
        })}
      </p>
      <button type="button" className="button-primary" onClick={() => void refresh()}>
        {t('backupUi.restore.continue')}
      </button>
    </section>
  );
}
