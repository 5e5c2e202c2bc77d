import { useId, type ReactNode } from 'react';
import { Field, FieldError, FieldHint } from './Field';
import { limitOf } from './text-limit';

interface SelectFieldCommon<T extends string> {
  label: string;
  hint?: string;
  error?: string | null;
  /** Announce the error itself (for forms without an error summary). */
  announceError?: boolean;
  options: readonly { value: T; label: string }[];
}

interface SelectFieldProps<T extends string> extends SelectFieldCommon<T> {
  value: T | '';
  /** A first option with the empty value ("All kinds", "Choose..."); '' is chosen only there. */
  emptyLabel?: string;
  onValueChange: (value: T | '') => void;
}

/** A labelled select over a fixed set of values, with an optional first empty choice. */
export function SelectField<T extends string>({
  label,
  hint,
  error,
  announceError,
  value,
  options,
  emptyLabel,
  onValueChange,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error} announceError={announceError}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValueChange(chosen.value);
            else if (emptyLabel !== undefined) onValueChange('');
          }}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
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
      <FieldHint id={`${id}-hint`} hint={hint} />
      <FieldError id={`${id}-error`} error={error} announce />
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

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** Shown and checked, never set on the textarea: the browser would cut a paste. */
  maxLength: number;
  value: string;
  onValueChange: (value: string) => void;
}

export function TextAreaField({
  label,
  hint,
  error,
  maxLength,
  value,
  onValueChange,
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} limit={limitOf(value, maxLength)}>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint?: string;
  error?: string | null;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

/** Several choices as checkboxes in a named group; the chosen ones keep the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  error,
  options,
  chosen,
  onChange,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className="choice-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="choice">
            <input
              id={optionId}
              type="checkbox"
              checked={chosen.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(
                  options
                    .map((each) => each.value)
                    .filter((value) =>
                      value === option.value ? event.target.checked : chosen.includes(value),
                    ),
                )
              }
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

interface CheckboxProps {
  label: string;
  error?: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ label, error, checked, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <div className="choice single-choice">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
