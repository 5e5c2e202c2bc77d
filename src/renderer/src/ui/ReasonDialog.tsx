import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/result';
import { useT } from '../i18n/use-t';
import { ErrorAlert } from './ErrorAlert';
import { Modal } from './Modal';
import { TextField } from './TextField';

/**
 * A confirmation that needs a reason (withdrawing an entry, cancelling a trip): the reason is
 * required, then `onSubmit` runs; it resolves to null when done, or the core's refusal, shown
 * at the field when `fieldProblem` places it there and in an alert otherwise (in the words of
 * `errorText`, the screen's translation of the core's errors).
 */
export function ReasonDialog({
  title,
  explanation,
  label,
  submitLabel,
  maxLength,
  onSubmit,
  onCancel,
  errorText,
  fieldProblem,
}: {
  title: string;
  explanation: string;
  label: string;
  submitLabel: string;
  maxLength: number;
  onSubmit: (reason: string) => Promise<ApiError | null>;
  onCancel: () => void;
  errorText: (error: ApiError | null) => string | null;
  fieldProblem?: (error: ApiError, reason: string) => string | null;
}) {
  const t = useT();
  const explanationId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (!reason.trim()) {
      setProblem(t('validation.required'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const refused = await onSubmit(reason.trim());
    setBusy(false);
    if (!refused) return;
    const atField = fieldProblem?.(refused, reason) ?? null;
    if (atField) setProblem(atField);
    else setError(refused);
  }

  return (
    <Modal title={title} role="alertdialog" describedBy={explanationId} onCancel={onCancel}>
      <p id={explanationId}>{explanation}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={label}
          error={problem}
          announceError
          autoComplete="off"
          className="input-wide"
          maxLength={maxLength}
          value={reason}
          onValueChange={setReason}
        />
        <ErrorAlert message={errorText(error)} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {submitLabel}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
