import { ColumnHeads } from '../../../ui/ColumnHeads';
import type { VoterHistoryEntry } from '@shared/voters/voter-api';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { eventTypeLabel } from '../../../i18n/event-type-label';
import { useSessionStore } from '../../../app-state/session-store';
import { describeVoterHistoryEvent } from '../voters-audit-summary';

/** Every event about the voter, oldest first, in the precinct's local time. */
export function VoterHistory({ history }: { history: VoterHistoryEntry[] }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  return (
    <table className="data-table voter-history">
      <caption>{t('voters.card.history')}</caption>
      <ColumnHeads prefix="audit" columns={['colTime', 'colEvent', 'colMember', 'colDetails']} />
      <tbody>
        {history.map((entry, index) => (
          <tr key={`${entry.at}-${index}`}>
            <td>{formatInstant(entry.at, timeZone, language)}</td>
            <td>{eventTypeLabel(entry.type, t)}</td>
            <td>{entry.actorName ?? t('audit.system')}</td>
            <td>{describeVoterHistoryEvent(entry.type, entry.payload, { t, language })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
