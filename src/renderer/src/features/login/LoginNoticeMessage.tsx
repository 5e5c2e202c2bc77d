import { useT, useTPlural } from '../../i18n/use-t';
import { StatusMessage } from '../../ui/StatusMessage';
import type { LoginNotice } from '../../app-state/session-store';

/** Why the user is back at the login screen, if it was not their own doing. */
export function LoginNoticeMessage({ notice }: { notice: LoginNotice | null }) {
  const t = useT();
  const tp = useTPlural();
  if (!notice) return null;
  const text =
    notice.kind === 'idle_lock'
      ? tp('login.idleLocked', notice.minutes)
      : notice.kind === 'locked'
        ? t('login.sessionLocked')
        : t('login.loggedOut');
  return <StatusMessage tone="warning">{text}</StatusMessage>;
}
