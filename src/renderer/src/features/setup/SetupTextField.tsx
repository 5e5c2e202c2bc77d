import type { HTMLInputTypeAttribute } from 'react';
import { useT } from '../../i18n/use-t';
import { TextField } from '../../ui/TextField';
import { SETUP_MAX_LENGTH, type TextField as SetupField } from './setup-form';
import { useSetupStore } from './setup-store';

interface SetupTextFieldProps {
  field: SetupField;
  label: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  wide?: boolean;
}

/** One text-like input of the setup form, bound to the setup store. */
export function SetupTextField({
  field,
  label,
  hint,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  wide = false,
}: SetupTextFieldProps) {
  const t = useT();
  const value = useSetupStore((state) => state.form[field]);
  const error = useSetupStore((state) => state.errors[field]);
  const update = useSetupStore((state) => state.update);
  return (
    <TextField
      label={label}
      hint={hint}
      error={error ? t(error) : null}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      required
      maxLength={SETUP_MAX_LENGTH[field]}
      className={wide ? 'input-wide' : undefined}
      value={value}
      onValueChange={(typed) => update({ [field]: typed })}
    />
  );
}
