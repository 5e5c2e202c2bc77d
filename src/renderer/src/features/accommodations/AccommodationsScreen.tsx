import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';

/** Requests to vote at the place of stay and accommodations at the station (not built yet: the section says what it will hold). */
export function AccommodationsScreen() {
  const t = useT();
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('accommodations.title')}</PageHeading>
      <p>{t('accommodations.intro')}</p>
      <p>{t('section.comingLater')}</p>
    </section>
  );
}
