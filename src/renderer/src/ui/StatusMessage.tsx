import type { ReactNode } from 'react';

interface StatusMessageProps {
  children: ReactNode;
  tone?: 'info' | 'success' | 'warning';
  testId?: string;
}

/** A politely announced message (role=status): results of actions, notices. */
export function StatusMessage({ children, tone = 'info', testId }: StatusMessageProps) {
  return (
    <p role="status" className={`message message-${tone}`} data-testid={testId}>
      {children}
    </p>
  );
}
