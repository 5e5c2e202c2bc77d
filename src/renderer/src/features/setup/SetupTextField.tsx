import type { HTMLInputTypeAttribute } from 'react';
import { useT } from '../../i18n/use-t';
import { Field } from '../../ui/Field';
import { SETUP_MAX_LENGTH, type TextField } from './setup-form';
import { useSetupStore } from './setup-store';

interface SetupTextFieldProps {
  field: TextField;
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
    <Field label={label} hint={hint} error={error ? t(error) : null}>
      {(control) => (
        <input
          {...control}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          required
          maxLength={SETUP_MAX_LENGTH[field]}
          className={wide ? 'input-wide' : undefined}
          value={value}
          onChange={(event) => update({ [field]: event.target.value })}
        />
      )}
    </Field>
  );
}
