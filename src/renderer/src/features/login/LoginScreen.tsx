import { useEffect } from 'react';
import { PublicLayout } from '../../ui/PublicLayout';
import { RecoveryCodeNotice } from '../../ui/RecoveryCodeNotice';
import { useSessionStore } from '../../app-state/session-store';
import { LoginForm } from './LoginForm';
import { useLoginStore } from './login-store';
import { RecoverPinForm } from './RecoverPinForm';
import { ClosedPrecinctForm } from './ClosedPrecinctForm';

/**
 * Everything before a session: logging in, the chair's PIN recovery, and a closed precinct's
 * review.
 */
export function LoginScreen() {
  const mode = useLoginStore((state) => state.mode);
  const newRecoveryCode = useLoginStore((state) => state.newRecoveryCode);
  const loadMembers = useLoginStore((state) => state.loadMembers);
  const dismissRecoveryCode = useLoginStore((state) => state.dismissRecoveryCode);
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);
  const closed = useSessionStore((state) => state.appState?.closed ?? false);

  useEffect(() => {
    void loadMembers();
  }, [loadMembers, newRecoveryCode]);

  let content;
  if (closed) {
    content = <ClosedPrecinctForm />;
  } else if (newRecoveryCode) {
    content = (
      <RecoveryCodeNotice
        code={newRecoveryCode}
        precinct={precinct}
        first={false}
        onContinue={dismissRecoveryCode}
      />
    );
  } else if (mode === 'recover') {
    content = <RecoverPinForm />;
  } else {
    content = <LoginForm />;
  }
  return <PublicLayout>{content}</PublicLayout>;
}
