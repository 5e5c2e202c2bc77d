import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/PageHeading';
import { usePermission } from '../../app-state/use-permission';
import { ExportSection } from './ExportSection';
import { PackageSection } from './PackageSection';
import { PeerSection } from './PeerSection';
import { CloseSection } from './CloseSection';
import '../../styles/sync.css';

/**
 * Moving this laptop's records to and from USB sticks: the central commission's package in, a
 * sync file out, and (on the chair's laptop) the files of the precinct's other laptops.
 */
export function SyncScreen() {
  const t = useT();
  const isChair = usePermission('precinct.setup');
  const canExport = usePermission('sync.export');
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('sync.title')}</PageHeading>
      <p>{t('sync.screenIntro')}</p>
      {isChair ? <PackageSection /> : null}
      {canExport ? <ExportSection /> : null}
      {isChair ? <PeerSection /> : null}
      {isChair ? <CloseSection /> : null}
      {!isChair && !canExport ? (
        <p className="message message-info">{t('sync.notYourRole')}</p>
      ) : null}
    </section>
  );
}
