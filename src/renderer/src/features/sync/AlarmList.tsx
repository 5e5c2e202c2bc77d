import { useState, type FormEvent } from 'react';
import type { ApiError } from '@shared/result';
import type { SyncAlarmView } from '@shared/sync/sync-contract';
import { callApi } from '../../api/precinct-client';
import { useLanguage, useT } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';

/** Alarms raised by the other laptops' files; each stays until the chair records a decision. */
export function AlarmList({
  alarms,
  onDecided,
}: {
  alarms: SyncAlarmView[];
  onDecided: (alarm: SyncAlarmView) => void;
}) {
  const t = useT();
  if (alarms.length === 0) return <p>{t('sync.alarmsNone')}</p>;
  return (
    <ul className="sync-alarms" data-testid="sync-alarms">
      {alarms.map((alarm) => (
        <AlarmItem key={alarm.alarmId} alarm={alarm} onDecided={onDecided} />
      ))}
    </ul>
  );
}

function AlarmItem({
  alarm,
  onDecided,
}: {
  alarm: SyncAlarmView;
  onDecided: (alarm: SyncAlarmView) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const [decision, setDecision] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const text =
    alarm.kind === 'fork'
      ? t('sync.alarm.fork', { device: alarm.subject, seq: alarm.details.seq ?? '' })
      : t('sync.alarm.double_ballot', { iin: alarm.subject });

  async function decide(event: FormEvent) {
    event.preventDefault();
    const typed = decision.trim();
    setMissing(typed === '');
    if (!typed) return;
    const result = await callApi('decideSyncAlarm', { alarmId: alarm.alarmId, decision: typed });
    if (result.ok) onDecided(result.value);
    else setError(result.error);
  }

  return (
    <li className="sync-alarm">
      <p role={alarm.decidedAt ? undefined : 'alert'}>{text}</p>
      {alarm.decidedAt ? (
        <p>
          {t('sync.alarm.decided', {
            when: formatInstant(alarm.decidedAt, timeZone, language),
            decision: alarm.decision ?? '',
          })}
        </p>
      ) : (
        <form noValidate onSubmit={(event) => void decide(event)}>
          <TextField
            label={t('sync.alarm.decision')}
            error={missing ? t('validation.required') : null}
            announceError
            className="input-wide"
            value={decision}
            onValueChange={setDecision}
          />
          <ErrorAlert message={errorText(error)} />
          <button type="submit" className="button-secondary">
            {t('sync.alarm.decide')}
          </button>
        </form>
      )}
    </li>
  );
}
