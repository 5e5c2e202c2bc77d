import { HelperNameField } from '../../ui/HelperNameField';
import { useState, type RefObject } from 'react';
import {
  ACCOMMODATION_TEXT_LIMITS,
  NOT_FULFILLED_REASONS,
  type NotFulfilledReason,
} from '@shared/accommodations/accommodation-kinds';
import type { ItemView, RequestView } from '@shared/accommodations/accommodation-contract';
import type { ErrorCode, Result } from '@shared/result';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { momentOf, momentProblem, type MomentValue } from '../../ui/moment';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useErrorText } from '../../app-state/use-error-text';
import { kindKey, notFulfilledKey } from './accommodations-text';
import { Checkbox, SelectField, TextAreaField } from '../../ui/form-fields';
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

/** Refusals that concern the time typed. */
const AT_CODES: readonly ErrorCode[] = [
  'time_in_future',
  'invalid_local_time',
  'ballot_outside_hours',
];

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
  const { submit, dialog, problems, passes, showAt } = useFormDialog<keyof Problems>(errorText);
  const local = `${at.date}T${at.time}`;
  const textRequired =
    action === 'not_provided' || (action === 'not_fulfilled' && reason === 'other');

  function operation(): Promise<Result<RequestView>> {
    const note = text.trim() || null;
    switch (action) {
      case 'fulfil':
        return mutate('fulfilHomeVoting', {
          itemId: item.itemId,
          at: local,
          documentChecked: true,
          helperName: helperName.trim() || null,
        });
      case 'prepare':
        return mutate('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'prepare', note },
        });
      case 'provide':
        return mutate('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'provide', at: local, note },
        });
      case 'not_provided':
        return mutate('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'not_provided', reason: text.trim() },
        });
      case 'not_fulfilled':
        return mutate('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'not_fulfilled', at: local, reason, text: note },
        });
      case 'cancel':
        return mutate('updateAccommodationItem', {
          itemId: item.itemId,
          change: { action: 'cancel', note },
        });
    }
  }

  async function send() {
    const found: Problems = {};
    const moment = TIMED.includes(action) ? momentProblem(at, true) : null;
    if (moment) found.at = t(moment);
    if (textRequired && !text.trim()) found.text = t('validation.required');
    if (action === 'fulfil' && !documentChecked)
      found.document = t('voters.ballot.documentRequired');
    if (!passes(found)) return;
    const done = await submit(operation, (refused) =>
      showAt(AT_CODES.includes(refused.code) ? 'at' : null, errorText(refused)),
    );
    if (done) onDone(done.value);
  }

  const kind = t(kindKey(item.kind));
  return (
    <FormDialog
      title={t('accommodations.dialog.action', {
        action: t(ACTION_LABELS[action]),
        kind,
        number: request.number,
      })}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
      explanation={t('accommodations.dialog.actionFor', { name: request.requester.fullName })}
      submitLabel={t(ACTION_LABELS[action])}
      onSubmit={send}
      {...dialog}
    >
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
          <HelperNameField value={helperName} onValueChange={setHelperName} />
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
    </FormDialog>
  );
}
