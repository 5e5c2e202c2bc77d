import { FieldError, FieldHint } from './Field';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { DateTextField, TimeTextField } from './DateTimeFields';
import type { MomentValue } from './moment';

interface MomentFieldProps {
  legend: string;
  hint?: string | null;
  /** Translated problem, shown under both fields and read with each. */
  error?: string | null;
  value: MomentValue;
  onChange: (value: MomentValue) => void;
}

/**
 * A precinct-local date and time, as two labelled fields in one group: the date as the app's
 * language writes it, the time on the 24-hour clock (`DateTextField`, `TimeTextField`).
 */
export function MomentField({ legend, hint, error, value, onChange }: MomentFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  // The group's problem is said once, under both fields, and read with each of them.
  const shared = { invalid: Boolean(error), describedBy: describedBy || undefined };
  return (
    <fieldset className="moment-field">
      <legend>{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <div className="moment-inputs">
        <DateTextField
          label={t('infolog.date')}
          {...shared}
          value={value.date}
          onValueChange={(date) => onChange({ ...value, date })}
        />
        <TimeTextField
          label={t('infolog.time')}
          {...shared}
          value={value.time}
          onValueChange={(time) => onChange({ ...value, time })}
        />
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
