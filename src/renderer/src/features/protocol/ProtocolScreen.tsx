import { useState } from 'react';
import type { MessageKey } from '@shared/i18n';
import { useQuery } from '../../api/queries';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import { ViewNav } from '../../ui/SectionNav';
import { StatusMessage } from '../../ui/StatusMessage';
import { BalancesSection } from './BalancesSection';
import { CopiesSection } from './CopiesSection';
import { CountSection } from './CountSection';
import { OpeningSection } from './OpeningSection';
import { VersionsSection } from './VersionsSection';
import '../../styles/protocol.css';

const VIEWS = ['opening', 'balances', 'count', 'versions'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, MessageKey> = {
  opening: 'protocol.view.opening',
  balances: 'protocol.view.balances',
  count: 'protocol.view.count',
  versions: 'protocol.view.versions',
};

/** The voting day from the opening to the signed protocol, in four views. */
export function ProtocolScreen() {
  const t = useT();
  const [view, setView] = useState<View>('opening');
  const { data: day } = useQuery('getVotingDay', {});
  return (
    <section className="section protocol">
      <PageHeading focusOnMount>{t('protocol.title')}</PageHeading>
      <ViewNav
        label={t('protocol.views')}
        options={VIEWS}
        labels={VIEW_LABELS}
        current={view}
        onChoose={setView}
      />
      {day === null ? null : day.ballot === null ? (
        <StatusMessage tone="warning">{t('protocol.noBallot')}</StatusMessage>
      ) : view === 'opening' ? (
        <>
          <OpeningSection day={day} />
          <CopiesSection day={day} />
        </>
      ) : view === 'balances' ? (
        <BalancesSection day={day} />
      ) : view === 'count' ? (
        <CountSection day={day} onSigned={() => setView('versions')} />
      ) : (
        <>
          <VersionsSection day={day} />
          <CopiesSection day={day} />
        </>
      )}
    </section>
  );
}
