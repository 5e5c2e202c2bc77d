import { SectionNav } from '../../ui/SectionNav';
import type { MessageKey } from '@shared/i18n';
import { useT } from '../../i18n/use-t';
import { VOTER_AREAS, useVotersNavStore, type VoterArea } from './voters-store';

const AREA_LABELS: Record<VoterArea, MessageKey> = {
  find: 'voters.nav.find',
  import: 'voters.nav.import',
  corrections: 'voters.nav.corrections',
  inquiry: 'voters.nav.inquiry',
  sections: 'voters.nav.sections',
  turnout: 'voters.nav.turnout',
};

/** The parts of the voter list screen; the one shown is marked with aria-current. */
export function VotersNav() {
  const t = useT();
  const area = useVotersNavStore((state) => state.area);
  const go = useVotersNavStore((state) => state.go);
  return (
    <SectionNav
      label={t('voters.nav.label')}
      className="voters-nav"
      buttonClassName="voters-nav-button"
      options={VOTER_AREAS}
      labels={AREA_LABELS}
      current={area}
      currentIs="true"
      onChoose={go}
    />
  );
}
