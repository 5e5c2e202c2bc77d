import type { MessageKey } from '@shared/i18n';
import type { VoterSummary } from '@shared/voters/voter-api';
import { useT } from '../../../i18n/use-t';

type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger';

/** What the list says about a voter, as short labels; the first is always listed or removed. */
export function voterBadges(voter: VoterSummary): { key: MessageKey; tone: BadgeTone }[] {
  const badges: { key: MessageKey; tone: BadgeTone }[] = [
    voter.status === 'listed'
      ? { key: 'voters.status.listed', tone: 'neutral' }
      : { key: 'voters.status.removed', tone: 'danger' },
  ];
  if (voter.removalPending) badges.push({ key: 'voters.status.removalPending', tone: 'warning' });
  if (voter.absentee) badges.push({ key: 'voters.status.absentee', tone: 'warning' });
  if (voter.homeVoting) badges.push({ key: 'voters.status.homeVoting', tone: 'warning' });
  if (voter.ballotIssued) badges.push({ key: 'voters.status.ballotIssued', tone: 'success' });
  return badges;
}

/** The badges as inline text (inside a search result, where a list is not allowed). */
export function InlineBadges({ voter }: { voter: VoterSummary }) {
  const t = useT();
  return (
    <span className="voter-badges">
      {voterBadges(voter).map((badge) => (
        <span key={badge.key} className={`badge badge-${badge.tone}`}>
          {t(badge.key)}
        </span>
      ))}
    </span>
  );
}

/** The badges as a labelled list (on the voter card). */
export function BadgeList({ voter }: { voter: VoterSummary }) {
  const t = useT();
  return (
    <ul className="voter-badges" aria-label={t('voters.status.label')}>
      {voterBadges(voter).map((badge) => (
        <li key={badge.key} className={`badge badge-${badge.tone}`}>
          {t(badge.key)}
        </li>
      ))}
    </ul>
  );
}
