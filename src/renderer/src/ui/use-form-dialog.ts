import { useState } from 'react';
import type { ApiError } from '@shared/result';
import { useFocusFirstProblem } from './use-focus-first-problem';
import { useSubmit } from './use-submit';

/**
 * A form dialog that sends one operation: `useSubmit`'s busy state and refusal with
 * `useFocusFirstProblem`'s form; `dialog` goes to `FormDialog` as it is (busy, the refusal in
 * the words of `errorText`, the form to search for the first problem). `problems` are the
 * messages shown at the form's fields `F`.
 */
export function useFormDialog<F extends string = never>(
  errorText: (error: ApiError | null) => string | null,
) {
  const submitting = useSubmit();
  const { formRef, reveal } = useFocusFirstProblem();
  const [problems, setProblems] = useState<Partial<Record<F, string>>>({});

  /** Shows the problems found before sending and focuses the first; true when there are none. */
  function passes(found: Partial<Record<F, string>>): boolean {
    setProblems(found);
    if (Object.keys(found).length === 0) return true;
    reveal();
    return false;
  }

  /** Shows a refusal's message at the field it concerns; false when it concerns none. */
  function showAt(field: F | null | undefined, message: string | null): boolean {
    if (!field) return false;
    const atField: Partial<Record<F, string>> = {};
    atField[field] = message ?? '';
    setProblems(atField);
    reveal();
    return true;
  }

  return {
    ...submitting,
    reveal,
    problems,
    passes,
    showAt,
    dialog: { busy: submitting.busy, error: errorText(submitting.error), formRef },
  };
}
