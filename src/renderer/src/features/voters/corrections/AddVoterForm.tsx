import { BusyButton } from '../../../ui/BusyButton';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '@shared/i18n';
import type { ErrorCode } from '@shared/result';
import { TEXT_LIMITS } from '@shared/text-limits';
import { checkIin } from '@shared/voters/iin';
import type { AddBasis, VoterSummary } from '@shared/voters/voter-api';
import { mutate } from '../../../api/queries';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { refusedField } from '../../../ui/field-problem';
import { TextField } from '../../../ui/TextField';
import { useSessionStore } from '../../../app-state/session-store';
import { ADD_BASES } from '../voters-text';
import { useSubmit } from '../../../ui/use-submit';
import { describeVoterError } from '../voter-error';
import { addBasisKey } from '../voters-audit-summary';
import { voterFullName } from '../../../ui/voter-text';
import { useVotersNavStore } from '../voters-store';

type FormField =
  | 'iin'
  | 'lastName'
  | 'firstName'
  | 'patronymic'
  | 'birthDate'
  | 'address'
  | 'certificateNumber'
  | 'issuingPrecinct'
  | 'documentRef'
  | 'reason';

type Form = Record<FormField, string> & { basis: AddBasis };

const EMPTY_FORM: Form = {
  iin: '',
  lastName: '',
  firstName: '',
  patronymic: '',
  birthDate: '',
  address: '',
  basis: 'registration_confirmed',
  certificateNumber: '',
  issuingPrecinct: '',
  documentRef: '',
  reason: '',
};

/** Which field each refusal of the core is about. */
const ERROR_FIELD: Partial<Record<ErrorCode, FormField>> = {
  voter_iin_invalid: 'iin',
  voter_exists: 'iin',
  voter_birth_date_invalid: 'birthDate',
  voter_iin_birth_date_mismatch: 'birthDate',
  voter_under_age: 'birthDate',
};

/** The fields a basis needs besides the reason (the core refuses the basis without them). */
function basisFields(basis: AddBasis): FormField[] {
  if (basis === 'absentee_certificate') return ['certificateNumber', 'issuingPrecinct'];
  if (basis === 'court_decision' || basis === 'other') return ['documentRef'];
  return [];
}

/** Checks before sending: required fields filled, the IIN well formed. */
function checkForm(form: Form): Partial<Record<FormField, MessageKey>> {
  const problems: Partial<Record<FormField, MessageKey>> = {};
  const required: FormField[] = [
    'iin',
    'lastName',
    'firstName',
    'birthDate',
    'address',
    'reason',
    ...basisFields(form.basis),
  ];
  for (const field of required) {
    if (!form[field].trim()) problems[field] = 'validation.required';
  }
  if (!problems.iin && checkIin(form.iin.trim()) !== null)
    problems.iin = 'errors.voter_iin_invalid';
  return problems;
}

/**
 * Adding a voter to the list: registration in the precinct confirmed, an absentee certificate
 * from another precinct, a court decision, or another documented basis; always with a reason.
 */
export function AddVoterForm() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const timeZone = useSessionStore((state) => state.appState?.precinct?.timeZone);
  const openCard = useVotersNavStore((state) => state.openCard);
  const { busy, error, setError, submit } = useSubmit();
  const [form, setForm] = useState<Form>(EMPTY_FORM);
  const [problems, setProblems] = useState<Partial<Record<FormField, MessageKey>>>({});
  const [added, setAdded] = useState<VoterSummary | null>(null);

  const update = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));

  async function add(event: FormEvent) {
    event.preventDefault();
    const check = checkForm(form);
    setProblems(check);
    setAdded(null);
    if (Object.keys(check).length > 0) {
      setError(null);
      return;
    }
    const needed = basisFields(form.basis);
    const done = await submit(() =>
      mutate('addVoter', {
        iin: form.iin.trim(),
        lastName: form.lastName,
        firstName: form.firstName,
        patronymic: form.patronymic,
        birthDate: form.birthDate,
        address: form.address,
        basis: form.basis,
        certificateNumber: needed.includes('certificateNumber') ? form.certificateNumber : null,
        issuingPrecinct: needed.includes('issuingPrecinct') ? form.issuingPrecinct : null,
        documentRef: form.documentRef,
        reason: form.reason,
      }),
    );
    if (!done) return;
    setAdded(done.value);
    setForm(EMPTY_FORM);
  }

  // The core's refusal, at the field it concerns when there is one.
  const errorField: FormField | null = error
    ? (ERROR_FIELD[error.code] ?? (refusedField(error) as FormField | null))
    : null;
  const fieldError = (field: FormField): string | null => {
    if (problems[field]) return t(problems[field]);
    if (error && errorField === field) {
      return error.code === 'invalid_input'
        ? t('validation.invalid')
        : describeVoterError(error, language, timeZone);
    }
    if (error?.code === 'basis_details_required' && basisFields(form.basis).includes(field)) {
      return t('validation.required');
    }
    return null;
  };
  const generalError =
    error && !errorField && error.code !== 'basis_details_required'
      ? describeVoterError(error, language, timeZone)
      : null;

  const text = (
    field: FormField,
    label: string,
    options: { max: number; wide?: boolean; type?: 'date'; hint?: string } = {
      max: TEXT_LIMITS.name,
    },
  ) => (
    <TextField
      label={label}
      hint={options.hint}
      error={fieldError(field)}
      type={options.type ?? 'text'}
      autoComplete="off"
      className={options.wide ? 'input-wide' : undefined}
      maxLength={options.max}
      value={form[field]}
      onValueChange={(value) => update({ [field]: value })}
    />
  );

  return (
    <section className="voters-part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('voters.add.title')}</h3>
      <p>{t('voters.add.intro')}</p>
      <div role="status">
        {added ? (
          <div className="message message-success banner-with-action">
            <p>{t('voters.add.done', { name: voterFullName(added) })}</p>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => openCard(added.iin)}
            >
              {t('voters.add.openCard')}
            </button>
          </div>
        ) : null}
      </div>
      <form noValidate onSubmit={(event) => void add(event)}>
        {Object.keys(problems).length > 0 ? (
          <p role="alert" className="message message-error">
            {t('validation.summary')}
          </p>
        ) : null}
        <fieldset className="form-section">
          <legend>{t('voters.add.voterSection')}</legend>
          {text('iin', t('voters.field.iin'), { max: 12, hint: t('voters.add.iinHint') })}
          <div className="field-row">
            {text('lastName', t('voters.field.last_name'))}
            {text('firstName', t('voters.field.first_name'))}
            {text('patronymic', t('voters.add.patronymic'))}
          </div>
          {text('birthDate', t('voters.field.birth_date'), { max: 10, type: 'date' })}
          {text('address', t('voters.field.address'), { max: TEXT_LIMITS.address, wide: true })}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('voters.add.basisSection')}</legend>
          <fieldset className="choice-group">
            <legend>{t('voters.add.basis')}</legend>
            {ADD_BASES.map((basis) => (
              <div key={basis} className="choice">
                <input
                  type="radio"
                  id={`${id}-basis-${basis}`}
                  name={`${id}-basis`}
                  checked={form.basis === basis}
                  onChange={() => update({ basis })}
                />
                <label htmlFor={`${id}-basis-${basis}`}>{t(addBasisKey(basis))}</label>
              </div>
            ))}
          </fieldset>
          {form.basis === 'absentee_certificate' ? (
            <div className="field-row">
              {text('certificateNumber', t('voters.absentee.number'), { max: TEXT_LIMITS.place })}
              {text('issuingPrecinct', t('voters.add.issuingPrecinct'), { max: TEXT_LIMITS.place })}
            </div>
          ) : null}
          {text('documentRef', t('voters.documentRef'), {
            max: TEXT_LIMITS.place,
            wide: true,
            hint: basisFields(form.basis).includes('documentRef')
              ? t('voters.add.documentRequired')
              : t('voters.documentRefHint'),
          })}
          {text('reason', t('voters.reason'), { max: TEXT_LIMITS.reason, wide: true })}
        </fieldset>
        <ErrorAlert message={generalError} />
        <div className="button-row">
          <BusyButton busy={busy}>{t('voters.add.submit')}</BusyButton>
        </div>
      </form>
    </section>
  );
}
