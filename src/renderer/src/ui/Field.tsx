import { useId, type ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/use-t';
import { LANGUAGE_TAGS } from '@shared/i18n';
import { isOverLimit, showsCount, type TextLimit } from './text-limit';

/** Props a field hands to its control so label, hint and error are tied to it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  /** Set while the control holds more text than its limit: forms refuse to send then. */
  'data-over-limit'?: true;
}

interface FieldProps {
  label: string;
  hint?: string;
  /** Translated error text tied to the control; shown below it. */
  error?: string | null;
  /** Announce the error itself (for forms without an error summary). */
  announceError?: boolean;
  className?: string;
  /** A text's length and the most its field takes: the count is shown near it, and over it
   * the field says so (nothing is ever cut). */
  limit?: TextLimit;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and error, both read with the control. */
export function Field({
  label,
  hint,
  error: given,
  announceError,
  className,
  limit,
  children,
}: FieldProps) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const over = isOverLimit(limit);
  const number = (n: number) => new Intl.NumberFormat(LANGUAGE_TAGS[language]).format(n);
  const counted =
    limit && showsCount(limit) ? { length: number(limit.length), max: number(limit.max) } : null;
  const error = over && counted ? t('field.tooLong', counted) : given;
  const describedBy = [
    hint ? hintId : null,
    error ? errorId : null,
    counted && !over ? countId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={hintId} hint={hint} />
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'data-over-limit': over ? true : undefined,
      })}
      {counted && !over ? (
        <p id={countId} className="field-count">
          {t('field.count', counted)}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} announce={announceError || over} />
    </div>
  );
}

/** A field's hint, read with its control through `id`; nothing when there is none. */
export function FieldHint({ id, hint }: { id: string; hint: string | null | undefined }) {
  return hint ? (
    <p id={id} className="field-hint">
      {hint}
    </p>
  ) : null;
}

interface FieldErrorProps {
  id: string;
  error: string | null | undefined;
  /** Say the error at once (for forms without an error summary). */
  announce?: boolean;
}

/** A field's error, read with its control through `id`; nothing when there is none. */
export function FieldError({ id, error, announce }: FieldErrorProps) {
  return error ? (
    <p id={id} className="field-error" role={announce ? 'alert' : undefined}>
      {error}
    </p>
  ) : null;
}
