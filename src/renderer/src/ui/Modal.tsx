import {
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

interface ModalProps {
  title: string;
  /** Escape and the caller's cancel button both end here. */
  onCancel: () => void;
  children: ReactNode;
  /** Extra text read with the title when the dialog opens. */
  describedBy?: string;
  /** `alertdialog` for a question that interrupts the user, such as a confirmation. */
  role?: 'dialog' | 'alertdialog';
  /** The element to focus when the dialog opens; by default its first focusable element. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Where focus goes when the dialog closes, if still on the page; by default the opener. */
  returnFocusRef?: RefObject<HTMLElement | null>;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * An accessible modal dialog on the native <dialog>: showModal() makes the rest of the page
 * inert and puts the dialog in the top layer; Tab is kept inside and focus goes back to
 * where it was when the dialog closes.
 */
export function Modal({
  title,
  onCancel,
  children,
  describedBy,
  role,
  initialFocusRef,
  returnFocusRef,
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Taken once: the dialog's focus targets are set when it opens.
  const focusRefs = useRef({ initialFocusRef, returnFocusRef });

  // A layout effect, so the dialog is closed before React removes it from the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const { initialFocusRef: first, returnFocusRef: back } = focusRefs.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    first?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const requested = back?.current ?? null;
      // After the commit: the opener may be removed by the same update that closes the
      // dialog. With no opener left, the screen's heading is the place to continue from,
      // unless focus has already found a place (another dialog closing at the same time).
      queueMicrotask(() => {
        const usable = (element: HTMLElement | null) =>
          element?.isConnected && element !== document.body ? element : null;
        const lost = !usable(document.activeElement as HTMLElement | null);
        const target =
          usable(requested) ??
          usable(opener) ??
          (lost ? document.querySelector<HTMLElement>('h1') : null);
        target?.focus();
      });
    };
  }, []);

  function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    // Focus can also sit on a non-tabbable element (a heading or text moved to on purpose);
    // Shift+Tab from there must not leave the dialog either.
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className="modal"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
