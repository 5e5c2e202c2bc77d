import type { MessageKey } from '@shared/i18n';
import { useSessionStore } from '../app-state/session-store';
import { useT } from '../i18n/use-t';
import { SectionNav } from '../ui/SectionNav';
import { sectionsFor, useNavStore, type Section } from './nav-store';

const SECTION_LABELS: Record<Section, MessageKey> = {
  home: 'nav.home',
  voters: 'nav.voters',
  accommodations: 'nav.accommodations',
  protocol: 'nav.protocol',
  infolog: 'nav.infolog',
  sync: 'nav.sync',
  audit: 'nav.audit',
  settings: 'nav.settings',
};

/**
 * The app's sections as a sidebar, only those the member's role reaches; the current one is
 * marked with aria-current.
 */
export function MainNav() {
  const t = useT();
  const section = useNavStore((state) => state.section);
  const go = useNavStore((state) => state.go);
  const permissions = useSessionStore((state) => state.appState?.session?.permissions);
  return (
    <SectionNav
      label={t('nav.label')}
      className="main-nav"
      options={sectionsFor(permissions ?? [])}
      labels={SECTION_LABELS}
      current={section}
      currentIs="page"
      onChoose={go}
    />
  );
}
