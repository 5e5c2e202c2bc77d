import { useState } from 'react';
import type { Alarm } from '@shared/supervisor/supervisor-contract';
import { mutate, useQuery } from '../../../api/queries';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { NameReasonDialog } from '../NameReasonDialog';
import { alarmKindKey } from '../supervisor-text';
import { AlarmTable } from './AlarmTable';

/** Alarms, open ones first by default; each stays open until a supervisor records a decision. */
export function AlarmsSection() {
  const t = useT();
  const language = useLanguage();
  const [openOnly, setOpenOnly] = useState(true);
  const [deciding, setDeciding] = useState<Alarm | null>(null);
  const [decided, setDecided] = useState(false);
  const { data: alarms, error } = useQuery('listAlarms', { openOnly });

  async function decide(alarm: Alarm, decision: string, voidEvent: boolean) {
    const result = await mutate('decideAlarm', {
      alarmId: alarm.alarmId,
      decision,
      ...(voidEvent ? { voidEvent } : {}),
    });
    if (!result.ok) return result.error;
    setDeciding(null);
    setDecided(true);
    return null;
  }

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisor.alarms.title')}</PageHeading>
      <p>{t('supervisor.alarms.intro')}</p>
      <fieldset className="filters">
        <legend>{t('supervisor.alarms.show')}</legend>
        {[true, false].map((option) => (
          <label key={String(option)} className="choice">
            <input
              type="radio"
              name="alarms-shown"
              checked={openOnly === option}
              onChange={() => setOpenOnly(option)}
            />
            {t(option ? 'supervisor.alarms.open' : 'supervisor.alarms.all')}
          </label>
        ))}
      </fieldset>
      <ErrorAlert message={error ? describeError(error, language) : null} />
      {decided ? (
        <StatusMessage tone="success">{t('supervisor.alarms.recorded')}</StatusMessage>
      ) : null}
      {alarms && alarms.length === 0 ? (
        <p>{t(openOnly ? 'supervisor.alarms.emptyOpen' : 'supervisor.alarms.empty')}</p>
      ) : null}
      {alarms && alarms.length > 0 ? (
        <AlarmTable
          caption={t('supervisor.alarms.caption')}
          alarms={alarms}
          onDecide={(alarm) => {
            setDecided(false);
            setDeciding(alarm);
          }}
          testId="alarms-table"
        />
      ) : null}
      {deciding ? (
        <NameReasonDialog
          title={t('supervisor.alarms.dialogTitle', { kind: t(alarmKindKey(deciding.kind)) })}
          explanation={t('supervisor.alarms.dialogExplain', { subject: deciding.subject })}
          textLabel={t('supervisor.alarms.decision')}
          submitLabel={t('supervisor.alarms.record')}
          {...(deciding.kind === 'unauthorized_event'
            ? {
                option: {
                  label: t('supervisor.alarms.voidEvent'),
                  hint: t('supervisor.alarms.voidEventHint'),
                },
              }
            : {})}
          onSubmit={(text, voidEvent) => decide(deciding, text, voidEvent)}
          onCancel={() => setDeciding(null)}
        />
      ) : null}
    </section>
  );
}
