import { ViewNav } from '../../ui/SectionNav';
import { usePermission } from '../../app-state/use-permission';
import { useEffect } from 'react';
import { useRefreshOn } from '../../api/queries';
import { RECORDABLE_KINDS, type EntryKind } from '@shared/infolog/entry-kinds';
import { isRecordable } from '@shared/infolog/entry-schemas';
import type { MessageKey } from '@shared/i18n';
import { assertNever } from '@shared/result';
import { useT, useTPlural } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useErrorText } from '../../app-state/use-error-text';
import { AnswerDialog } from './AnswerDialog';
import { CheckOutDialog } from './CheckOutDialog';
import { ComplaintsView } from './ComplaintsView';
import { CountsView } from './CountsView';
import { EntryDialog } from './EntryDialog';
import { kindKey } from './infolog-text';
import { INFOLOG_VIEWS, useInfoLogStore, type InfoLogView } from './infolog-store';
import { LogView } from './LogView';
import { ObserversView } from './ObserversView';
import { WithdrawDialog } from './WithdrawDialog';

const VIEW_LABELS: Record<InfoLogView, MessageKey> = {
  log: 'infolog.view.log',
  observers: 'infolog.view.observers',
  complaints: 'infolog.view.complaints',
  counts: 'infolog.view.counts',
};

/** What the record buttons say: the kind, except that an observer visit starts with the arrival. */
const recordLabel = (kind: EntryKind): MessageKey =>
  kind === 'observer' ? 'infolog.new.observer' : kindKey(kind);

/**
 * The public information log: record entries of six kinds, read them in one chronological
 * log or in the observers' and complaints' registers, count them per day, print and export.
 */
export function InfoLogScreen() {
  const t = useT();
  const tp = useTPlural();
  const errorText = useErrorText();
  const canRecord = usePermission('record');
  const open = useInfoLogStore((state) => state.open);
  const load = useInfoLogStore((state) => state.load);
  useRefreshOn(['infolog'], load);
  const view = useInfoLogStore((state) => state.view);
  const setView = useInfoLogStore((state) => state.setView);
  const summary = useInfoLogStore((state) => state.summary);
  const loadError = useInfoLogStore((state) => state.loadError);
  const notice = useInfoLogStore((state) => state.notice);
  const openDialog = useInfoLogStore((state) => state.openDialog);

  useEffect(() => {
    void open();
  }, [open]);

  return (
    <section className="section infolog">
      <PageHeading focusOnMount>{t('infolog.title')}</PageHeading>
      <p>{t('infolog.intro')}</p>
      {summary ? (
        <div className="infolog-summary">
          <p className="message message-info" data-testid="observers-present">
            {tp('infolog.presentNow', summary.presentObservers)}
          </p>
          {summary.overdueComplaints > 0 ? (
            <p className="message message-warning" data-testid="complaints-overdue">
              {tp('infolog.overdueNow', summary.overdueComplaints)}
            </p>
          ) : null}
        </div>
      ) : null}
      {/* Always on the page, so screen readers hear each result. */}
      <div role="status" className="infolog-notice">
        {notice ? (
          <p className="message message-success">
            {t(notice.key, {
              ...notice.params,
              ...(notice.kind ? { kind: t(kindKey(notice.kind)) } : {}),
            })}
          </p>
        ) : null}
      </div>
      <ErrorAlert message={errorText(loadError)} />
      {canRecord ? (
        <section aria-labelledby="infolog-record-heading">
          <h2 id="infolog-record-heading">{t('infolog.recordHeading')}</h2>
          <ul className="record-buttons">
            {RECORDABLE_KINDS.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void openDialog({ type: 'record', kind })}
                >
                  {t(recordLabel(kind))}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ViewNav
        label={t('infolog.views')}
        options={INFOLOG_VIEWS}
        labels={VIEW_LABELS}
        current={view}
        onChoose={setView}
      />
      <ViewContent view={view} canRecord={canRecord} />
      <Dialog />
    </section>
  );
}

function ViewContent({ view, canRecord }: { view: InfoLogView; canRecord: boolean }) {
  switch (view) {
    case 'log':
      return <LogView canRecord={canRecord} />;
    case 'observers':
      return <ObserversView canRecord={canRecord} />;
    case 'complaints':
      return <ComplaintsView canRecord={canRecord} />;
    case 'counts':
      return <CountsView />;
    default:
      return assertNever(view);
  }
}

/** The open dialog, if any; each starts afresh (keyed) for its entry. */
function Dialog() {
  const dialog = useInfoLogStore((state) => state.dialog);
  const now = useInfoLogStore((state) => state.now);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'record':
      return (
        <EntryDialog key={`record-${dialog.kind}`} mode="record" kind={dialog.kind} now={now} />
      );
    case 'correct':
      // A copy issued is recorded and corrected on the voting day's screen, never here.
      return isRecordable(dialog.entry.details) ? (
        <EntryDialog
          key={`correct-${dialog.entry.id}`}
          mode="correct"
          entry={dialog.entry}
          details={dialog.entry.details}
          now={now}
        />
      ) : null;
    case 'withdraw':
      return <WithdrawDialog key={dialog.entry.id} entry={dialog.entry} />;
    case 'checkOut':
      return <CheckOutDialog key={dialog.entry.id} entry={dialog.entry} now={now} />;
    case 'answer':
      return <AnswerDialog key={dialog.entry.id} entry={dialog.entry} now={now} />;
    default:
      return assertNever(dialog);
  }
}
