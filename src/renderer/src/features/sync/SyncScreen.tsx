import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';

/** Moving this laptop's records to and from USB sticks (not built yet: the section says what it will hold). */
export function SyncScreen() {
  const t = useT();
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('sync.title')}</PageHeading>
      <p>{t('sync.intro')}</p>
      <p>{t('section.comingLater')}</p>
    </section>
  );
}
