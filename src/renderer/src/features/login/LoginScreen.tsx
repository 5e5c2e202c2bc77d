import { useEffect } from 'react';
import { PublicLayout } from '../../ui/PublicLayout';
import { RecoveryCodeNotice } from '../../ui/RecoveryCodeNotice';
import { useSessionStore } from '../../app-state/session-store';
import { LoginForm } from './LoginForm';
import { useLoginStore } from './login-store';
import { RecoverPinForm } from './RecoverPinForm';

/** Everything before a session: logging in, and the chair's PIN recovery. */
export function LoginScreen() {
  const mode = useLoginStore((state) => state.mode);
  const newRecoveryCode = useLoginStore((state) => state.newRecoveryCode);
  const loadMembers = useLoginStore((state) => state.loadMembers);
  const dismissRecoveryCode = useLoginStore((state) => state.dismissRecoveryCode);
  const precinct = useSessionStore((state) => state.appState?.precinct ?? null);

  useEffect(() => {
    void loadMembers();
  }, [loadMembers, newRecoveryCode]);

  let content;
  if (newRecoveryCode) {
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
