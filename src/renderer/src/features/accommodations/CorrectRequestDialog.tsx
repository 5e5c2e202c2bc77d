import { useState, type RefObject } from 'react';
import {
  ACCOMMODATION_TEXT_LIMITS,
  HOME_VOTING_REASONS,
  PHONE_PATTERN,
  REQUEST_CHANNELS,
  type HomeVotingReason,
  type RequestChannel,
} from '@shared/accommodations/accommodation-kinds';
import type { RequestView } from '@shared/accommodations/accommodation-contract';
import type { ApiError, Result } from '@shared/result';
import { mutate } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useErrorText } from '../../app-state/use-error-text';
import { channelKey, reasonKey } from './accommodations-text';
import { SelectField, TextAreaField } from '../../ui/form-fields';

const { short, address, long, phone } = ACCOMMODATION_TEXT_LIMITS;

interface Values {
  channel: RequestChannel;
  intermediary: string;
  contactPhone: string;
  address: string;
  otherDescription: string;
  notes: string;
  reasonCategory: HomeVotingReason | '';
  healthNote: string;
}
type Field = keyof Values | 'reason';

const valuesOf = (request: RequestView): Values => ({
  channel: request.channel,
  intermediary: request.intermediary ?? '',
  contactPhone: request.contactPhone ?? '',
  address: request.address ?? '',
  otherDescription: request.otherDescription ?? '',
  notes: request.notes ?? '',
  reasonCategory: request.sensitive?.reasonCategory ?? '',
  healthNote: request.sensitive?.healthNote ?? '',
});

const PLAIN: (keyof Values)[] = [
  'channel',
  'intermediary',
  'contactPhone',
  'address',
  'otherDescription',
  'notes',
];

/** The core's refusals that name a field of this form. */
const CODE_FIELDS: Partial<Record<ApiError['code'], Field>> = {
  address_required: 'address',
  other_description_required: 'otherDescription',
  phone_invalid: 'contactPhone',
  reason_category_required: 'reasonCategory',
};

interface CorrectRequestDialogProps {
  request: RequestView;
  onDone: (request: RequestView) => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/**
 * A correction: the changed fields and why. It is recorded as a new event; the request's
 * history keeps the values before it. The sensitive fields are offered only to those who see them.
 */
export function CorrectRequestDialog({
  request,
  onDone,
  onCancel,
  returnFocusRef,
}: CorrectRequestDialogProps) {
  const t = useT();
  const errorText = useErrorText();
  const [values, setValues] = useState<Values>(() => valuesOf(request));
  const [reason, setReason] = useState('');
  const { setError, submit, dialog, problems, passes, showAt } = useFormDialog<Field>(errorText);
  const original = valuesOf(request);
  const showSensitive = request.sensitive !== null && request.kinds.includes('home_voting');
  const change = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));

  const plainChanged = PLAIN.some((field) => values[field].trim() !== original[field].trim());
  const sensitiveChanged =
    showSensitive &&
    (values.reasonCategory !== original.reasonCategory ||
      values.healthNote.trim() !== original.healthNote.trim());

  async function send() {
    const found: Partial<Record<Field, string>> = {};
    const phoneText = values.contactPhone.trim();
    if (phoneText && !PHONE_PATTERN.test(phoneText)) found.contactPhone = t('errors.phone_invalid');
    if (!reason.trim()) found.reason = t('validation.required');
    if (!passes(found)) return;
    if (!plainChanged && !sensitiveChanged) {
      setError({ code: 'value_unchanged', message: 'Nothing changed' });
      return;
    }
    const done = await submit(
      async (): Promise<Result<RequestView | null>> => {
        let result: Result<RequestView> | null = null;
        if (plainChanged) {
          result = await mutate('correctAccommodationRequest', {
            requestId: request.requestId,
            channel: values.channel,
            intermediary: values.intermediary.trim() || null,
            contactPhone: phoneText || null,
            address: values.address.trim() || null,
            otherDescription: values.otherDescription.trim() || null,
            notes: values.notes.trim() || null,
            reason: reason.trim(),
          });
        }
        if (sensitiveChanged && (!result || result.ok)) {
          result = await mutate('correctAccommodationSensitive', {
            requestId: request.requestId,
            reasonCategory: values.reasonCategory || null,
            healthNote: values.healthNote.trim() || null,
            reason: reason.trim(),
          });
        }
        return result ?? { ok: true, value: null };
      },
      (refused) => {
        const field = CODE_FIELDS[refused.code];
        return showAt(field, errorText(refused));
      },
    );
    if (done?.value) onDone(done.value);
  }

  return (
    <FormDialog
      title={t('accommodations.dialog.correct', { number: request.number })}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
      explanation={t('accommodations.correctExplain')}
      submitLabel={t('accommodations.submitCorrection')}
      onSubmit={send}
      {...dialog}
    >
      <SelectField
        label={t('accommodations.field.channel')}
        value={values.channel}
        options={REQUEST_CHANNELS.map((value) => ({ value, label: t(channelKey(value)) }))}
        onValueChange={(channel) => change({ channel: channel || 'in_person' })}
      />
      <TextField
        label={t('accommodations.field.intermediary')}
        autoComplete="off"
        className="input-wide"
        maxLength={short}
        value={values.intermediary}
        onValueChange={(intermediary) => change({ intermediary })}
      />
      <TextField
        label={t('accommodations.field.contactPhone')}
        error={problems.contactPhone ?? null}
        type="tel"
        autoComplete="off"
        maxLength={phone}
        value={values.contactPhone}
        onValueChange={(contactPhone) => change({ contactPhone })}
      />
      {request.kinds.includes('home_voting') ? (
        <TextAreaField
          label={t('accommodations.field.address')}
          error={problems.address ?? null}
          maxLength={address}
          value={values.address}
          onValueChange={(value) => change({ address: value })}
        />
      ) : null}
      {request.kinds.includes('other') ? (
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
        maxLength={long}
        value={values.notes}
        onValueChange={(notes) => change({ notes })}
      />
      {showSensitive ? (
        <fieldset className="form-section">
          <legend>{t('accommodations.sensitiveHeading')}</legend>
          <SelectField
            label={t('accommodations.field.reasonCategory')}
            error={problems.reasonCategory ?? null}
            value={values.reasonCategory}
            options={HOME_VOTING_REASONS.map((value) => ({ value, label: t(reasonKey(value)) }))}
            onValueChange={(reasonCategory) => change({ reasonCategory })}
          />
          <TextAreaField
            label={t('accommodations.field.healthNote')}
            maxLength={long}
            value={values.healthNote}
            onValueChange={(healthNote) => change({ healthNote })}
          />
        </fieldset>
      ) : null}
      <TextField
        label={t('accommodations.field.correctionReason')}
        error={problems.reason ?? null}
        autoComplete="off"
        className="input-wide"
        maxLength={long}
        value={reason}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
