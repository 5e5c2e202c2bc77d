import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';

/** The information log: observers, media, inquiries and complaints (not built yet: the section says what it will hold). */
export function InfoLogScreen() {
  const t = useT();
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('infolog.title')}</PageHeading>
      <p>{t('infolog.intro')}</p>
      <p>{t('section.comingLater')}</p>
    </section>
  );
}
