import { useState } from 'react';
import type { ApiError } from '@shared/result';
import { useT } from '../i18n/use-t';
import { FormDialog } from './FormDialog';
import { ReasonField } from './TextField';
import { refusalResult, useSubmit } from './use-submit';

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
  const { busy, error, setError, submit } = useSubmit();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function send() {
    setError(null);
    if (!reason.trim()) {
      setProblem(t('validation.required'));
      return;
    }
    setProblem(null);
    await submit(
      async () => {
        const refused = await onSubmit(reason.trim());
        return refusalResult(refused);
      },
      (refused) => {
        const atField = fieldProblem?.(refused, reason) ?? null;
        if (atField) setProblem(atField);
        return atField !== null;
      },
    );
  }

  return (
    <FormDialog
      title={title}
      role="alertdialog"
      explanation={explanation}
      submitLabel={submitLabel}
      busy={busy}
      error={errorText(error)}
      onSubmit={send}
      onCancel={onCancel}
    >
      <ReasonField
        label={label}
        error={problem}
        maxLength={maxLength}
        value={reason}
        onValueChange={setReason}
      />
    </FormDialog>
  );
}
