import type { PrecinctInfo, SessionInfo } from '@shared/api';
import { BackupIndicator } from '../features/backup/BackupIndicator';
import { roleKey } from '../i18n/message-keys';
import { useT } from '../i18n/use-t';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { useSessionStore } from '../app-state/session-store';

interface ShellHeaderProps {
  precinct: PrecinctInfo | null;
  session: SessionInfo;
}

/** Where you are and who you are, plus language, lock and log out. */
export function ShellHeader({ precinct, session }: ShellHeaderProps) {
  const t = useT();
  const lock = useSessionStore((state) => state.lock);
  const logout = useSessionStore((state) => state.logout);
  return (
    <header className="app-header">
      <div className="app-identity">
        <p className="app-name">{t('app.title')}</p>
        {precinct ? (
          <p className="precinct-line">
            {t('common.precinct', {
              number: precinct.precinctNumber,
              name: precinct.precinctName,
            })}
          </p>
        ) : null}
      </div>
      <p className="session-line">
        {t('shell.loggedInAs', { name: session.fullName, role: t(roleKey(session.role)) })}
      </p>
      <BackupIndicator />
      <div className="header-language">
        <LanguageSwitch />
      </div>
      <div className="button-row header-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void lock({ kind: 'locked' })}
        >
          {t('shell.lock')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void logout()}>
          {t('shell.logout')}
        </button>
      </div>
    </header>
  );
}
