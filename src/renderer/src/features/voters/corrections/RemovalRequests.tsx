import { useId, useRef, useState } from 'react';
import type { RemovalRequestView } from '@shared/voters/voter-api';
import { useQuery } from '../../../api/queries';
import { useLanguage, useT, useTPlural } from '../../../i18n/use-t';
import { formatInstant } from '../../../ui/date-time-format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSessionStore } from '../../../app-state/session-store';
import { usePermission } from '../../../app-state/use-permission';
import { useVoterErrorText } from '../voter-error';
import { removalBasisKey } from '../voters-audit-summary';
import { useVotersNavStore } from '../voters-store';
import { RemovalDecisionDialog, type RemovalDecision } from './RemovalDecisionDialog';

/**
 * Removal requests: those waiting for the chair or deputy chair (who approve or refuse them
 * here) and those decided, with who decided, when and why.
 */
export function RemovalRequests() {
  const t = useT();
  const tp = useTPlural();
  const id = useId();
  const errorText = useVoterErrorText();
  const canDecide = usePermission('approvals');
  const cardIin = useVotersNavStore((state) => state.cardIin);
  const [deciding, setDeciding] = useState<{
    request: RemovalRequestView;
    decision: RemovalDecision;
  } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const afterDecision = useRef<HTMLElement | null>(null);

  // Read while no card is open (a card may decide or request a removal), and again after a
  // decision.
  const { data: requests, error } = useQuery(
    'listRemovalRequests',
    { status: 'all' },
    { enabled: cardIin === null },
  );

  const pending = requests?.filter((r) => r.status === 'pending') ?? [];
  const decided = requests?.filter((r) => r.status !== 'pending') ?? [];

  return (
    <section className="voters-part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('voters.requests.title')}
      </h3>
      <p>{canDecide ? t('voters.requests.introDecide') : t('voters.requests.intro')}</p>
      <div role="status">{notice ? <p className="message message-success">{notice}</p> : null}</div>
      <ErrorAlert message={errorText(error)} />
      {requests ? (
        <>
          <RequestsTable
            caption={tp('voters.requests.pendingCaption', pending.length)}
            requests={pending}
            empty={t('voters.requests.nonePending')}
            canDecide={canDecide}
            onDecide={(request, decision) => {
              afterDecision.current = null;
              setNotice(null);
              setDeciding({ request, decision });
            }}
          />
          <RequestsTable
            caption={tp('voters.requests.decidedCaption', decided.length)}
            requests={decided}
            empty={t('voters.requests.noneDecided')}
            canDecide={false}
          />
        </>
      ) : null}
      {deciding ? (
        <RemovalDecisionDialog
          request={deciding.request}
          decision={deciding.decision}
          returnFocusRef={afterDecision}
          onCancel={() => setDeciding(null)}
          onDecided={(view) => {
            setNotice(
              view.status === 'approved'
                ? t('voters.decide.approved', { name: view.voterName })
                : t('voters.decide.refused', { name: view.voterName }),
            );
            // The decided row leaves the pending table: continue from the heading.
            afterDecision.current = headingRef.current;
            setDeciding(null);
          }}
        />
      ) : null}
    </section>
  );
}

interface RequestsTableProps {
  caption: string;
  requests: RemovalRequestView[];
  empty: string;
  canDecide: boolean;
  onDecide?: (request: RemovalRequestView, decision: RemovalDecision) => void;
}

function RequestsTable({ caption, requests, empty, canDecide, onDecide }: RequestsTableProps) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const openCard = useVotersNavStore((state) => state.openCard);
  const when = (iso: string | null) => (iso ? formatInstant(iso, timeZone, language) : '');
  const someone = t('audit.unknownMember');
  const decidedTable = !canDecide && requests.some((r) => r.status !== 'pending');

  return (
    <>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voters.requests.voter')}</th>
            <th scope="col">{t('voters.removal.basis')}</th>
            <th scope="col">{t('voters.reason')}</th>
            <th scope="col">{t('voters.requests.requested')}</th>
            {decidedTable ? (
              <>
                <th scope="col">{t('voters.requests.status')}</th>
                <th scope="col">{t('voters.requests.decided')}</th>
              </>
            ) : null}
            <th scope="col">{t('members.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.requestId}>
              <th scope="row">{request.voterName}</th>
              <td>{t(removalBasisKey(request.basis))}</td>
              <td>
                {request.reason}
                {request.documentRef ? (
                  <span className="notice-small">
                    {' '}
                    {t('voters.history.document', { ref: request.documentRef })}
                  </span>
                ) : null}
              </td>
              <td>
                {t('voters.requests.atBy', {
                  at: when(request.requestedAt),
                  by: request.requestedByName ?? someone,
                })}
              </td>
              {decidedTable ? (
                <>
                  <td>
                    {t(`voters.requests.${request.status}`)}
                    {request.decisionReason ? `: ${request.decisionReason}` : ''}
                  </td>
                  <td>
                    {t('voters.requests.atBy', {
                      at: when(request.decidedAt),
                      by: request.decidedByName ?? someone,
                    })}
                  </td>
                </>
              ) : null}
              <td>
                <div className="actions">
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('voters.requests.openCardOf', { name: request.voterName })}
                    onClick={() => openCard(request.iin)}
                  >
                    {t('voters.requests.openCard')}
                  </button>
                  {canDecide && onDecide ? (
                    <>
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t('voters.decide.approveFor', { name: request.voterName })}
                        onClick={() => onDecide(request, 'approve')}
                      >
                        {t('voters.decide.approve')}
                      </button>
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t('voters.decide.refuseFor', { name: request.voterName })}
                        onClick={() => onDecide(request, 'refuse')}
                      >
                        {t('voters.decide.refuse')}
                      </button>
                    </>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {requests.length === 0 ? <p>{empty}</p> : null}
    </>
  );
}
