import { SectionNav } from '../../ui/SectionNav';
import type { MessageKey } from '@shared/i18n';
import { useT, useTPlural } from '../../i18n/use-t';
import {
  SUPERVISOR_SECTIONS,
  useSupervisorStore,
  type SupervisorSection,
} from './supervisor-store';

const LABELS: Record<SupervisorSection, MessageKey> = {
  import: 'supervisor.nav.import',
  dashboard: 'supervisor.nav.dashboard',
  results: 'supervisor.nav.results',
  alarms: 'supervisor.nav.alarms',
  devices: 'supervisor.nav.devices',
  packages: 'supervisor.nav.packages',
  keys: 'keyBackup.nav',
};

/** Supervisor mode's sections, the current one marked with aria-current, plus its counts. */
export function SupervisorNav() {
  const t = useT();
  const tp = useTPlural();
  const section = useSupervisorStore((store) => store.section);
  const go = useSupervisorStore((store) => store.go);
  const state = useSupervisorStore((store) => store.state);
  return (
    <SectionNav
      label={t('supervisor.nav.label')}
      className="main-nav"
      options={SUPERVISOR_SECTIONS}
      labels={LABELS}
      current={section}
      currentIs="page"
      onChoose={go}
    >
      {state ? (
        <p className="supervisor-summary">
          {t('supervisor.summary', {
            precincts: tp('supervisor.summary.precincts', state.precincts),
            devices: tp('supervisor.summary.devices', state.devices),
            openAlarms: tp('supervisor.summary.openAlarms', state.openAlarms),
            heldFiles: tp('supervisor.summary.heldFiles', state.heldFiles),
          })}
        </p>
      ) : null}
    </SectionNav>
  );
}
