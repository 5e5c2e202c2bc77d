import type { ReactNode } from 'react';
import { BusyActionButton } from './BusyButton';

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
      <BusyActionButton busy={busy} onPress={() => void onPress()}>
        {label}
      </BusyActionButton>
      {children}
    </div>
  );
}
