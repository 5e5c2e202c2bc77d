import { SectionNav } from '../../ui/SectionNav';
import type { MessageKey } from '@shared/i18n';
import type { CentralPermission } from '@shared/supervisor/central-roles';
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
  accounts: 'supervisor.nav.accounts',
  audit: 'supervisor.nav.audit',
};

/** Sections shown only to a role that may use them (the core refuses the rest anyway). */
const SECTION_NEEDS: Partial<Record<SupervisorSection, CentralPermission>> = {
  accounts: 'accounts.manage',
  audit: 'audit.read',
  keys: 'keys.manage',
};

/** Supervisor mode's sections, the current one marked with aria-current, plus its counts. */
export function SupervisorNav() {
  const t = useT();
  const tp = useTPlural();
  const section = useSupervisorStore((store) => store.section);
  const go = useSupervisorStore((store) => store.go);
  const state = useSupervisorStore((store) => store.state);
  const shown = SUPERVISOR_SECTIONS.filter((option) => {
    const need = SECTION_NEEDS[option];
    return !need || (state?.permissions.includes(need) ?? false);
  });
  return (
    <SectionNav
      label={t('supervisor.nav.label')}
      className="main-nav"
      options={shown}
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
