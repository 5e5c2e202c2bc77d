import { useEffect } from 'react';
import { useRefreshOn } from '../../api/queries';
import { assertNever } from '@shared/result';
import { describeError } from '../../i18n/describe-error';
import { useLanguage, useT } from '../../i18n/use-t';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { MAIN_ID, SkipLink } from '../../ui/SkipLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { AlarmsSection } from './alarms/AlarmsSection';
import { DashboardSection } from './dashboard/DashboardSection';
import { DevicesSection } from './devices/DevicesSection';
import { ImportSection } from './import/ImportSection';
import { PackagesSection } from './packages/PackagesSection';
import { ResultsSection } from './results/ResultsSection';
import { SupervisorHeader } from './SupervisorHeader';
import { SupervisorNav } from './SupervisorNav';
import { useSupervisorStore, type SupervisorSection } from './supervisor-store';
import '../../styles/supervisor.css';

/**
 * The central commission's app: no member login (whoever decides or revokes names
 * themself), its own header with the central key's fingerprint, and its six sections.
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

  return (
    <div className="layout supervisor">
      <SkipLink />
      <SupervisorHeader state={state} />
      {state?.initialized ? <SupervisorNav /> : null}
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        {state?.initialized ? (
          <SectionView key={section} section={section} />
        ) : (
          <section className="section">
            <PageHeading focusOnMount>{t('supervisor.title')}</PageHeading>
            <ErrorAlert message={error ? describeError(error, language) : null} />
            {state ? <StartPanel /> : <StatusMessage>{t('common.loading')}</StatusMessage>}
          </section>
        )}
      </main>
    </div>
  );
}

/** A supervisor folder whose key is not made yet (the first-run choice normally makes it). */
function StartPanel() {
  const t = useT();
  const start = useSupervisorStore((store) => store.start);
  return (
    <>
      <p>{t('supervisor.notStarted')}</p>
      <button type="button" className="button-primary" onClick={() => void start()}>
        {t('supervisor.start')}
      </button>
    </>
  );
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
    default:
      return assertNever(section);
  }
}
