import { useId } from 'react';
import { ACCOMMODATION_TEXT_LIMITS } from '@shared/accommodations/accommodation-kinds';
import { useT } from '../../i18n/use-t';
import { TextField } from '../../ui/TextField';
import type { ChosenVoter, RequestField, RequestFormValues } from './request-form';
import { VoterPicker } from './VoterPicker';

interface RequesterFieldsProps {
  values: RequestFormValues;
  problems: Partial<Record<RequestField, string>>;
  onChange: (patch: Partial<RequestFormValues>) => void;
}

/**
 * Who asks: a voter found on the list, or a person not on it (an IIN if known, else a name
 * and a birth date), recorded and flagged for the commission to resolve.
 */
export function RequesterFields({ values, problems, onChange }: RequesterFieldsProps) {
  const t = useT();
  const id = useId();
  const choose = (who: RequestFormValues['who']) => onChange({ who });
  return (
    <fieldset className="form-section">
      <legend>{t('accommodations.field.requester')}</legend>
      <div role="radiogroup" aria-label={t('accommodations.field.who')} className="who-choice">
        <div className="choice">
          <input
            id={`${id}-list`}
            type="radio"
            name={`${id}-who`}
            checked={values.who === 'list'}
            onChange={() => choose('list')}
          />
          <label htmlFor={`${id}-list`}>{t('accommodations.who.list')}</label>
        </div>
        <div className="choice">
          <input
            id={`${id}-not-listed`}
            type="radio"
            name={`${id}-who`}
            checked={values.who === 'notListed'}
            onChange={() => choose('notListed')}
          />
          <label htmlFor={`${id}-not-listed`}>{t('accommodations.who.notListed')}</label>
        </div>
      </div>
      {values.who === 'list' ? (
        <VoterPicker
          chosen={values.voter}
          error={problems.voter ?? null}
          onChoose={(voter: ChosenVoter | null) => onChange({ voter })}
          onNotListed={(iin) => onChange({ who: 'notListed', iin, voter: null })}
        />
      ) : (
        <>
          <p className="field-hint">{t('accommodations.who.notListedHint')}</p>
          <TextField
            label={t('accommodations.field.iinOptional')}
            hint={t('accommodations.field.iinHint')}
            error={problems.iin ?? null}
            inputMode="numeric"
            autoComplete="off"
            maxLength={40}
            value={values.iin}
            onValueChange={(iin) => onChange({ iin })}
          />
          <TextField
            label={t('accommodations.field.fullName')}
            error={problems.fullName ?? null}
            autoComplete="off"
            className="input-wide"
            maxLength={ACCOMMODATION_TEXT_LIMITS.short}
            value={values.fullName}
            onValueChange={(fullName) => onChange({ fullName })}
          />
          <TextField
            label={t('accommodations.field.birthDate')}
            hint={t('accommodations.field.birthDateHint')}
            error={problems.birthDate ?? null}
            type="date"
            value={values.birthDate}
            onValueChange={(birthDate) => onChange({ birthDate })}
          />
        </>
      )}
    </fieldset>
  );
}
