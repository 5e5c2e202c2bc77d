import type { ReactNode, Ref } from 'react';

interface BusyButtonProps {
  /** While the work runs the button says so and ignores presses. */
  busy: boolean;
  children: ReactNode;
  /** `submit` (the default) sends its form; `button` runs `onClick`. */
  type?: 'submit' | 'button';
  className?: string;
  onClick?: () => void;
  ref?: Ref<HTMLButtonElement>;
  /**
   * The id of the text saying why the work cannot start now: the button stays, disabled
   * (aria-disabled, so it keeps focus), with that reason read with it.
   */
  blockedBy?: string;
}

/**
 * The button that starts a piece of work. aria-disabled rather than disabled while it runs, so
 * focus stays on it and a screen reader hears it is busy.
 */
export function BusyButton({
  busy,
  children,
  type = 'submit',
  className = 'button-primary',
  onClick,
  ref,
  blockedBy,
}: BusyButtonProps) {
  const stopped = busy || Boolean(blockedBy);
  return (
    <button
      ref={ref}
      type={type}
      // Blocked, it is no longer the main action: set apart as unavailable, still focusable.
      className={blockedBy && !busy ? 'button-secondary button-unavailable' : className}
      aria-disabled={stopped || undefined}
      aria-busy={busy || undefined}
      aria-describedby={blockedBy}
      onClick={
        onClick
          ? () => {
              if (!stopped) onClick();
            }
          : undefined
      }
    >
      {children}
    </button>
  );
}

interface BusyActionButtonProps {
  busy: boolean;
  onPress: () => void;
  children: ReactNode;
}

/** A secondary button that runs a piece of work outside any form (saving a file, printing). */
export function BusyActionButton({ busy, onPress, children }: BusyActionButtonProps) {
  return (
    <BusyButton type="button" className="button-secondary" busy={busy} onClick={onPress}>
      {children}
    </BusyButton>
  );
}
