import type { ReactNode } from 'react';
import { BusyButton } from './BusyButton';

interface SaveFileButtonProps {
  label: string;
  busy: boolean;
  onPress: () => Promise<void>;
  /** What the save says: its status line and error, shown under the button. */
  children: ReactNode;
}

/** A button that saves a file, busy while it saves, with what the save says under it. */
export function SaveFileButton({ label, busy, onPress, children }: SaveFileButtonProps) {
  return (
    <div className="save-pdf">
      <BusyButton
        type="button"
        className="button-secondary"
        busy={busy}
        onClick={() => void onPress()}
      >
        {label}
      </BusyButton>
      {children}
    </div>
  );
}
