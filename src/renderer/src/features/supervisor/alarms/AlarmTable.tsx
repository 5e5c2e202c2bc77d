import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { Alarm } from '@shared/supervisor/supervisor-contract';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { alarmDetails, alarmKindKey } from '../supervisor-text';

interface AlarmTableProps {
  caption: string;
  alarms: Alarm[];
  /** Offers "Decide…" for undecided alarms. */
  onDecide?: (alarm: Alarm) => void;
  testId?: string;
}

/** Alarms and conflicts: what, about whom (a device or a masked IIN), where, and the decision. */
export function AlarmTable({ caption, alarms, onDecide, testId }: AlarmTableProps) {
  const t = useT();
  const language = useLanguage();
  const at = (iso: string) => formatInstant(iso, undefined, language);
  return (
    <table className="data-table" data-testid={testId}>
      <caption>{caption}</caption>
      <ColumnHeads
        prefix="supervisor.col"
        columns={['kind', 'raised', 'subject', 'precincts', 'details', 'decision']}
      />
      <tbody>
        {alarms.map((alarm) => (
          <tr key={alarm.alarmId}>
            <th scope="row">{t(alarmKindKey(alarm.kind))}</th>
            <td>{at(alarm.raisedAt)}</td>
            <td className="mono-id">{alarm.subject}</td>
            <td>{alarm.precinctIds.join(', ')}</td>
            <AlarmDetails alarm={alarm} />
            <td>
              {alarm.decidedAt ? (
                t('supervisor.alarms.decided', {
                  by: alarm.decidedBy ?? '',
                  at: at(alarm.decidedAt),
                  decision: alarm.decision ?? '',
                })
              ) : onDecide ? (
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('supervisor.alarms.decideLabel', { subject: alarm.subject })}
                  onClick={() => onDecide(alarm)}
                >
                  {t('supervisor.alarms.decide')}
                </button>
              ) : (
                t('supervisor.alarms.undecided')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AlarmDetails({ alarm }: { alarm: Alarm }) {
  const t = useT();
  const tp = useTPlural();
  const translated = alarmDetails(t, tp, alarm);
  return translated ? <td>{translated}</td> : <td lang="en">{alarm.details}</td>;
}
