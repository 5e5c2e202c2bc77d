import { CancelButton } from './CancelButton';
import { BusyButton } from './BusyButton';
import { useId, type ReactNode, type RefObject } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Modal } from './Modal';
import { refuseOverLimit } from './text-limit';

interface FormDialogProps {
  title: string;
  /** What the dialog does, shown above the form and read with the title. */
  explanation?: string;
  /** `alertdialog` for a question that interrupts the user (a reason to withdraw, a decision). */
  role?: 'dialog' | 'alertdialog';
  submitLabel: string;
  /** While the operation runs: the buttons say so and ignore presses. */
  busy: boolean;
  /** The core's refusal, already translated; shown above the buttons. */
  error: string | null;
  /** Runs on submit (Enter or the button), never while busy. */
  onSubmit: () => void | Promise<void>;
  onCancel: () => void;
  /** The form, for `useFocusFirstProblem` to move focus to the first field marked invalid. */
  formRef?: RefObject<HTMLFormElement | null>;
  initialFocusRef?: RefObject<HTMLElement | null>;
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Shown between the error and the buttons (a link to the request a refusal names). */
  afterError?: ReactNode;
  children: ReactNode;
}

/**
 * A modal dialog holding one form that sends one operation: the fields, the core's refusal,
 * then the submit and cancel buttons. The buttons use aria-disabled, not disabled, so focus
 * stays on them while the operation runs.
 */
export function FormDialog({
  title,
  explanation,
  role,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  formRef,
  initialFocusRef,
  returnFocusRef,
  afterError,
  children,
}: FormDialogProps) {
  const explanationId = useId();
  const cancel = () => {
    if (!busy) onCancel();
  };
  return (
    <Modal
      title={title}
      role={role}
      onCancel={cancel}
      describedBy={explanation ? explanationId : undefined}
      initialFocusRef={initialFocusRef}
      returnFocusRef={returnFocusRef}
    >
      {explanation ? <p id={explanationId}>{explanation}</p> : null}
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // A field over its limit is refused here, before anything is sent (nothing is cut).
          if (!busy && !refuseOverLimit(event.currentTarget)) void onSubmit();
        }}
      >
        {children}
        <ErrorAlert message={error} />
        {afterError}
        <div className="button-row">
          <BusyButton busy={busy}>{submitLabel}</BusyButton>
          <CancelButton busy={busy} onCancel={cancel} />
        </div>
      </form>
    </Modal>
  );
}
