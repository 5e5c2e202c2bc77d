import { useId } from 'react';
import { useQuery } from '../../api/queries';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { formatInstant } from '../../ui/date-time-format';
import { useProtocolPrint } from './protocol-print';
import type { VotingDayView } from '@shared/protocol/protocol-contract';

/**
 * The protocol's state on the voting-day home: not opened yet, open (and any turnout report
 * due), closed and waiting for the count, or the version signed; its button opens the screen.
 */
export function ProtocolHomeCard({ onOpen }: { onOpen: () => void }) {
  const { data: day } = useQuery('getVotingDay', {});
  if (!day || day.ballot === null) return null;
  return <DayCard day={day} onOpen={onOpen} />;
}

function DayCard({ day, onOpen }: { day: VotingDayView; onOpen: () => void }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const { timeZone } = useProtocolPrint(day);
  const id = useId();
  const latest = day.versions.at(-1) ?? null;
  const due = day.reports.filter((report) => report.due).length;
  const state = latest
    ? t('protocol.home.signed', {
        version: latest.version,
        time: formatInstant(latest.signedAt, timeZone, language),
      })
    : day.closedAt
      ? t('protocol.home.closed', { time: formatInstant(day.closedAt, timeZone, language) })
      : day.opening
        ? t('protocol.home.open', { time: formatInstant(day.opening.openedAt, timeZone, language) })
        : t('protocol.home.notOpened');
  const attention = due > 0 || (day.closedAt !== null && latest === null);
  return (
    <section
      className={`home-card${attention ? ' home-card-attention' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid="home-protocol"
    >
      <h2 id={`${id}-title`}>{t('protocol.home.title')}</h2>
      <p>{state}</p>
      {due > 0 ? <p>{tp('protocol.home.reportsDue', due)}</p> : null}
      <button type="button" className="button-secondary home-action" onClick={onOpen}>
        {t('protocol.home.action')}
      </button>
    </section>
  );
}
