import { useEffect } from 'react';
import { LANGUAGE_TAGS } from '@shared/i18n';
import { assertNever } from '@shared/result';
import { ChangePinScreen } from '../features/login/ChangePinScreen';
import { LoginScreen } from '../features/login/LoginScreen';
import { selectScreen, useSessionStore, type Screen } from '../app-state/session-store';
import { SessionActivity } from '../features/session/SessionActivity';
import { useErrorText } from '../app-state/use-error-text';
import { RestoreSetup } from '../features/backup/RestoreSetup';
import { SetupScreen } from '../features/setup/SetupScreen';
import { PackageLoader } from '../features/sync/PackageLoader';
import { SupervisorApp } from '../features/supervisor/SupervisorApp';
import { Shell } from './Shell';
import { useLanguage, useT } from '../i18n/use-t';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageHeading } from '../ui/PageHeading';
import { FilePickerHost } from '../ui/FilePicker';
import { PublicLayout } from '../ui/PublicLayout';
import { StatusMessage } from '../ui/StatusMessage';

/** Picks the screen for the app's state; the core's answer to getAppState decides. */
export function App() {
  const screen = useSessionStore(selectScreen);
  const autoLockMinutes = useSessionStore((state) => state.appState?.session?.autoLockMinutes);
  const refresh = useSessionStore((state) => state.refresh);
  const language = useLanguage();
  const t = useT();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Screen readers pick their voice from the page language.
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = t('app.title');
  }, [language, t]);

  return (
    <>
      {autoLockMinutes !== undefined ? <SessionActivity autoLockMinutes={autoLockMinutes} /> : null}
      <ScreenView screen={screen} />
      <FilePickerHost />
    </>
  );
}

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'loading':
    case 'boot_failed':
      return <StartScreen />;
    case 'setup':
      return <SetupScreen PackageLoader={PackageLoader} Restore={RestoreSetup} />;
    case 'login':
      return <LoginScreen />;
    case 'change_pin':
      return <ChangePinScreen />;
    case 'app':
      return <Shell />;
    case 'supervisor':
      return <SupervisorApp />;
    default:
      return assertNever(screen);
  }
}

/** While the core answers the first question, or when it could not. */
function StartScreen() {
  const t = useT();
  const errorText = useErrorText();
  const bootError = useSessionStore((state) => state.bootError);
  const refresh = useSessionStore((state) => state.refresh);
  return (
    <PublicLayout>
      <PageHeading>{t('app.title')}</PageHeading>
      {bootError ? (
        <>
          <ErrorAlert message={errorText(bootError)} />
          <button type="button" className="button-primary" onClick={() => void refresh()}>
            {t('common.tryAgain')}
          </button>
        </>
      ) : (
        <StatusMessage>{t('common.loading')}</StatusMessage>
      )}
    </PublicLayout>
  );
}
