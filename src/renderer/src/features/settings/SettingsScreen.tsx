import { useCallback, useEffect, type ReactNode } from 'react';
import { useRefreshOn } from '../../api/queries';
import { useT, useTPlural } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { useSessionStore } from '../../app-state/session-store';
import { usePermission } from '../../app-state/use-permission';
import { AutoLockForm } from './AutoLockForm';
import { LanguageSetting } from './LanguageSetting';
import { MembersPanel } from './MembersPanel';
import { useSettingsStore } from './settings-store';

/**
 * Language for everyone; members and auto-lock for those whose role allows it; `backup` is the
 * backup feature's section, handed in by the app.
 */
export function SettingsScreen({ backup }: { backup?: ReactNode } = {}) {
  const t = useT();
  const tp = useTPlural();
  const open = useSettingsStore((state) => state.open);
  const notice = useSettingsStore((state) => state.notice);
  const canManage = usePermission('members.manage');
  const canResetPin = usePermission('members.reset_pin');
  const canEditSettings = usePermission('settings.edit');
  // listMembers needs members.manage; resetting a PIN alone still needs to see who.
  const canListMembers = canManage;

  useEffect(() => {
    void open(canListMembers);
  }, [open, canListMembers]);

  const loadMembers = useSettingsStore((state) => state.loadMembers);
  useRefreshOn(
    ['members'],
    useCallback(
      () => (canListMembers ? loadMembers() : Promise.resolve()),
      [canListMembers, loadMembers],
    ),
  );

  const autoLockMinutes = useSessionStore((state) => state.appState?.session?.autoLockMinutes ?? 0);

  return (
    <section className="section">
      <PageHeading focusOnMount>{t('settings.title')}</PageHeading>
      {notice ? (
        <StatusMessage tone="success">
          {'plural' in notice ? tp(notice.plural, notice.count) : t(notice.key, notice.params)}
        </StatusMessage>
      ) : null}
      <section className="settings-section" aria-labelledby="language-heading">
        <h2 id="language-heading">{t('settings.languageTitle')}</h2>
        <LanguageSetting />
      </section>
      {canManage || canResetPin ? (
        <MembersPanel canManage={canManage} canResetPin={canResetPin} />
      ) : null}
      <section className="settings-section" aria-labelledby="auto-lock-heading">
        <h2 id="auto-lock-heading">{t('settings.autoLockTitle')}</h2>
        {canEditSettings ? (
          <AutoLockForm current={autoLockMinutes} />
        ) : (
          <p>{tp('settings.autoLockReadOnly', autoLockMinutes)}</p>
        )}
      </section>
      {backup}
    </section>
  );
}
