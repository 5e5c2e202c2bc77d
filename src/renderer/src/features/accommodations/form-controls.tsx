/**
 * The form controls of the accommodation dialogs that the shared ui/ has no twin for: a
 * select over fixed values, a group of checkboxes, a text area and a single checkbox; each
 * ties its label, hint and error to the control so they are read together.
 */
import { useId } from 'react';
import { Field } from '../../ui/Field';

interface SelectFieldProps<T extends string> {
  label: string;
  hint?: string;
  error?: string | null;
  value: T | '';
  options: readonly { value: T; label: string }[];
  /** A first option with the empty value ("All kinds", "Choose..."). */
  emptyLabel?: string;
  onValueChange: (value: T | '') => void;
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  value,
  options,
  emptyLabel,
  onValueChange,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) =>
            onValueChange(options.find((o) => o.value === event.target.value)?.value ?? '')
          }
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

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
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
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          maxLength={maxLength}
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
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
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
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
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
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
