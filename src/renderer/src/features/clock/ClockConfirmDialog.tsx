import { useId, useState } from 'react';
import type { ClockStatus } from '@shared/api';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatCalendarDate } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

interface ClockConfirmDialogProps {
  clock: ClockStatus;
  onClose: () => void;
}

/** Asks the chair, once per voting-day date, whether the laptop's clock is right. */
export function ClockConfirmDialog({ clock, onClose }: ClockConfirmDialogProps) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const clockChanged = useSessionStore((state) => state.clockChanged);
  const [error, setError] = useState<ApiError | null>(null);
  const descriptionId = useId();
  // The ISO form beside the words leaves no doubt about day and month order.
  const words = formatCalendarDate(clock.localDate, language);
  const shownDate = words === clock.localDate ? words : `${words} (${clock.localDate})`;

  async function confirm() {
    const result = await callApi('confirmClock', {});
    if (result.ok) {
      clockChanged(result.value);
      onClose();
    } else {
      setError(result.error);
    }
  }

  return (
    <Modal title={t('clock.question')} onCancel={onClose} describedBy={descriptionId}>
      <dl className="clock-facts">
        <dt>{t('clock.date')}</dt>
        <dd>{shownDate}</dd>
        <dt>{t('clock.time')}</dt>
        <dd>{clock.localTime}</dd>
        <dt>{t('clock.timeZone')}</dt>
        <dd>{clock.timeZone}</dd>
      </dl>
      <p id={descriptionId}>{t('clock.ifWrong')}</p>
      <ErrorAlert message={errorText(error)} />
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => void confirm()}>
          {t('clock.confirm')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('clock.later')}
        </button>
      </div>
    </Modal>
  );
}
