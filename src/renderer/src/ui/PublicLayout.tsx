import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { LanguageSwitch } from './LanguageSwitch';
import { MAIN_ID, SkipLink } from './SkipLink';

/** The frame of the screens shown before anyone works in the app: setup, login, PIN change. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="layout">
      <SkipLink />
      <header className="app-header">
        <p className="app-name">{t('app.title')}</p>
        <LanguageSwitch />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main app-main-narrow">
        {children}
      </main>
    </div>
  );
}
