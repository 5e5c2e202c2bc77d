import { ActNotice } from '../../ui/ActNotice';
import { usePermission } from '../../app-state/use-permission';
import { useEffect, useRef, useState } from 'react';
import type { ItemView, RequestView } from '@shared/accommodations/accommodation-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../api/precinct-client';
import { localNow } from '../../api/local-now';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { historyLine, kindKey, statusKey } from './accommodations-text';
import { useAccommodationsStore } from './accommodations-store';
import { CorrectRequestDialog } from './CorrectRequestDialog';
import { ItemActionDialog } from './ItemActionDialog';
import { RequestFacts } from './RequestFacts';
import { ACTION_LABELS, RequestItems, type ItemAction } from './RequestItems';
import { ResolveRequester } from './ResolveRequester';

type Step = { type: 'item'; item: ItemView; action: ItemAction } | { type: 'correct' };

/**
 * One request: its data, each item with its status and next steps, and every change with
 * who, when and why. Each step opens its own dialog over this one and, once recorded, is said
 * at the top of this dialog, where focus returns.
 */
export function RequestDetailDialog({ requestId }: { requestId: string }) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const canRecord = usePermission('record');
  const errorText = useErrorText();
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const now = useAccommodationsStore((state) => state.now);
  const [request, setRequest] = useState<RequestView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [stepNow, setStepNow] = useState(now);
  const topRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const afterStep = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let current = true;
    void callApi('getAccommodationRequest', { requestId }).then((loaded) => {
      if (!current) return;
      if (loaded.ok) setRequest(loaded.value);
      else setError(loaded.error);
    });
    return () => {
      current = false;
    };
  }, [requestId]);

  async function start(next: Step) {
    afterStep.current = null;
    const now = await localNow();
    if (now) setStepNow(now);
    setStep(next);
  }

  /** A step was recorded (and the screen refreshed by it): show the request as it is now, say so. */
  function done(updated: RequestView, message: string) {
    setRequest(updated);
    setNotice(message);
    afterStep.current = noticeRef.current;
    setStep(null);
  }

  const context = { t, language, timeZone };
  return (
    <>
      <Modal
        title={
          request
            ? t('accommodations.dialog.request', {
                number: request.number,
                name: request.requester.fullName,
              })
            : t('accommodations.dialog.requestLoading')
        }
        onCancel={() => {
          if (!step) closeDialog();
        }}
        initialFocusRef={topRef}
      >
        <div ref={topRef} tabIndex={-1} className="request-detail">
          {request ? (
            <p className="request-status">
              {t('accommodations.requestStatus', { status: t(statusKey(request.status)) })}
            </p>
          ) : error ? null : (
            <p>{t('common.loading')}</p>
          )}
        </div>
        <ActNotice notice={notice} ref={noticeRef} />
        <ErrorAlert message={errorText(error)} />
        {request ? (
          <>
            <section aria-labelledby="request-data-heading">
              <h3 id="request-data-heading">{t('accommodations.detail.data')}</h3>
              <RequestFacts request={request} />
              {!request.requester.onList && canRecord ? (
                <ResolveRequester
                  request={request}
                  onResolved={(updated) => done(updated, t('accommodations.notice.resolved'))}
                />
              ) : null}
            </section>
            <section aria-labelledby="request-items-heading">
              <h3 id="request-items-heading">{t('accommodations.detail.items')}</h3>
              <RequestItems
                request={request}
                onAction={(item, action) => void start({ type: 'item', item, action })}
              />
            </section>
            {canRecord ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void start({ type: 'correct' })}
                >
                  {t('accommodations.correct')}
                </button>
              </div>
            ) : null}
            <section aria-labelledby="request-history-heading">
              <h3 id="request-history-heading">{t('accommodations.detail.history')}</h3>
              <ol className="request-history">
                {request.history.map((change, index) => (
                  <li key={index}>{historyLine(change, context)}</li>
                ))}
              </ol>
            </section>
          </>
        ) : null}
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={closeDialog}>
            {t('accommodations.close')}
          </button>
        </div>
      </Modal>
      {request && step?.type === 'item' ? (
        <ItemActionDialog
          request={request}
          item={step.item}
          action={step.action}
          now={stepNow}
          returnFocusRef={afterStep}
          onCancel={() => setStep(null)}
          onDone={(updated) =>
            done(
              updated,
              t('accommodations.notice.step', {
                action: t(ACTION_LABELS[step.action]),
                kind: t(kindKey(step.item.kind)),
                number: updated.number,
              }),
            )
          }
        />
      ) : null}
      {request && step?.type === 'correct' ? (
        <CorrectRequestDialog
          request={request}
          returnFocusRef={afterStep}
          onCancel={() => setStep(null)}
          onDone={(updated) =>
            done(updated, t('accommodations.notice.corrected', { number: updated.number }))
          }
        />
      ) : null}
    </>
  );
}
