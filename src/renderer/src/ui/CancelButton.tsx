import type { Ref } from 'react';
import { useT } from '../i18n/use-t';

interface CancelButtonProps {
  /** While the dialog's work runs the button says it is unavailable, and keeps focus. */
  busy: boolean;
  onCancel: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A dialog's Cancel button, beside its main one. */
export function CancelButton({ busy, onCancel, buttonRef }: CancelButtonProps) {
  const t = useT();
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button-secondary"
      aria-disabled={busy || undefined}
      onClick={onCancel}
    >
      {t('common.cancel')}
    </button>
  );
}
