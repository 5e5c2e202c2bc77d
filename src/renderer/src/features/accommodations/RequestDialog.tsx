import { useState } from 'react';
import {
  ACCOMMODATION_KINDS,
  ACCOMMODATION_TEXT_LIMITS,
  HOME_VOTING_REASONS,
  REQUEST_CHANNELS,
} from '@shared/accommodations/accommodation-kinds';
import type { RequestView } from '@shared/accommodations/accommodation-contract';
import { mutate } from '../../api/queries';
import { useLanguage, useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { useSessionStore } from '../../app-state/session-store';
import { useErrorText } from '../../app-state/use-error-text';
import { MomentField } from '../../ui/MomentField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { channelKey, formatMoment, kindKey, reasonKey } from './accommodations-text';
import { useAccommodationsStore, type AccommodationNotice } from './accommodations-store';
import { CheckboxGroup, SelectField, TextAreaField } from '../../ui/form-fields';
import {
  blankRequest,
  requestErrorField,
  requestInput,
  requestProblems,
  type RequestField,
  type RequestFormValues,
} from './request-form';
import { RequesterFields } from './RequesterFields';

const { short, address, long, phone } = ACCOMMODATION_TEXT_LIMITS;

/** What the screen says once a request is recorded: a late home-voting request's answer first. */
function recordedNotice(request: RequestView, language: ReturnType<typeof useLanguage>) {
  const late = request.items.find((item) => item.status === 'declined_late');
  const notice: AccommodationNotice = late
    ? {
        key: 'accommodations.notice.recordedLate',
        params: {
          number: request.number,
          cutoff: late.missedCutoff ? formatMoment(late.missedCutoff, language) : '',
        },
        tone: 'warning',
      }
    : request.requester.onList
      ? {
          key: 'accommodations.notice.recorded',
          params: { number: request.number },
          tone: 'success',
        }
      : {
          key: 'accommodations.notice.recordedNotOnList',
          params: { number: request.number },
          tone: 'warning',
        };
  return notice;
}

/** Recording a request as it was received: who, what, how and when, and by which member. */
export function RequestDialog() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const now = useAccommodationsStore((state) => state.now);
  const members = useAccommodationsStore((state) => state.members);
  const closeDialog = useAccommodationsStore((state) => state.closeDialog);
  const changed = useAccommodationsStore((state) => state.changed);
  const openDialog = useAccommodationsStore((state) => state.openDialog);
  const memberId = useSessionStore((state) => state.appState?.session?.memberId ?? '');
  const [values, setValues] = useState<RequestFormValues>(() => blankRequest(now, memberId));
  const { error, submit, dialog, problems, passes, showAt } =
    useFormDialog<RequestField>(errorText);
  const change = (patch: Partial<RequestFormValues>) =>
    setValues((current) => ({ ...current, ...patch }));
  const home = values.kinds.includes('home_voting');

  async function send() {
    const found = Object.fromEntries(
      Object.entries(requestProblems(values)).map(([field, key]) => [field, t(key)]),
    );
    if (!passes(found)) return;
    const done = await submit(
      () => mutate('recordAccommodationRequest', requestInput(values)),
      (refused) => {
        const field = requestErrorField(refused, values);
        const message =
          refused.code === 'invalid_input' ? t('validation.invalid') : errorText(refused);
        return showAt(field, message);
      },
    );
    if (done) await changed(recordedNotice(done.value, language));
  }

  const duplicateId = error?.code === 'accommodation_duplicate' ? error.details?.requestId : null;

  return (
    <FormDialog
      title={t('accommodations.dialog.record')}
      onCancel={closeDialog}
      submitLabel={t('accommodations.submitRecord')}
      onSubmit={send}
      {...dialog}
      afterError={
        <>
          {typeof duplicateId === 'string' ? (
            <button
              type="button"
              className="button-link"
              onClick={() => void openDialog({ type: 'request', requestId: duplicateId })}
            >
              {t('accommodations.openRequest', { number: error?.details?.number ?? '' })}
            </button>
          ) : null}
        </>
      }
    >
      <MomentField
        legend={t('accommodations.field.received')}
        hint={t('accommodations.field.receivedHint')}
        error={problems.received ?? null}
        value={values.received}
        onChange={(received) => change({ received })}
      />
      <SelectField
        label={t('accommodations.field.receivedBy')}
        error={problems.receivedById ?? null}
        value={values.receivedById}
        options={members.map((member) => ({ value: member.id, label: member.fullName }))}
        onValueChange={(receivedById) => change({ receivedById })}
      />
      <SelectField
        label={t('accommodations.field.channel')}
        error={problems.channel ?? null}
        value={values.channel}
        options={REQUEST_CHANNELS.map((value) => ({ value, label: t(channelKey(value)) }))}
        onValueChange={(channel) => change({ channel: channel || 'in_person' })}
      />
      {values.channel === 'social_worker_ngo' ? (
        <TextField
          label={t('accommodations.field.intermediary')}
          error={problems.intermediary ?? null}
          autoComplete="off"
          className="input-wide"
          maxLength={short}
          value={values.intermediary}
          onValueChange={(intermediary) => change({ intermediary })}
        />
      ) : null}
      <RequesterFields values={values} problems={problems} onChange={change} />
      <TextField
        label={t('accommodations.field.contactPhone')}
        hint={t('accommodations.field.contactPhoneHint')}
        error={problems.contactPhone ?? null}
        type="tel"
        autoComplete="off"
        maxLength={phone}
        value={values.contactPhone}
        onValueChange={(contactPhone) => change({ contactPhone })}
      />
      <CheckboxGroup
        legend={t('accommodations.field.kinds')}
        hint={t('accommodations.field.kindsHint')}
        error={problems.kinds ?? null}
        options={ACCOMMODATION_KINDS.map((value) => ({ value, label: t(kindKey(value)) }))}
        chosen={values.kinds}
        onChange={(kinds) => change({ kinds })}
      />
      {home ? (
        <fieldset className="form-section">
          <legend>{t('accommodations.homeVotingSection')}</legend>
          <TextAreaField
            label={t('accommodations.field.address')}
            hint={t('accommodations.field.addressHint')}
            error={problems.address ?? null}
            maxLength={address}
            value={values.address}
            onValueChange={(value) => change({ address: value })}
          />
          <SelectField
            label={t('accommodations.field.reasonCategory')}
            hint={t('accommodations.sensitiveHint')}
            error={problems.reasonCategory ?? null}
            value={values.reasonCategory}
            emptyLabel={t('accommodations.choose')}
            options={HOME_VOTING_REASONS.map((value) => ({ value, label: t(reasonKey(value)) }))}
            onValueChange={(reasonCategory) => change({ reasonCategory })}
          />
          <TextAreaField
            label={t('accommodations.field.healthNote')}
            hint={t('accommodations.sensitiveHint')}
            error={problems.healthNote ?? null}
            maxLength={long}
            value={values.healthNote}
            onValueChange={(healthNote) => change({ healthNote })}
          />
        </fieldset>
      ) : null}
      {values.kinds.includes('other') ? (
        <TextField
          label={t('accommodations.field.otherDescription')}
          error={problems.otherDescription ?? null}
          autoComplete="off"
          className="input-wide"
          maxLength={short}
          value={values.otherDescription}
          onValueChange={(otherDescription) => change({ otherDescription })}
        />
      ) : null}
      <TextAreaField
        label={t('accommodations.field.notes')}
        hint={t('accommodations.field.notesHint')}
        error={problems.notes ?? null}
        maxLength={long}
        value={values.notes}
        onValueChange={(notes) => change({ notes })}
      />
    </FormDialog>
  );
}
