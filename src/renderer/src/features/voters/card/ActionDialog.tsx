import { useId, type ReactNode, type RefObject } from 'react';
import { useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Modal } from '../../../ui/Modal';

interface ActionDialogProps {
  title: string;
  /** What the action does, read with the title. */
  explanation?: string;
  submitLabel: string;
  busy: boolean;
  /** Translated refusal of the core. */
  error: string | null;
  onSubmit: () => void;
  onCancel: () => void;
  returnFocusRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/** A dialog holding one form that records one act (a ballot, a correction, a decision). */
export function ActionDialog({
  title,
  explanation,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  returnFocusRef,
  children,
}: ActionDialogProps) {
  const t = useT();
  const explanationId = useId();
  const cancel = () => {
    if (!busy) onCancel();
  };
  return (
    <Modal
      title={title}
      onCancel={cancel}
      describedBy={explanation ? explanationId : undefined}
      returnFocusRef={returnFocusRef}
    >
      {explanation ? <p id={explanationId}>{explanation}</p> : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        {children}
        <ErrorAlert message={error} />
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
          >
            {submitLabel}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-disabled={busy || undefined}
            onClick={cancel}
          >
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
