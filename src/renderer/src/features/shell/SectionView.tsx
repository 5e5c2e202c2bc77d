import { assertNever } from '../../../../shared/result';
import { AccommodationsScreen } from '../accommodations/AccommodationsScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { InfoLogScreen } from '../infolog/InfoLogScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SyncScreen } from '../sync/SyncScreen';
import { VotersScreen } from '../voters/VotersScreen';
import type { Section } from './nav-store';

/** The content of the chosen section; each one's heading takes focus when it appears. */
export function SectionView({ section }: { section: Section }) {
  switch (section) {
    case 'voters':
      return <VotersScreen />;
    case 'accommodations':
      return <AccommodationsScreen />;
    case 'infolog':
      return <InfoLogScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return assertNever(section);
  }
}
