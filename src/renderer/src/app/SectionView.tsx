import { assertNever } from '@shared/result';
import { AccommodationsScreen } from '../features/accommodations/AccommodationsScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { BackupPanel } from '../features/backup/BackupPanel';
import { HomeScreen } from '../features/home/HomeScreen';
import { goFromHome } from './home-links';
import { summarizeEvent } from './audit-summary';
import { InfoLogScreen } from '../features/infolog/InfoLogScreen';
import { ProtocolScreen } from '../features/protocol/ProtocolScreen';
import { ProtocolHomeCard } from '../features/protocol/ProtocolHomeCard';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SyncScreen } from '../features/sync/SyncScreen';
import { VotersScreen } from '../features/voters/VotersScreen';
import { VotedListSuggestion } from '../features/voters/voted/VotedListSuggestion';
import { useNavStore, type Section } from './nav-store';

/** The content of the chosen section; each one's heading takes focus when it appears. */
export function SectionView({ section }: { section: Section }) {
  switch (section) {
    case 'home':
      return (
        <HomeScreen
          onGo={goFromHome}
          slots={{
            protocol: <ProtocolHomeCard onOpen={() => useNavStore.getState().go('protocol')} />,
            notice: <VotedListSuggestion />,
          }}
        />
      );
    case 'voters':
      return <VotersScreen />;
    case 'accommodations':
      return <AccommodationsScreen />;
    case 'protocol':
      return <ProtocolScreen />;
    case 'infolog':
      return <InfoLogScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'audit':
      return <AuditScreen summarize={summarizeEvent} />;
    case 'settings':
      return <SettingsScreen backup={<BackupPanel />} />;
    default:
      return assertNever(section);
  }
}
