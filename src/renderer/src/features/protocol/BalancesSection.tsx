import { useState } from 'react';
import type { VotingDayView } from '@shared/protocol/protocol-contract';
import { mutate } from '../../api/queries';
import { usePermission } from '../../app-state/use-permission';
import { useErrorText } from '../../app-state/use-error-text';
import { useLanguage, useT, useTPlural } from '../../i18n/use-t';
import { BusyActionButton } from '../../ui/BusyButton';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatInstant } from '../../ui/date-time-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSubmit } from '../../ui/use-submit';
import { MoveDialog, SpoiledDialog } from './BallotDialogs';
import { useProtocolPrint } from './protocol-print';

type Dialog = 'move' | 'spoiled' | 'close' | null;

/** Each member's ballots through the day, the turnout reports and the close. */
export function BalancesSection({ day }: { day: VotingDayView }) {
  const t = useT();
  const tp = useTPlural();
  const language = useLanguage();
  const errorText = useErrorText();
  const canManage = usePermission('protocol.manage');
  const canIssue = usePermission('ballot.issue');
  const canRecord = usePermission('record');
  const [dialog, setDialog] = useState<Dialog>(null);
  const closing = useSubmit();
  const reporting = useSubmit();
  const { timeZone } = useProtocolPrint(day);
  const open = day.opening !== null && day.closedAt === null;
  const cols = [
    'protocol.col.member',
    'protocol.col.taken',
    'protocol.col.passed',
    'protocol.col.issuedStation',
    'protocol.col.issuedHome',
    'protocol.col.spoiled',
    'protocol.col.inHand',
  ] as const;

  async function close() {
    const done = await closing.submit(() => mutate('closeVoting', {}));
    if (done) setDialog(null);
  }

  if (!day.opening) return <p>{t('protocol.notOpened')}</p>;
  return (
    <div>
      {day.closedAt ? (
        <p>{t('protocol.closedAt', { time: formatInstant(day.closedAt, timeZone, language) })}</p>
      ) : null}
      <p>{tp('protocol.stock', day.stock)}</p>
      <table className="figures">
        <caption>{t('protocol.balances')}</caption>
        <thead>
          <tr>
            {cols.map((key, index) => (
              <th key={key} scope="col" className={index > 0 ? 'number' : undefined}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {day.balances.map((b) => (
            <tr key={b.memberId}>
              <th scope="row">{b.name}</th>
              {[b.taken, b.passed, b.issuedAtStation, b.issuedAtHome, b.spoiled, b.inHand].map(
                (n, index) => (
                  <td key={index} className="number">
                    {n}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {open ? (
        <div className="button-row">
          {canManage ? (
            <button type="button" className="button-secondary" onClick={() => setDialog('move')}>
              {t('protocol.move')}
            </button>
          ) : null}
          {canIssue ? (
            <button type="button" className="button-secondary" onClick={() => setDialog('spoiled')}>
              {t('protocol.spoil')}
            </button>
          ) : null}
          {canManage ? (
            <button type="button" className="button-secondary" onClick={() => setDialog('close')}>
              {t('protocol.close')}
            </button>
          ) : null}
        </div>
      ) : null}
      <h2>{t('protocol.reports')}</h2>
      {day.reports
        .filter((r) => r.due)
        .map((r) => (
          <StatusMessage key={r.hour} tone="warning">
            {t('protocol.reportDue', { hour: r.hour })}
          </StatusMessage>
        ))}
      <ul>
        {day.reports.map((r) => (
          <li key={r.hour}>
            <strong>{r.hour}</strong>{' '}
            {r.sentAt
              ? t('protocol.reportSent', {
                  time: formatInstant(r.sentAt, timeZone, language),
                  voters: r.votersVoted ?? 0,
                })
              : t('protocol.reportNotSent')}{' '}
            {!r.sentAt && canRecord ? (
              <BusyActionButton
                busy={reporting.busy}
                onPress={() =>
                  void reporting.submit(() => mutate('markTurnoutReportSent', { hour: r.hour }))
                }
              >
                {t('protocol.markSent', { hour: r.hour })}
              </BusyActionButton>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorAlert message={errorText(reporting.error)} />
      {dialog === 'move' ? <MoveDialog day={day} onClose={() => setDialog(null)} /> : null}
      {dialog === 'spoiled' ? <SpoiledDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'close' ? (
        <ConfirmDialog
          title={t('protocol.closeTitle')}
          explanation={t('protocol.closeExplain')}
          confirmLabel={t('protocol.close')}
          busy={closing.busy}
          error={errorText(closing.error)}
          onConfirm={() => void close()}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
