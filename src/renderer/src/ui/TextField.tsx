import type { InputHTMLAttributes, Ref } from 'react';
import { TEXT_LIMITS } from '@shared/text-limits';
import { DateTextField, TimeTextField } from './DateTimeFields';
import { Field } from './Field';
import { limitOf } from './text-limit';

type InputAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | 'type'
  | 'inputMode'
  | 'autoComplete'
  | 'maxLength'
  | 'spellCheck'
  | 'required'
  | 'autoFocus'
  | 'className'
  | 'min'
  | 'max'
  | 'step'
>;

interface TextFieldProps extends InputAttributes {
  label: string;
  hint?: string;
  error?: string | null;
  announceError?: boolean;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input bound to a string, with its hint and error tied to it by `Field`. */
export function TextField({
  label,
  hint,
  error,
  announceError,
  value,
  onValueChange,
  ref,
  type = 'text',
  maxLength,
  ...input
}: TextFieldProps) {
  if (type === 'date' || type === 'time') {
    // Dates and times in the app's language and on the 24-hour clock, never the browser's.
    const DateOrTime = type === 'date' ? DateTextField : TimeTextField;
    return (
      <DateOrTime
        label={label}
        hint={hint}
        error={error}
        announceError={announceError}
        value={value}
        onValueChange={onValueChange}
        required={input.required}
        autoFocus={input.autoFocus}
        className={input.className}
        min={input.min === undefined ? undefined : String(input.min)}
        max={input.max === undefined ? undefined : String(input.max)}
      />
    );
  }
  // `maxLength` is shown and checked, never set on the input: the browser would cut a paste.
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      announceError={announceError}
      limit={limitOf(value, maxLength)}
    >
      {(control) => (
        <input
          {...control}
          {...input}
          ref={ref}
          type={type}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}

type PinFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'autoComplete'> & {
  /** Required, so each PIN states whether a password manager may offer to save it. */
  autoComplete: 'off' | 'new-password';
};

/** A PIN: masked, with the numeric keyboard where the device has one. */
export function PinField(props: PinFieldProps) {
  return <TextField {...props} type="password" inputMode="numeric" />;
}

type WholeNumberFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'step'> & {
  min: number;
  max: number;
};

/** A whole number from `min` to `max`, with the numeric keyboard where the device has one. */
export function WholeNumberField(props: WholeNumberFieldProps) {
  return <TextField {...props} type="number" inputMode="numeric" step={1} />;
}

type ReasonFieldProps = Omit<TextFieldProps, 'autoComplete' | 'className' | 'type'>;

/**
 * Why a member does something (a correction, a withdrawal, a refusal): a wide field, its problem
 * announced, nothing remembered by the browser, the contract's length for a reason.
 */
export function ReasonField(props: ReasonFieldProps) {
  return (
    <TextField
      announceError
      maxLength={TEXT_LIMITS.reason}
      {...props}
      autoComplete="off"
      className="input-wide"
    />
  );
}
