import { SectionNav } from '../ui/SectionNav';
import type { MessageKey } from '@shared/i18n';
import { useT } from '../i18n/use-t';
import { SECTIONS, useNavStore, type Section } from './nav-store';

const SECTION_LABELS: Record<Section, MessageKey> = {
  voters: 'nav.voters',
  accommodations: 'nav.accommodations',
  protocol: 'nav.protocol',
  infolog: 'nav.infolog',
  sync: 'nav.sync',
  audit: 'nav.audit',
  settings: 'nav.settings',
};

/** The app's sections; the current one is marked with aria-current. */
export function MainNav() {
  const t = useT();
  const section = useNavStore((state) => state.section);
  const go = useNavStore((state) => state.go);
  return (
    <SectionNav
      label={t('nav.label')}
      className="main-nav"
      options={SECTIONS}
      labels={SECTION_LABELS}
      current={section}
      currentIs="page"
      onChoose={go}
    />
  );
}
