import { FieldError, FieldHint } from './Field';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import type { MomentValue } from './moment';

interface MomentFieldProps {
  legend: string;
  hint?: string | null;
  /** Translated problem, shown under both inputs and read with each. */
  error?: string | null;
  value: MomentValue;
  onChange: (value: MomentValue) => void;
}

/** A precinct-local date and time, as two labelled inputs in one group. */
export function MomentField({ legend, hint, error, value, onChange }: MomentFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control = {
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? (true as const) : undefined,
  };
  return (
    <fieldset className="moment-field">
      <legend>{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <div className="moment-inputs">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('infolog.date')}</label>
          <input
            {...control}
            id={`${id}-date`}
            type="date"
            value={value.date}
            onChange={(event) => onChange({ ...value, date: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('infolog.time')}</label>
          <input
            {...control}
            id={`${id}-time`}
            type="time"
            value={value.time}
            onChange={(event) => onChange({ ...value, time: event.target.value })}
          />
        </div>
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
