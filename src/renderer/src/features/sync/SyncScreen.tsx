import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import { useSessionStore } from '../../app-state/session-store';
import { ExportSection } from './ExportSection';
import { PackageSection } from './PackageSection';
import { PeerSection } from './PeerSection';
import '../../styles/sync.css';

/**
 * Moving this laptop's records to and from USB sticks: the central commission's package in, a
 * sync file out, and (on the chair's laptop) the files of the precinct's other laptops.
 */
export function SyncScreen() {
  const t = useT();
  const permissions = useSessionStore((state) => state.appState?.session?.permissions ?? []);
  const isChair = permissions.includes('precinct.setup');
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('sync.title')}</PageHeading>
      <p>{t('sync.screenIntro')}</p>
      {isChair ? <PackageSection /> : null}
      {permissions.includes('sync.export') ? <ExportSection /> : null}
      {isChair ? <PeerSection /> : null}
    </section>
  );
}
