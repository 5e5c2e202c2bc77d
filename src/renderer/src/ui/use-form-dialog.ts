import type { ApiError } from '../../../shared/result';
import { useFocusFirstProblem } from './use-focus-first-problem';
import { useSubmit } from './use-submit';

/**
 * A form dialog that sends one operation: `useSubmit`'s busy state and refusal with
 * `useFocusFirstProblem`'s form; `dialog` goes to `FormDialog` as it is (busy, the refusal in
 * the words of `errorText`, the form to search for the first problem).
 */
export function useFormDialog(errorText: (error: ApiError | null) => string | null) {
  const submitting = useSubmit();
  const { formRef, reveal } = useFocusFirstProblem();
  return {
    ...submitting,
    reveal,
    dialog: { busy: submitting.busy, error: errorText(submitting.error), formRef },
  };
}
