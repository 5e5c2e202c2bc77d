import { useState, type FormEvent, type RefObject } from 'react';
import {
  ACCOMMODATION_TEXT_LIMITS,
  NOT_FULFILLED_REASONS,
  type NotFulfilledReason,
} from '../../../../shared/accommodations/accommodation-kinds';
import type {
  ItemView,
  RequestView,
} from '../../../../shared/accommodations/accommodation-contract';
import type { ApiError, Result } from '../../../../shared/result';
import { TEXT_LIMITS } from '../../../../shared/text-limits';
import { callApi } from '../../api/precinct-client';
import { useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFocusFirstProblem } from '../../ui/use-focus-first-problem';
import { useErrorText } from '../../app-state/use-error-text';
import { kindKey, notFulfilledKey } from './accommodations-text';
import { Checkbox, SelectField, TextAreaField } from './form-controls';
import { ACTION_LABELS, type ItemAction } from './RequestItems';

interface ItemActionDialogProps {
  request: RequestView;
  item: ItemView;
  action: ItemAction;
  now: string;
  onDone: (request: RequestView) => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

type Problems = Partial<Record<'at' | 'text' | 'document', string>>;

/** Actions that say when they happened. */
const TIMED: readonly ItemAction[] = ['provide', 'fulfil', 'not_fulfilled'];

/**
 * One step of an item: prepared, provided, could not be provided (with the reason), ballot
 * issued at home (against an ID document), not fulfilled (with the reason), cancelled.
 */
export function ItemActionDialog({
  request,
  item,
  action,
  now,
  onDone,
  onCancel,
  returnFocusRef,
}: ItemActionDialogProps) {
  const t = useT();
  const errorText = useErrorText();
  const [at, setAt] = useState<MomentValue>(() => momentOf(now || null));
  const [text, setText] = useState('');
  const [reason, setReason] = useState<NotFulfilledReason>('not_at_home');
  const [documentChecked, setDocumentChecked] = useState(false);
  const [helperName, setHelperName] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, reveal } = useFocusFirstProblem();
  const local = `${at.date}T${at.time}`;
  const textRequired =
    action === 'not_provided' || (action === 'not_fulfilled' && reason === 'other');

  function send(): Promise<Result<RequestView>> {
    const note = text.trim() || null;
    switch (action) {
      case 'fulfil':
        return callApi('fulfilHomeVoting', {
          itemId: item.itemId,
          at: local,
          documentChecked: true,
          helperName: helperName.trim() || null,
        });
      case 'prepare':
        return callApi('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'prepare', note },
        });
      case 'provide':
        return callApi('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'provide', at: local, note },
        });
      case 'not_provided':
        return callApi('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'not_provided', reason: text.trim() },
        });
      case 'not_fulfilled':
        return callApi('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'not_fulfilled', at: local, reason, text: note },
        });
      case 'cancel':
        return callApi('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'cancel', note },
        });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found: Problems = {};
    const moment = TIMED.includes(action) ? momentProblem(at, true) : null;
    if (moment) found.at = t(moment);
    if (textRequired && !text.trim()) found.text = t('validation.required');
    if (action === 'fulfil' && !documentChecked)
      found.document = t('voters.ballot.documentRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      reveal();
      return;
    }
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.ok) {
      onDone(result.value);
      return;
    }
    const code = result.error.code;
    if (
      code === 'time_in_future' ||
      code === 'invalid_local_time' ||
      code === 'ballot_outside_hours'
    ) {
      setProblems({ at: errorText(result.error) ?? '' });
      reveal();
    } else {
      setError(result.error);
    }
  }

  const kind = t(kindKey(item.kind));
  return (
    <Modal
      title={t('accommodations.dialog.action', {
        action: t(ACTION_LABELS[action]),
        kind,
        number: request.number,
      })}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <p>{t('accommodations.dialog.actionFor', { name: request.requester.fullName })}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        {TIMED.includes(action) ? (
          <MomentField
            legend={t(
              action === 'fulfil' ? 'accommodations.field.ballotAt' : 'accommodations.field.at',
            )}
            error={problems.at ?? null}
            value={at}
            onChange={setAt}
          />
        ) : null}
        {action === 'not_fulfilled' ? (
          <SelectField
            label={t('accommodations.field.notFulfilledReason')}
            value={reason}
            options={NOT_FULFILLED_REASONS.map((value) => ({
              value,
              label: t(notFulfilledKey(value)),
            }))}
            onValueChange={(value) => setReason(value || 'not_at_home')}
          />
        ) : null}
        {action === 'fulfil' ? (
          <>
            <Checkbox
              label={t('voters.ballot.documentChecked')}
              error={problems.document ?? null}
              checked={documentChecked}
              onChange={setDocumentChecked}
            />
            <TextField
              label={t('voters.ballot.helper')}
              hint={t('voters.ballot.helperHint')}
              autoComplete="off"
              className="input-wide"
              maxLength={TEXT_LIMITS.name}
              value={helperName}
              onValueChange={setHelperName}
            />
          </>
        ) : (
          <TextAreaField
            label={t(
              textRequired ? 'accommodations.field.outcomeReason' : 'accommodations.field.note',
            )}
            error={problems.text ?? null}
            maxLength={ACCOMMODATION_TEXT_LIMITS.long}
            value={text}
            onValueChange={setText}
          />
        )}
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {t(ACTION_LABELS[action])}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
