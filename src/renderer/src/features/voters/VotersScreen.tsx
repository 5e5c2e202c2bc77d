import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';

/** The voter list of this precinct (not built yet: the section says what it will hold). */
export function VotersScreen() {
  const t = useT();
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('voters.title')}</PageHeading>
      <p>{t('voters.intro')}</p>
      <p>{t('section.comingLater')}</p>
    </section>
  );
}
