import { useCallback, useEffect } from 'react';
import { callApi } from '../../api/precinct-client';
import { useRefreshOn } from '../../api/queries';
import { assertNever } from '@shared/result';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { MAIN_ID, SkipLink } from '../../ui/SkipLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { useIdleLock } from '../../ui/use-idle-lock';
import { AccountsSection } from './accounts/AccountsSection';
import { AlarmsSection } from './alarms/AlarmsSection';
import { SupervisorLogSection } from './audit/SupervisorLogSection';
import { ChangePassphrasePanel } from './ChangePassphrasePanel';
import { CentralAccessPanel } from './CentralAccessPanel';
import { DashboardSection } from './dashboard/DashboardSection';
import { DevicesSection } from './devices/DevicesSection';
import { ImportSection } from './import/ImportSection';
import { FirstRunChoice } from './keys/FirstRunChoice';
import { KeyBackupSection } from './keys/KeyBackupSection';
import { PackagesSection } from './packages/PackagesSection';
import { ResultsSection } from './results/ResultsSection';
import { SupervisorHeader } from './SupervisorHeader';
import { SupervisorNav } from './SupervisorNav';
import { useSupervisorStore, type SupervisorSection } from './supervisor-store';
import '../../styles/supervisor.css';

/**
 * The central commission's app: opened by an account's passphrase (the store is encrypted at
 * rest; every act is the logged-in account's), its own header with the central key's
 * fingerprint and the lock, and the sections the account's role opens. An initial passphrase
 * is replaced before anything else; the store locks itself after the auto-lock time.
 */
export function SupervisorApp() {
  const t = useT();
  const language = useLanguage();
  const state = useSupervisorStore((store) => store.state);
  const error = useSupervisorStore((store) => store.error);
  const refresh = useSupervisorStore((store) => store.refresh);
  const section = useSupervisorStore((store) => store.section);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useRefreshOn(['central'], refresh);
  const ready = !!state?.initialized && !state.mustChangePassphrase;

  return (
    <div className="layout supervisor">
      <SkipLink />
      <SupervisorHeader state={state} />
      {state?.access === 'open' ? <CentralActivity minutes={state.autoLockMinutes} /> : null}
      {ready ? <SupervisorNav /> : null}
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        {ready ? (
          <SectionView key={section} section={section} />
        ) : state && state.access === 'new' ? (
          <FirstRunChoice newStore={<CentralAccessPanel key={state.access} access="new" />} />
        ) : state?.initialized && state.mustChangePassphrase ? (
          <ChangePassphrasePanel />
        ) : state && state.access !== 'open' ? (
          <CentralAccessPanel key={state.access} access={state.access} />
        ) : (
          <section className="section">
            <PageHeading focusOnMount>{t('supervisor.title')}</PageHeading>
            <ErrorAlert message={error ? describeError(error, language) : null} />
            {state ? null : <StatusMessage>{t('common.loading')}</StatusMessage>}
          </section>
        )}
      </main>
    </div>
  );
}

/** While the store is open: locks it after the chosen time without input. */
function CentralActivity({ minutes }: { minutes: number }) {
  const lock = useSupervisorStore((store) => store.lock);
  const onIdle = useCallback(() => void lock('idle'), [lock]);
  useIdleLock(minutes, onIdle, touchCentralSession);
  return null;
}

function touchCentralSession(): void {
  void callApi('touchCentralSession', {});
}

function SectionView({ section }: { section: SupervisorSection }) {
  switch (section) {
    case 'import':
      return <ImportSection />;
    case 'dashboard':
      return <DashboardSection />;
    case 'results':
      return <ResultsSection />;
    case 'alarms':
      return <AlarmsSection />;
    case 'devices':
      return <DevicesSection />;
    case 'packages':
      return <PackagesSection />;
    case 'keys':
      return <KeyBackupSection />;
    case 'accounts':
      return <AccountsSection />;
    case 'audit':
      return <SupervisorLogSection />;
    default:
      return assertNever(section);
  }
}
