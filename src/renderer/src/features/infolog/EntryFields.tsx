import { useT } from '../../i18n/use-t';
import { Field } from '../../ui/Field';
import { Checkbox, CheckboxGroup, TextAreaField } from '../../ui/form-fields';
import { TextField, WholeNumberField } from '../../ui/TextField';
import { isShown, type FieldSpec, type FormValue, type FormValues } from './entry-form';
import { optionKey, type OptionField, type OptionValues } from './infolog-text';
import { MomentField } from '../../ui/MomentField';
import { type MomentValue } from '../../ui/moment';

interface EntryFieldsProps {
  specs: FieldSpec[];
  values: FormValues;
  /** Translated problems by field name. */
  problems: Partial<Record<string, string>>;
  onChange: (name: string, value: FormValue) => void;
}

/** The fields of one entry kind, rendered from their description in entry-form.ts. */
export function EntryFields({ specs, values, problems, onChange }: EntryFieldsProps) {
  return (
    <>
      {specs
        .filter((spec) => isShown(spec, values))
        .map((spec) => (
          <EntryField
            key={spec.name}
            spec={spec}
            value={values[spec.name]}
            error={problems[spec.name] ?? null}
            onChange={(value) => onChange(spec.name, value)}
          />
        ))}
    </>
  );
}

interface EntryFieldProps {
  spec: FieldSpec;
  value: FormValue | undefined;
  error: string | null;
  onChange: (value: FormValue) => void;
}

function EntryField({ spec, value, error, onChange }: EntryFieldProps) {
  const t = useT();
  const label = t(spec.label);
  const hint = spec.hint ? t(spec.hint) : undefined;
  switch (spec.type) {
    case 'select':
      return (
        <Field label={label} hint={hint} error={error}>
          {(control) => (
            <select
              {...control}
              value={String(value)}
              onChange={(event) => onChange(event.target.value)}
            >
              {spec.emptyLabel ? <option value="">{t(spec.emptyLabel)}</option> : null}
              {spec.required && !spec.emptyLabel ? (
                <option value="">{t('field.choose')}</option>
              ) : null}
              {spec.options.map((choice) => (
                <option key={choice} value={choice}>
                  {t(optionKey(spec.optionField, choice as OptionValues[OptionField]))}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case 'multi':
      return (
        <CheckboxGroup
          legend={label}
          hint={hint}
          error={error}
          options={spec.options.map((choice) => ({
            value: choice,
            label: t(optionKey(spec.optionField, choice as OptionValues[OptionField])),
          }))}
          chosen={value as string[]}
          onChange={onChange}
        />
      );
    case 'text':
      return (
        <TextField
          label={label}
          hint={hint}
          error={error}
          autoComplete="off"
          maxLength={spec.maxLength}
          value={String(value)}
          onValueChange={onChange}
        />
      );
    case 'textarea':
      return (
        <TextAreaField
          label={label}
          hint={hint}
          error={error}
          maxLength={spec.maxLength}
          value={String(value)}
          onValueChange={onChange}
        />
      );
    case 'number':
      return (
        <WholeNumberField
          label={label}
          hint={hint}
          error={error}
          min={spec.min}
          max={spec.max}
          value={String(value)}
          onValueChange={onChange}
        />
      );
    case 'checkbox':
      return <Checkbox label={label} checked={value === true} onChange={onChange} />;
    case 'moment':
      return (
        <MomentField
          legend={label}
          hint={hint}
          error={error}
          value={value as MomentValue}
          onChange={onChange}
        />
      );
    default:
      return null;
  }
}
