import { useId, type ReactNode } from 'react';
import { Field } from './Field';

interface SelectFieldProps<T extends string> {
  label: string;
  hint?: string;
  error?: string | null;
  value: T;
  options: readonly { value: T; label: string }[];
  onValueChange: (value: T) => void;
}

/** A labelled select over a fixed set of values. */
export function SelectField<T extends string>({
  label,
  hint,
  error,
  value,
  options,
  onValueChange,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error} announceError>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValueChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface CheckboxFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** A checkbox with its label beside it, and a hint and error read with it. */
export function CheckboxField({
  label,
  hint,
  error,
  checked,
  onCheckedChange,
}: CheckboxFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onCheckedChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Terms and their values, such as a voter's data. */
export function Facts({ items, label }: { items: [string, ReactNode][]; label?: string }) {
  return (
    <dl className="voter-facts" aria-label={label}>
      {items.map(([term, value]) => (
        <div key={term} className="voter-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
