import { CancelButton } from './CancelButton';
import { BusyButton } from './BusyButton';
import { useId, useRef, type RefObject } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  /** The question, read as the dialog's name. */
  title: string;
  /** What happens on confirming, read with the question. */
  explanation: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirmed action is running: both buttons wait. */
  busy?: boolean;
  /** Translated error of the confirmed action. */
  error?: string | null;
  /** Where focus goes when the dialog closes; by default the element that opened it. */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * A yes-or-no question before an action that cannot be undone, as an alert dialog. Focus
 * starts on Cancel, so a second press of Enter does not confirm by accident.
 */
export function ConfirmDialog({
  title,
  explanation,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  error = null,
  returnFocusRef,
}: ConfirmDialogProps) {
  const explanationId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    if (!busy) onCancel();
  };
  return (
    <Modal
      title={title}
      role="alertdialog"
      describedBy={explanationId}
      onCancel={cancel}
      initialFocusRef={cancelRef}
      returnFocusRef={returnFocusRef}
    >
      <p id={explanationId}>{explanation}</p>
      <ErrorAlert message={error} />
      <div className="button-row">
        <BusyButton type="button" busy={busy} onClick={() => onConfirm()}>
          {confirmLabel}
        </BusyButton>
        <CancelButton busy={busy} onCancel={cancel} buttonRef={cancelRef} />
      </div>
    </Modal>
  );
}
