import { ActNotice } from '../../../ui/ActNotice';
import { useRef, useState } from 'react';
import type { BallotView } from '@shared/voters/voter-api';
import { useQuery } from '../../../api/queries';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Modal } from '../../../ui/Modal';
import { useSessionStore } from '../../../app-state/session-store';
import { RemovalDecisionDialog } from '../corrections/RemovalDecisionDialog';
import { useVoterErrorText } from '../voter-error';
import { voterFullName } from '../../../ui/voter-text';
import { AbsenteeDialog } from './AbsenteeDialog';
import { CorrectVoterDialog } from './CorrectVoterDialog';
import { IssueBallotDialog } from './IssueBallotDialog';
import { RequestRemovalDialog } from './RequestRemovalDialog';
import { UndoBallotDialog } from './UndoBallotDialog';
import { VoterActions, type CardAction } from './VoterActions';
import { BadgeList } from './VoterBadges';
import { AbsenteeFacts, BallotFacts, RemovalFacts, SectionFacts, VoterData } from './VoterFacts';
import { VoterHistory } from './VoterHistory';

interface VoterCardDialogProps {
  iin: string;
  onClose: () => void;
}

/**
 * A voter's card: the entry, its status, section and desk, the ballot, and the whole history;
 * with the acts the member's role allows. Each act opens its own dialog beside this one and,
 * once recorded, says so at the top of the card, where focus returns.
 */
export function VoterCardDialog({ iin, onClose }: VoterCardDialogProps) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const errorText = useVoterErrorText();
  // Read again by itself after each act (a write that changes the list).
  const { data: card, error } = useQuery('getVoterCard', { iin });
  const [notice, setNotice] = useState<string | null>(null);
  const [action, setAction] = useState<CardAction | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Where focus goes when an act's dialog closes: the notice after success, else the opener.
  const afterAction = useRef<HTMLElement | null>(null);

  function start(next: CardAction) {
    afterAction.current = null;
    setAction(next);
  }

  /** An act was recorded (and what shows the list read again): say so. */
  function done(message: string) {
    setNotice(message);
    afterAction.current = noticeRef.current;
    setAction(null);
  }

  const name = card ? voterFullName(card.voter) : '';
  const when = (iso: string) => formatInstant(iso, timeZone, language);

  return (
    <>
      <Modal
        title={card ? name : t('voters.card.title')}
        onCancel={() => {
          if (!action) onClose();
        }}
        initialFocusRef={statusRef}
      >
        <div className="voter-card">
          <div ref={statusRef} tabIndex={-1} className="voter-card-status">
            {card ? <BadgeList voter={card.voter} /> : error ? null : <p>{t('common.loading')}</p>}
          </div>
          <ActNotice notice={notice} ref={noticeRef} />
          <ErrorAlert message={errorText(error)} />
          {card ? (
            <>
              <section aria-labelledby="voter-card-data" className="voter-card-part">
                <h3 id="voter-card-data">{t('voters.card.data')}</h3>
                <VoterData card={card} />
              </section>
              <section aria-labelledby="voter-card-ballot" className="voter-card-part">
                <h3 id="voter-card-ballot">{t('voters.card.ballot')}</h3>
                <BallotFacts card={card} />
                <VoterActions card={card} group="ballot" onAction={start} />
              </section>
              <section aria-labelledby="voter-card-section" className="voter-card-part">
                <h3 id="voter-card-section">{t('voters.card.section')}</h3>
                <SectionFacts card={card} />
              </section>
              {card.absentee ? (
                <section aria-labelledby="voter-card-absentee" className="voter-card-part">
                  <h3 id="voter-card-absentee">{t('voters.card.absentee')}</h3>
                  <AbsenteeFacts card={card} />
                </section>
              ) : null}
              {card.removal ? (
                <section aria-labelledby="voter-card-removal" className="voter-card-part">
                  <h3 id="voter-card-removal">{t('voters.card.removal')}</h3>
                  <RemovalFacts card={card} />
                  <VoterActions card={card} group="decision" onAction={start} />
                </section>
              ) : null}
              <VoterActions card={card} group="list" onAction={start} />
              <VoterHistory history={card.history} />
            </>
          ) : null}
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={onClose}>
              {t('voters.card.close')}
            </button>
          </div>
        </div>
      </Modal>
      {card && action === 'issue' ? (
        <IssueBallotDialog
          voter={card.voter}
          returnFocusRef={afterAction}
          onCancel={() => setAction(null)}
          onIssued={(ballot: BallotView) =>
            done(
              t('voters.ballot.issued', {
                name,
                at: when(ballot.issuedAt),
                by: ballot.issuedByName ?? t('audit.unknownMember'),
              }),
            )
          }
        />
      ) : null}
      {card?.ballot && action === 'undo' ? (
        <UndoBallotDialog
          ballot={card.ballot}
          voterName={name}
          returnFocusRef={afterAction}
          onCancel={() => setAction(null)}
          onUndone={() => done(t('voters.undo.done', { name }))}
        />
      ) : null}
      {card && action === 'correct' ? (
        <CorrectVoterDialog
          voter={card.voter}
          returnFocusRef={afterAction}
          onCancel={() => setAction(null)}
          onCorrected={() => done(t('voters.correct.done'))}
        />
      ) : null}
      {card && action === 'removal' ? (
        <RequestRemovalDialog
          voter={card.voter}
          returnFocusRef={afterAction}
          onCancel={() => setAction(null)}
          onRequested={() => done(t('voters.removal.done', { name }))}
        />
      ) : null}
      {card && action === 'absentee' ? (
        <AbsenteeDialog
          voter={card.voter}
          returnFocusRef={afterAction}
          onCancel={() => setAction(null)}
          onRecorded={() => done(t('voters.absentee.done', { name }))}
        />
      ) : null}
      {card?.removal && (action === 'approve' || action === 'refuse') ? (
        <RemovalDecisionDialog
          request={card.removal}
          decision={action}
          returnFocusRef={afterAction}
          onCancel={() => setAction(null)}
          onDecided={(view) =>
            done(
              view.status === 'approved'
                ? t('voters.decide.approved', { name: view.voterName })
                : t('voters.decide.refused', { name: view.voterName }),
            )
          }
        />
      ) : null}
    </>
  );
}
