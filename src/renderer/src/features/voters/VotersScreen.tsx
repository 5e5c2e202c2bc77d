import { useEffect } from 'react';
import { useRefreshOn } from '../../api/queries';
import { assertNever } from '@shared/result';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import '../../styles/voters.css';
import { VoterCardDialog } from './card/VoterCardDialog';
import { CorrectionsArea } from './corrections/CorrectionsArea';
import { FindArea } from './find/FindArea';
import { useVoterSearchStore } from './find/voter-search-store';
import { ImportArea } from './import/ImportArea';
import { useImportStore } from './import/voter-import-store';
import { InquiryArea } from './inquiry/InquiryArea';
import { SectionsArea } from './sections/SectionsArea';
import { TurnoutArea } from './turnout/TurnoutArea';
import { useVotersNavStore, type VoterArea } from './voters-store';
import { VotersNav } from './VotersNav';

/**
 * The precinct's voter list: find a voter and act on the card, import and check the list,
 * corrections and removals, citizens' inquiries, sections per laptop, and turnout.
 */
export function VotersScreen() {
  const t = useT();
  const area = useVotersNavStore((state) => state.area);
  const cardIin = useVotersNavStore((state) => state.cardIin);
  const closeCard = useVotersNavStore((state) => state.closeCard);
  // The results of a search stay current whatever changes the list (a card's act, a removal).
  useRefreshOn(
    ['voters'],
    useVoterSearchStore((state) => state.refresh),
  );

  // Leaving the screen (or logging out) forgets searches, cards and reports on screen.
  useEffect(
    () => () => {
      useVotersNavStore.getState().reset();
      useVoterSearchStore.getState().reset();
      useImportStore.getState().reset();
    },
    [],
  );

  return (
    <section className="section voters-screen">
      <PageHeading focusOnMount>{t('voters.title')}</PageHeading>
      <VotersNav />
      <AreaView area={area} />
      {cardIin ? <VoterCardDialog key={cardIin} iin={cardIin} onClose={closeCard} /> : null}
    </section>
  );
}

function AreaView({ area }: { area: VoterArea }) {
  switch (area) {
    case 'find':
      return <FindArea />;
    case 'import':
      return <ImportArea />;
    case 'corrections':
      return <CorrectionsArea />;
    case 'inquiry':
      return <InquiryArea />;
    case 'sections':
      return <SectionsArea />;
    case 'turnout':
      return <TurnoutArea />;
    default:
      return assertNever(area);
  }
}
