import { useId, type ReactNode } from 'react';

/** Props a field hands to its control so label, hint and error are tied to it. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  hint?: string;
  /** Translated error text tied to the control; shown below it. */
  error?: string | null;
  /** Announce the error itself (for forms without an error summary). */
  announceError?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and error, both read with the control. */
export function Field({ label, hint, error, announceError, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={hintId} hint={hint} />
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      <FieldError id={errorId} error={error} announce={announceError} />
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
