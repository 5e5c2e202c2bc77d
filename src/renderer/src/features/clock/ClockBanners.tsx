import type { ClockStatus } from '@shared/api';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { StatusMessage } from '../../ui/StatusMessage';

interface ClockBannersProps {
  clock: ClockStatus;
  canConfirm: boolean;
  /** Opens the confirmation dialog again (for those who may confirm). */
  onCheckClock: () => void;
}

/** What is doubtful about the clock, shown above every section while it stays so. */
export function ClockBanners({ clock, canConfirm, onCheckClock }: ClockBannersProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="clock-banners">
      {clock.behindLatestEvent ? (
        <p role="alert" className="message message-error">
          {t('clock.behind', {
            time: clock.latestEventAt
              ? formatInstant(clock.latestEventAt, clock.timeZone, language, true)
              : '',
          })}
        </p>
      ) : null}
      {!clock.confirmedToday && !canConfirm ? (
        <StatusMessage tone="warning">{t('clock.notConfirmed')}</StatusMessage>
      ) : null}
      {!clock.confirmedToday && canConfirm ? (
        <div className="message message-warning banner-with-action">
          <p role="status">{t('clock.notConfirmedYet')}</p>
          <button type="button" className="button-secondary" onClick={onCheckClock}>
            {t('clock.check')}
          </button>
        </div>
      ) : null}
      {clock.overridden ? <p className="notice-small">{t('clock.overridden')}</p> : null}
    </div>
  );
}
