import type { VoterCard } from '@shared/voters/voter-api';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { useSessionStore } from '../../../app-state/session-store';
import { usePermission } from '../../../app-state/use-permission';

export type CardAction =
  'issue' | 'undo' | 'correct' | 'removal' | 'absentee' | 'approve' | 'refuse';

interface VoterActionsProps {
  card: VoterCard;
  /** Ballot acts sit with the ballot, decisions with the request, list changes on their own. */
  group: 'ballot' | 'decision' | 'list';
  onAction: (action: CardAction) => void;
}

/** The acts on a voter this member's role allows; what the core would refuse is not offered. */
export function VoterActions({ card, group, onAction }: VoterActionsProps) {
  const t = useT();
  const canIssue = usePermission('ballot.issue');
  const canUndo = usePermission('ballot.undo');
  const canRecord = usePermission('record');
  const canApprove = usePermission('approvals');
  const voter = card.voter;
  const listed = voter.status === 'listed';

  const button = (action: CardAction, label: string, primary = false, blockedBy?: string) => (
    <button
      key={action}
      type="button"
      className={primary ? 'button-primary' : 'button-secondary'}
      aria-disabled={blockedBy ? true : undefined}
      aria-describedby={blockedBy}
      onClick={() => {
        if (!blockedBy) onAction(action);
      }}
    >
      {label}
    </button>
  );

  if (group === 'ballot') {
    // What the core would refuse is not offered: the button stays, disabled, with the reason
    // beside it, so a member sees why before ticking the ID check.
    const reasons = canIssue && listed ? issueRefusals(card) : [];
    const blocked = reasons.length > 0 ? ISSUE_REASONS_ID : undefined;
    const buttons = [
      canIssue && listed ? button('issue', t('voters.ballot.open'), !blocked, blocked) : null,
      canUndo && card.ballot ? button('undo', t('voters.undo.open')) : null,
    ].filter(Boolean);
    return (
      <>
        {reasons.length > 0 ? <IssueWarnings card={card} /> : null}
        {buttons.length > 0 ? <div className="button-row">{buttons}</div> : null}
      </>
    );
  }

  if (group === 'decision') {
    if (!canApprove || card.removal?.status !== 'pending') return null;
    return (
      <div className="button-row">
        {button('approve', t('voters.decide.approve'))}
        {button('refuse', t('voters.decide.refuse'))}
      </div>
    );
  }

  if (!canRecord || !listed) return null;
  return (
    <section aria-labelledby="voter-card-changes" className="voter-card-part">
      <h3 id="voter-card-changes">{t('voters.card.changes')}</h3>
      <div className="button-row">
        {button('correct', t('voters.correct.open'))}
        {voter.removalPending ? null : button('removal', t('voters.removal.open'))}
        {voter.absentee || voter.ballotIssued
          ? null
          : button('absentee', t('voters.absentee.open'))}
      </div>
    </section>
  );
}

/**
 * Why the core would refuse a ballot here, said before anyone tries: the ballot issued already
 * (when and by whom), an absentee certificate, a home-voting request, another desk's section.
 */
const ISSUE_REASONS_ID = 'voter-issue-refusals';

/** The refusals the core would give to a ballot for this voter now, by kind. */
function issueRefusals(card: VoterCard): string[] {
  return [
    card.ballot ? 'ballot' : '',
    card.absentee ? 'absentee' : '',
    card.voter.homeVoting ? 'home' : '',
    card.section && !card.section.thisDevice ? 'desk' : '',
  ].filter(Boolean);
}

function IssueWarnings({ card }: { card: VoterCard }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const warnings: string[] = [];
  if (card.ballot) {
    warnings.push(
      t('errors.ballot_already_issued', {
        at: formatInstant(card.ballot.issuedAt, timeZone, language),
        by: card.ballot.issuedByName ?? t('audit.unknownMember'),
      }),
    );
  }
  if (card.absentee) warnings.push(t('errors.ballot_absentee', { number: card.absentee.number }));
  if (card.voter.homeVoting) warnings.push(t('errors.ballot_home_voting'));
  if (card.section && !card.section.thisDevice) {
    warnings.push(
      t('errors.ballot_other_desk', { section: card.section.name, desk: card.section.deskLabel }),
    );
  }
  return (
    <div id={ISSUE_REASONS_ID}>
      {warnings.map((warning) => (
        <p key={warning} className="message message-warning">
          {warning}
        </p>
      ))}
    </div>
  );
}
