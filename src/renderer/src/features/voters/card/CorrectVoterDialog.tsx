import { ReasonAndDocumentFields } from './act-fields';
import { useState, type RefObject } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { ErrorCode } from '@shared/result';
import { TEXT_LIMITS } from '@shared/text-limits';
import type { CorrectableField, VoterSummary } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useLanguage, useT } from '../../../i18n/use-t';
import { formatCalendarDate } from '../../../ui/date-time-format';
import { refusedField, textProblem } from '../../../ui/field-problem';
import { TextField } from '../../../ui/TextField';
import { SelectField } from '../../../ui/form-fields';
import { useSubmit } from '../../../ui/use-submit';
import { CORRECTABLE_FIELDS } from '../voters-text';
import { describeVoterError } from '../voter-error';
import { fieldKey } from '../voters-audit-summary';
import { useSessionStore } from '../../../app-state/session-store';
import { FormDialog } from '../../../ui/FormDialog';

interface CorrectVoterDialogProps {
  voter: VoterSummary;
  onCorrected: (field: CorrectableField) => void;
  onCancel: () => void;
  returnFocusRef: RefObject<HTMLElement | null>;
}

/** Refusals of the core that concern the new value itself, shown at its field. */
const VALUE_ERRORS: readonly ErrorCode[] = [
  'value_unchanged',
  'value_required',
  'voter_birth_date_invalid',
  'voter_iin_birth_date_mismatch',
  'voter_under_age',
];

const FIELD_VALUE: Record<CorrectableField, (voter: VoterSummary) => string> = {
  last_name: (v) => v.lastName,
  first_name: (v) => v.firstName,
  patronymic: (v) => v.patronymic ?? '',
  birth_date: (v) => v.birthDate,
  address: (v) => v.address,
};

/** Correcting one field of a voter's entry, with the reason and the document it rests on. */
export function CorrectVoterDialog({
  voter,
  onCorrected,
  onCancel,
  returnFocusRef,
}: CorrectVoterDialogProps) {
  const t = useT();
  const language = useLanguage();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const { busy, error, setError, submit } = useSubmit();
  const [field, setField] = useState<CorrectableField>('last_name');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [problems, setProblems] = useState<{ value?: MessageKey; reason?: MessageKey }>({});

  async function save() {
    const check = {
      value: !value.trim() && field !== 'patronymic' ? ('validation.required' as const) : undefined,
      reason: !reason.trim() ? ('validation.required' as const) : undefined,
    };
    setProblems(check);
    if (check.value || check.reason) {
      setError(null);
      return;
    }
    const done = await submit(() =>
      mutate('correctVoter', { iin: voter.iin, field, value, reason, documentRef }),
    );
    if (done) onCorrected(field);
  }

  const current = FIELD_VALUE[field](voter);
  const shownCurrent =
    field === 'birth_date' ? formatCalendarDate(current, language) : current || '—';
  const refused = refusedField(error);
  const valueError =
    error && VALUE_ERRORS.includes(error.code)
      ? describeVoterError(error, language, timeZone)
      : refused === 'value'
        ? t(textProblem(value, TEXT_LIMITS.address))
        : problems.value
          ? t(problems.value)
          : null;
  const reasonError =
    refused === 'reason'
      ? t(textProblem(reason, TEXT_LIMITS.reason))
      : problems.reason
        ? t(problems.reason)
        : null;
  const shownElsewhere =
    error && !VALUE_ERRORS.includes(error.code) && refused !== 'value' && refused !== 'reason';

  return (
    <FormDialog
      title={t('voters.correct.title', { name: `${voter.lastName} ${voter.firstName}` })}
      explanation={t('voters.correct.explain')}
      submitLabel={t('voters.correct.submit')}
      busy={busy}
      error={shownElsewhere && error ? describeVoterError(error, language, timeZone) : null}
      onSubmit={() => void save()}
      onCancel={onCancel}
      returnFocusRef={returnFocusRef}
    >
      <SelectField
        announceError
        label={t('voters.correct.field')}
        value={field}
        options={CORRECTABLE_FIELDS.map((option) => ({
          value: option,
          label: t(fieldKey(option)),
        }))}
        onValueChange={(next) => {
          if (!next) return;
          setField(next);
          setValue('');
          setProblems({});
        }}
      />
      <p className="voter-current-value">{t('voters.correct.current', { value: shownCurrent })}</p>
      <TextField
        key={field}
        label={t('voters.correct.newValue')}
        hint={field === 'patronymic' ? t('voters.correct.patronymicHint') : undefined}
        error={valueError}
        announceError
        type={field === 'birth_date' ? 'date' : 'text'}
        autoComplete="off"
        className={field === 'address' ? 'input-wide' : undefined}
        maxLength={field === 'address' ? TEXT_LIMITS.address : TEXT_LIMITS.name}
        value={value}
        onValueChange={setValue}
      />
      <ReasonAndDocumentFields
        reason={reason}
        reasonError={reasonError}
        onReasonChange={setReason}
        documentRef={documentRef}
        onDocumentRefChange={setDocumentRef}
      />
    </FormDialog>
  );
}
